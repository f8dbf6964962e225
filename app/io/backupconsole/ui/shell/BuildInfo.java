package io.backupconsole.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The app's name and version, from {@code /io/backupconsole/build-info.properties} (filtered by Maven).
 * Read once at start, off the FX thread.
 *
 * @param name    the product name
 * @param version e.g. 0.1.0, or "unknown" when run from unfiltered sources
 */
public record BuildInfo(String name, String version) {
    private static final String RESOURCE = "/io/backupconsole/build-info.properties";

    public static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return new BuildInfo("Backup Console", "unknown");
        }
        String version = properties.getProperty("version", "unknown");
        return new BuildInfo("Backup Console", version.startsWith("${") ? "unknown" : version);
    }
}
