package io.backupconsole.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.JobProgress;
import io.backupconsole.settings.Settings;
import io.backupconsole.settings.SettingsKeeper;
import io.backupconsole.settings.SettingsStore;
import io.backupconsole.tracking.TrackedJob;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusAndThemeViewModelTest {
    @TempDir
    Path config;

    @Test
    void runningBackupsInWords() {
        StatusBarViewModel status = new StatusBarViewModel();
        assertEquals("No backups running", status.runningBackupsTextProperty().get());
        status.runningBackupsProperty().set(1);
        assertEquals("1 backup running", status.runningBackupsTextProperty().get());
        status.runningBackupsProperty().set(3);
        assertEquals("3 backups running", status.runningBackupsTextProperty().get());
    }

    @Test
    void noticesStayUntilDismissed() {
        StatusBarViewModel status = new StatusBarViewModel();
        status.showNotice("Settings were reset.");
        status.showNotice("A profile file is broken.");
        assertEquals(
                "Settings were reset.\nA profile file is broken.",
                status.noticeProperty().get());
        status.dismissNotice();
        assertEquals("", status.noticeProperty().get());
    }

    @Test
    void aProblemThatRepeatsIsShownOnce() {
        StatusBarViewModel status = new StatusBarViewModel();
        for (int save = 0; save < 3; save++) {
            status.showNotice("The backup job journal was not saved. The disk is full.");
        }
        assertEquals(
                "The backup job journal was not saved. The disk is full.",
                status.noticeProperty().get());
    }

    @Test
    void themeFollowsTheSystemUntilChosenAndIsRemembered() {
        SettingsStore store = new SettingsStore(config, Clock.systemUTC());
        ThemeViewModel theme = new ThemeViewModel(new SettingsKeeper(store, Runnable::run, Settings.defaults()));
        assertEquals(Theme.SYSTEM, theme.choiceProperty().get());
        assertFalse(theme.darkProperty().get());
        theme.systemDarkProperty().set(true);
        assertTrue(theme.darkProperty().get());

        theme.choose(Theme.LIGHT);
        assertFalse(theme.darkProperty().get());
        assertEquals("light", store.load().settings().theme());
    }

    @Test
    void aSavedWindowIsRestoredOnlyWhenItFitsAScreen() {
        List<Rectangle2D> screens = List.of(new Rectangle2D(0, 0, 1920, 1040));
        assertTrue(WindowPlacement.fits(new Settings.WindowGeometry(100, 50, 1200, 760, false), screens));
        assertFalse(
                WindowPlacement.fits(new Settings.WindowGeometry(2500, 50, 1200, 760, false), screens),
                "on a screen that is no longer attached");
        assertFalse(
                WindowPlacement.fits(new Settings.WindowGeometry(0, 0, 2560, 1400, false), screens),
                "larger than every screen");
    }

    @Test
    void theTrackersNewsSetsTheRunningCountAndSaysHowEachFinishedBackupEnded() {
        StatusBarViewModel status = new StatusBarViewModel();
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        TrackedJob running = TrackedJob.submitting(
                        "sandbox",
                        "us-east-1",
                        new BackupRequest(
                                AwsService.FSX, "fs-0a1b2c3d4e5f60001", "corp-shares", "", "", List.of(), null, null),
                        now)
                .withServiceJobId("backup-1")
                .withProgress(new JobProgress(JobOutcome.RUNNING, "CREATING", 40.0, null, "", now));
        TrackedJob failed = running.withProgress(
                new JobProgress(JobOutcome.FAILED, "FAILED", null, null, "Insufficient capacity", now));

        status.jobsChanged(List.of(running, running), List.of(running), Set.of());
        assertEquals("2 backups running", status.runningBackupsTextProperty().get());
        assertEquals("", status.noticeProperty().get());

        status.jobsChanged(List.of(running, failed), List.of(failed), Set.of());
        assertEquals("1 backup running", status.runningBackupsTextProperty().get());
        assertEquals(
                "Backup of corp-shares (Amazon FSx) failed: Insufficient capacity",
                status.noticeProperty().get());

        status.dismissNotice();
        TrackedJob succeeded =
                running.withProgress(new JobProgress(JobOutcome.SUCCEEDED, "AVAILABLE", 100.0, null, "", now));
        status.jobsChanged(List.of(succeeded), List.of(succeeded), Set.of());
        assertEquals(
                "", status.noticeProperty().get(), "a success is the notification's and the activity window's news");
    }
}
