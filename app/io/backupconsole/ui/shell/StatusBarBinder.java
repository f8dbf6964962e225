package io.backupconsole.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Binds the status bar and the notice strip above it to their view models. */
final class StatusBarBinder {
    private StatusBarBinder() {}

    static void bind(
            ShellViewModel shell,
            StatusBarViewModel status,
            Label connection,
            Label refreshStatus,
            Label runningBackups,
            HBox noticeBar,
            Label noticeText) {
        connection.textProperty().bind(shell.connectionLabelProperty());
        refreshStatus.textProperty().bind(shell.statusTextProperty());
        runningBackups.textProperty().bind(status.runningBackupsTextProperty());
        noticeText.textProperty().bind(status.noticeProperty());
        noticeBar.visibleProperty().bind(status.noticeProperty().isNotEmpty());
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
    }
}
