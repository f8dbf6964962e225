package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service modules of the app, in the order the window and the command line list them. Built once in the
 * composition root ({@code ServiceCatalog}) and passed in; never global. Immutable and thread-safe.
 */
public final class ServiceRegistry {
    private final List<ServiceModule<?>> modules;
    private final Map<AwsService, ServiceModule<?>> byService = new LinkedHashMap<>();

    public ServiceRegistry(List<? extends ServiceModule<?>> modules) {
        this.modules = List.copyOf(modules);
        for (ServiceModule<?> module : this.modules) {
            if (byService.putIfAbsent(module.service(), module) != null) {
                throw new IllegalArgumentException(
                        "Two modules for " + module.service().id());
            }
            if (!module.adapterKey().service().equals(module.service())) {
                throw new IllegalArgumentException(
                        "The adapter key of " + module.service().id() + " names another service");
            }
        }
    }

    /** The modules in registration order. */
    public List<ServiceModule<?>> modules() {
        return modules;
    }

    /** The services in registration order. */
    public List<AwsService> services() {
        return List.copyOf(byService.keySet());
    }

    /** The module of a registered service. */
    public ServiceModule<?> module(AwsService service) {
        ServiceModule<?> module = byService.get(service);
        if (module == null) {
            throw new IllegalArgumentException("No module for the service " + service.id());
        }
        return module;
    }

    /** The registered service with this id ({@code fsx}), as the command line and stored keys name it. */
    public Optional<AwsService> byId(String id) {
        return byService.keySet().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The ids, for messages: "opsworkscm, fsx, backup or lightsail". */
    public String idsInWords() {
        List<String> ids = services().stream().map(AwsService::id).toList();
        return ids.size() == 1
                ? ids.getFirst()
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.getLast();
    }
}
