package io.backupconsole.ui;

import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.common.ServiceView;
import io.backupconsole.ui.common.ViewContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/** The window's side of every service, in the registry's order; built in the composition root. Immutable. */
public final class ServiceUis {
    private final Map<AwsService, ServiceUi> byService = new LinkedHashMap<>();

    public ServiceUis(List<? extends ServiceUi> uis) {
        for (ServiceUi ui : uis) {
            if (byService.putIfAbsent(ui.service(), ui) != null) {
                throw new IllegalArgumentException(
                        "Two window parts for " + ui.service().id());
            }
        }
    }

    /** The window's side of a registered service. */
    public ServiceUi of(AwsService service) {
        ServiceUi ui = byService.get(service);
        if (ui == null) {
            throw new IllegalArgumentException("No window part for the service " + service.id());
        }
        return ui;
    }

    public Ikon icon(AwsService service) {
        return of(service).icon();
    }

    /** Which view shows each service: the shell calls it on first selection only. */
    public Function<AwsService, ServiceView> views(ViewContext context) {
        return service -> of(service).view(context);
    }
}
