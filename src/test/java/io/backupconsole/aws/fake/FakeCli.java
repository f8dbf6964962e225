package io.backupconsole.aws.fake;

import io.backupconsole.aws.CliInput;
import io.backupconsole.aws.CliOption;
import io.backupconsole.aws.ServiceCli;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.rules.TagRules;
import io.backupconsole.domain.rules.Violation;
import java.time.Instant;
import java.util.List;

/** The fake on the command line: its own {@code --label}, stored as the snapshot's Name tag. */
final class FakeCli implements ServiceCli<FakeAdapter> {
    static final CliOption LABEL = new CliOption("--label", "LABEL", "fake archive snapshot label");

    @Override
    public String resourceForm() {
        return "arc- id";
    }

    @Override
    public List<CliOption> options() {
        return List.of(LABEL);
    }

    @Override
    public BackupRequest request(CliInput input, String token, Instant now, List<Violation> problems) {
        String label = input.option(LABEL.flag());
        problems.addAll(TagRules.STANDARD.check(input.tags(), "Tags"));
        return new BackupRequest(FakeModule.SERVICE, input.resourceId(), null, label, "", input.tags(), null, token);
    }
}
