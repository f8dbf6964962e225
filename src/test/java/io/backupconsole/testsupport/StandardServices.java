package io.backupconsole.testsupport;

import io.backupconsole.ServiceCatalog;
import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.domain.AwsService;
import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/** The app's services as {@code Main} registers them, for tests that need the standard registry or icons. */
public final class StandardServices {
    private StandardServices() {}

    public static ServiceRegistry registry() {
        return ServiceCatalog.standard().services();
    }

    /** Each service's icon, as the window shows it. */
    public static Function<AwsService, Ikon> icons() {
        return ServiceCatalog.standard().uis()::icon;
    }
}
