package io.backupconsole.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What Help › About says: the app's version (from the build) and the Java and JavaFX it runs on. */
public final class AboutText {
    private AboutText() {
    }

    public static String version() {
        try (InputStream in = AboutText.class.getResourceAsStream("/io/backupconsole/build-info.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "(development build)");
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled build-info.properties cannot be read", e);
        }
    }

    public static String text() {
        return "Create and watch backups in OpsWorks CM, Amazon FSx, AWS Backup and Amazon Lightsail.\n\n"
                + "Version " + version() + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "JavaFX " + System.getProperty("javafx.runtime.version", "unknown");
    }
}
