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
        return inWords(services().stream().map(AwsService::id).toList());
    }

    /** "a", "a or b", "a, b or c". */
    public static String inWords(List<String> words) {
        return words.size() <= 1
                ? String.join("", words)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
    }

    /** Whether some service has {@code flag} on the command line ({@code --vault}). */
    public boolean hasCliFlag(String flag) {
        return !cliFlagOwners(flag).isEmpty();
    }

    /** The services that have {@code flag} on the command line, in registration order. */
    public List<AwsService> cliFlagOwners(String flag) {
        return modules.stream()
                .filter(module ->
                        module.cli().options().stream().anyMatch(o -> o.flag().equals(flag)))
                .map(ServiceModule::service)
                .toList();
    }

    /**
     * Every service flag once, in registration order, for the usage: a flag several services have (FSx's and
     * Lightsail's {@code --name}) shows each one's help, joined by "; ".
     */
    public List<CliOption> cliOptions() {
        Map<String, CliOption> merged = new LinkedHashMap<>();
        for (ServiceModule<?> module : modules) {
            for (CliOption option : module.cli().options()) {
                merged.merge(
                        option.flag(),
                        option,
                        (first, more) ->
                                new CliOption(first.flag(), first.placeholder(), first.help() + "; " + more.help()));
            }
        }
        return List.copyOf(merged.values());
    }
}
