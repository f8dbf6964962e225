package io.backupconsole.ui.shell;

/**
 * Everything the main window binds to, built by the composition root.
 *
 * @param shell         navigation, connection, refresh
 * @param connectionBar connection and region pickers
 * @param statusBar     running backups and notices
 * @param theme         light, dark or following the system
 * @param build         name and version for Help ▸ About
 */
public record ShellModels(
        ShellViewModel shell,
        ConnectionBarViewModel connectionBar,
        StatusBarViewModel statusBar,
        ThemeViewModel theme,
        BuildInfo build) {}
