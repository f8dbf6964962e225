package io.backupconsole.ui.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CrashViewModelTest {
    private final CrashViewModel model = new CrashViewModel(
            Clock.fixed(Instant.parse("2026-12-01T10:15:30Z"), ZoneOffset.UTC),
            "1.2.3",
            Path.of("/home/ana/.local/state/backup-console/backup-console.log"));

    private static IllegalStateException failure(String message) {
        return new IllegalStateException(message);
    }

    @Test
    void theReportHoldsWhatSupportAsksFor() {
        assertTrue(model.record(failure("journal is gone"), "background-3"));

        String report = model.reportProperty().get();
        assertEquals(
                "IllegalStateException: journal is gone",
                model.headlineProperty().get());
        for (String expected : new String[] {
            "Backup Console 1.2.3",
            "2026-12-01T10:15:30Z",
            "background-3",
            "Java " + System.getProperty("java.version"),
            "OS " + System.getProperty("os.name"),
            "backup-console.log",
            "java.lang.IllegalStateException: journal is gone",
            "at io.backupconsole.ui.crash.CrashViewModelTest.failure"
        }) {
            assertTrue(
                    report.replace("OS: ", "OS ").replace("Java: ", "Java ").contains(expected),
                    expected + " in\n" + report);
        }
    }

    @Test
    void repeatsWhileTheDialogIsOpenAreCountedNotShownAgain() {
        assertTrue(model.record(failure("tick failed"), "FX"));
        for (int i = 0; i < 50; i++) {
            assertFalse(model.record(failure("tick failed"), "FX"), "no second dialog");
        }
        assertEquals(51, model.occurrencesProperty().get());
        assertEquals(
                1,
                model.reportProperty().get().split("tick failed", -1).length - 1,
                "one stack trace in the report, not 51");
    }

    @Test
    void aDifferentErrorWhileOpenIsAddedToTheSameReport() {
        model.record(failure("first"), "FX");
        assertFalse(model.record(new ArithmeticException("second"), "background-1"));
        String report = model.reportProperty().get();
        assertTrue(report.contains("first") && report.contains("ArithmeticException: second"), report);
        assertEquals("IllegalStateException: first", model.headlineProperty().get());
    }

    @Test
    void aDismissedErrorIsNotShownAgainButANewOneIs() {
        model.record(failure("every second"), "FX");
        model.closed();
        assertFalse(model.record(failure("every second"), "FX"), "dismissed: logged only");
        assertTrue(model.record(failure("something else"), "FX"));
        assertEquals(1, model.occurrencesProperty().get());
    }

    @Test
    void secretsInAMessageDoNotReachTheCopyableReport() {
        model.record(failure("bad line aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), "FX");
        assertFalse(model.reportProperty().get().contains("wJalrXUtnFEMI"));
        assertFalse(model.headlineProperty().get().contains("wJalrXUtnFEMI"));
    }
}
