package io.backupconsole.aws.fsx;

import io.backupconsole.aws.CliInput;
import io.backupconsole.aws.CliOption;
import io.backupconsole.aws.ServiceCli;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.rules.FsxRules;
import io.backupconsole.domain.rules.Violation;
import java.time.Instant;
import java.util.List;

/** FSx on the command line: an optional backup name, as the FSx dialog asks. */
final class FsxCli implements ServiceCli<FsxAdapter> {
    private static final CliOption NAME = new CliOption("--name", "NAME", "FSx backup name");

    @Override
    public String resourceForm() {
        return "fs-/fsvol- id";
    }

    @Override
    public List<CliOption> options() {
        return List.of(NAME);
    }

    @Override
    public BackupRequest request(CliInput input, String token, Instant now, List<Violation> problems) {
        String name = input.option(NAME.flag());
        problems.addAll(FsxRules.checkCreateBackup(input.resourceId(), name, input.tags(), token));
        return new BackupRequest(AwsService.FSX, input.resourceId(), null, name, "", input.tags(), null, token);
    }
}
