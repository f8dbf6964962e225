package io.backupconsole.aws.lightsail;

import io.backupconsole.aws.AuxiliaryCall;
import io.backupconsole.aws.CliInput;
import io.backupconsole.aws.CliOption;
import io.backupconsole.aws.ServiceCli;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.LightsailRules;
import io.backupconsole.domain.rules.Violation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Lightsail on the command line: the snapshot name, by default the Lightsail dialog's, and a check that no snapshot
 * has it already (names are unique per region).
 */
final class LightsailCli implements ServiceCli<LightsailAdapter> {
    private static final CliOption NAME =
            new CliOption("--name", "NAME", "Lightsail snapshot name (default <db>-yyyyMMdd-HHmm, UTC)");
    /** The Lightsail dialog's default snapshot name: the database and the minute, in UTC. */
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    @Override
    public String resourceForm() {
        return "database name";
    }

    @Override
    public List<CliOption> options() {
        return List.of(NAME);
    }

    @Override
    public BackupRequest request(CliInput input, String token, Instant now, List<Violation> problems) {
        String given = input.option(NAME.flag());
        String name = given == null ? input.resourceId() + "-" + STAMP.format(now) : given;
        problems.addAll(LightsailRules.checkSnapshotRequest(input.resourceId(), name, input.tags()));
        return new BackupRequest(AwsService.LIGHTSAIL, input.resourceId(), null, name, "", input.tags(), null, token);
    }

    @Override
    public Optional<String> preflight(
            LightsailAdapter adapter,
            BackupRequest request,
            Resource resource,
            List<Violation> problems,
            List<String> warnings) {
        boolean taken = AuxiliaryCall.orElse(
                () -> adapter.snapshotNameExists(request.name()),
                false,
                "The snapshot name is not checked (GetRelationalDatabaseSnapshot failed); Lightsail refuses"
                        + " a taken name itself",
                warnings);
        return taken
                ? Optional.of("A snapshot named \"" + request.name() + "\" already exists in this region;"
                        + " snapshot names are unique per region (choose another with --name).")
                : Optional.empty();
    }
}
