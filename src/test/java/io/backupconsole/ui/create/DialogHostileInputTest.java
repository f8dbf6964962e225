package io.backupconsole.ui.create;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.testsupport.DialogTestContext;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.ui.awsbackup.AwsBackupDialogViewModel;
import io.backupconsole.ui.fsx.FsxBackupDialogViewModel;
import io.backupconsole.ui.lightsail.LightsailBackupDialogViewModel;
import io.backupconsole.ui.opsworkscm.OpsWorksCmBackupDialogViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text input of the four create-backup dialogs (and their tag editors), at the view-model level with a
 * synchronous executor, fed hostile text: nothing throws, and every message the dialog then shows is one a person
 * can read (not blank where there is a problem, short, no control or bidi characters); a megabyte is never sent.
 */
class DialogHostileInputTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    private static final int MEGABYTE = 1 << 20;
    private static final Map<String, String> VALUES = Map.of(
            "NUL", "\u0000",
            "right-to-left override", "\u202Eevil",
            "unpaired surrogate", "a\uD800",
            "controls", "a\u0007\u001B[31m\r\nb",
            "1 MB", "x".repeat(MEGABYTE),
            "1 MB of right-to-left marks", "\u200F".repeat(MEGABYTE));

    @TempDir
    Path data;

    private DialogTestContext app;

    @BeforeEach
    void open() {
        app = new DialogTestContext(sandbox, data);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private record Dialog(BackupDialogViewModel model, List<StringProperty> inputs, TagEditorViewModel tags) {}

    @Test
    void hostileTextInEveryFieldGetsReadableMessagesAndNeverAnException() {
        List<Function<DialogTestContext, Dialog>> dialogs = List.of(
                c -> {
                    var d = new OpsWorksCmBackupDialogViewModel(c.eligible(AwsService.OPSWORKS_CM), c.context);
                    return new Dialog(d, List.of(d.descriptionProperty()), d.tags());
                },
                c -> {
                    var d = new FsxBackupDialogViewModel(c.eligible(AwsService.FSX), c.context);
                    return new Dialog(d, List.of(d.nameProperty()), d.tags());
                },
                c -> {
                    var d = new LightsailBackupDialogViewModel(c.eligible(AwsService.LIGHTSAIL), c.context);
                    return new Dialog(d, List.of(d.snapshotNameProperty()), d.tags());
                },
                c -> {
                    var d = new AwsBackupDialogViewModel(c.eligible(AwsService.BACKUP), c.context);
                    return new Dialog(
                            d,
                            List.of(
                                    d.resourceArnProperty(),
                                    d.roleProperty(),
                                    d.startWindowProperty(),
                                    d.completeWindowProperty()),
                            d.tags());
                });
        List<String> problems = new ArrayList<>();
        for (Function<DialogTestContext, Dialog> opener : dialogs) {
            for (Map.Entry<String, String> value : VALUES.entrySet()) {
                Dialog dialog = opener.apply(app);
                String where = dialog.model().getClass().getSimpleName() + " ← " + value.getKey() + ": ";
                try {
                    dialog.inputs().forEach(input -> input.set(value.getValue()));
                    dialog.tags().addRow().keyProperty().set(value.getValue());
                    dialog.tags().addRow().valueProperty().set(value.getValue());
                    dialog.tags().paste(value.getValue());
                    dialog.model().create();
                } catch (RuntimeException e) {
                    problems.add(where + "threw " + e);
                    continue;
                }
                List<Violation> violations = dialog.model().violationsProperty().get();
                if (value.getKey().startsWith("1 MB") && violations.isEmpty()) {
                    problems.add(where + "a megabyte was accepted");
                }
                List<String> shown = new ArrayList<>();
                violations.forEach(
                        v -> shown.add(dialog.model().messageFor(v.field()).get()));
                dialog.tags().rows().forEach(row -> {
                    shown.add(row.keyMessageProperty().get());
                    shown.add(row.valueMessageProperty().get());
                });
                shown.add(dialog.tags().listMessageProperty().get());
                shown.add(dialog.model().generalMessageProperty().get());
                for (Violation v : violations) {
                    if (dialog.model().messageFor(v.field()).get().isBlank()
                            && !v.field().startsWith(dialog.tags().field())) {
                        problems.add(where + "no message shown for " + v);
                    }
                }
                shown.stream()
                        .filter(m -> m != null
                                && (m.length() > 400 || m.codePoints().anyMatch(DialogHostileInputTest::garbles)))
                        .forEach(m -> problems.add(where + "unreadable message "
                                + m.substring(0, Math.min(m.length(), 120)).replaceAll("[^\\x20-\\x7e]", "?")));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertFalse(
                sandbox.server().stats().snapshot().keySet().stream()
                        .anyMatch(k -> k.contains("Create") || k.contains("Start")),
                "nothing hostile was sent: " + sandbox.server().stats().snapshot());
    }

    private static boolean garbles(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL && codePoint != '\n'
                || type == Character.FORMAT
                || type == Character.SURROGATE;
    }
}
