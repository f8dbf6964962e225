package io.backupconsole.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;

/**
 * Puts the theme into effect: feeds the operating system's colour scheme into the {@link ThemeViewModel} and sets
 * AtlantaFX Primer Light or Dark as the application's user-agent stylesheet whenever the result changes.
 * The stylesheet is global to the JavaFX application, so this is done once, for the main window. FX thread.
 */
public final class ThemeApplier {
    private static final String LIGHT = new PrimerLight().getUserAgentStylesheet();
    private static final String DARK = new PrimerDark().getUserAgentStylesheet();

    private ThemeApplier() {}

    public static void follow(ThemeViewModel theme) {
        theme.systemDarkProperty()
                .bind(Platform.getPreferences().colorSchemeProperty().isEqualTo(ColorScheme.DARK));
        apply(theme.darkProperty().get());
        theme.darkProperty().addListener((obs, wasDark, dark) -> apply(dark));
    }

    /** The stylesheet in use for a dark or light look (tests compare against it). */
    public static String stylesheet(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(stylesheet(dark));
    }
}
