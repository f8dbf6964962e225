package io.backupconsole.ui.shell;

/** The look the user chose in View ▸ Theme; {@link #SYSTEM} follows the operating system's light or dark mode. */
public enum Theme {
    SYSTEM("system"),
    LIGHT("light"),
    DARK("dark");

    private final String settingsId;

    Theme(String settingsId) {
        this.settingsId = settingsId;
    }

    /** How the choice is written in the settings file. */
    public String settingsId() {
        return settingsId;
    }

    public static Theme fromSettings(String id) {
        for (Theme theme : values()) {
            if (theme.settingsId.equals(id)) {
                return theme;
            }
        }
        return SYSTEM;
    }
}
