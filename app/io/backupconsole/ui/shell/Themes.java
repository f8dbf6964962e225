package io.backupconsole.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;

/**
 * Applies the AtlantaFX Primer theme the user chose: "light", "dark", or "system", which follows the OS colour
 * scheme and changes with it. FX thread only.
 */
public final class Themes {
    private static final ChangeListener<ColorScheme> FOLLOW_OS = (obs, old, scheme) -> setDark(scheme == ColorScheme.DARK);
    private static boolean followingOs;

    private Themes() {
    }

    public static void apply(String theme) {
        if (followingOs) {
            Platform.getPreferences().colorSchemeProperty().removeListener(FOLLOW_OS);
            followingOs = false;
        }
        switch (theme) {
            case "light" -> setDark(false);
            case "dark" -> setDark(true);
            default -> {
                setDark(Platform.getPreferences().getColorScheme() == ColorScheme.DARK);
                Platform.getPreferences().colorSchemeProperty().addListener(FOLLOW_OS);
                followingOs = true;
            }
        }
    }

    private static void setDark(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
