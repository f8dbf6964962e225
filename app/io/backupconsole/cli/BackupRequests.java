package io.backupconsole.cli;

import io.backupconsole.aws.CliInput;
import io.backupconsole.aws.CliOption;
import io.backupconsole.aws.ServiceModule;
import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.rules.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link BackupRequest} that {@code backup} sends, built by the service's own command-line part as its dialog
 * builds it and checked by the same domain rules, before anything is sent. Options another service has are
 * refused, not ignored, so a script never believes a setting took effect. Pure; the checks that need the service
 * are {@link BackupPreflight}'s.
 */
public final class BackupRequests {

    /** The request (null when there are problems) and every problem, in the order of the options. */
    public record Built(BackupRequest request, List<Violation> problems) {}

    private BackupRequests() {}

    public static Built build(ServiceRegistry services, BackupArgs args, Instant now) {
        ServiceModule<?> module = services.module(args.service());
        List<String> own = module.cli().options().stream().map(CliOption::flag).toList();
        List<Violation> problems = new ArrayList<>(misplaced(services, module, own, args));
        Map<String, String> ownOptions = new LinkedHashMap<>(args.serviceOptions());
        ownOptions.keySet().retainAll(own);
        BackupRequest request = module.cli()
                .request(
                        new CliInput(args.resourceId(), args.tags(), ownOptions),
                        BackupRequest.newToken(),
                        now,
                        problems);
        return new Built(problems.isEmpty() ? request : null, List.copyOf(problems));
    }

    /** Options that belong to other services only. */
    private static List<Violation> misplaced(
            ServiceRegistry services, ServiceModule<?> module, List<String> own, BackupArgs args) {
        List<Violation> problems = new ArrayList<>();
        for (String flag : args.serviceOptions().keySet()) {
            if (!own.contains(flag)) {
                List<String> owners = services.cliFlagOwners(flag).stream()
                        .map(AwsService::displayName)
                        .toList();
                String named = String.join(" and ", owners);
                problems.add(new Violation(
                        flag,
                        "is " + article(named) + " " + named + " option; "
                                + module.service().displayName() + " has none."));
            }
        }
        return problems;
    }

    /** "an" before a vowel ("an Amazon FSx", "an OpsWorks CM"), else "a" ("a Fake Archive"). */
    private static String article(String name) {
        return !name.isEmpty() && "AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an" : "a";
    }
}
