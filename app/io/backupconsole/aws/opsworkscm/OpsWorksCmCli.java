package io.backupconsole.aws.opsworkscm;

import io.backupconsole.aws.CliInput;
import io.backupconsole.aws.CliOption;
import io.backupconsole.aws.ServiceCli;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.rules.OpsWorksCmRules;
import io.backupconsole.domain.rules.Violation;
import java.time.Instant;
import java.util.List;

/** OpsWorks CM on the command line: an optional description, as the OpsWorks CM dialog asks. */
final class OpsWorksCmCli implements ServiceCli<OpsWorksCmAdapter> {
    private static final CliOption DESCRIPTION =
            new CliOption("--description", "TEXT", "OpsWorks CM backup description");

    @Override
    public String resourceForm() {
        return "server name";
    }

    @Override
    public List<CliOption> options() {
        return List.of(DESCRIPTION);
    }

    @Override
    public BackupRequest request(CliInput input, String token, Instant now, List<Violation> problems) {
        String description = input.option(DESCRIPTION.flag());
        problems.addAll(OpsWorksCmRules.checkCreateBackup(input.resourceId(), description, input.tags()));
        return new BackupRequest(
                AwsService.OPSWORKS_CM, input.resourceId(), null, "", description, input.tags(), null, token);
    }
}
