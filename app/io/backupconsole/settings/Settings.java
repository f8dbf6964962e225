package io.backupconsole.settings;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the app remembers between runs. A plain record serialised with Jackson; view models copy from it.
 *
 * @param connection "sandbox", or the name of an AWS profile
 * @param region     the last region used
 * @param theme      "system", "light" or "dark"
 * @param window     the main window's last geometry, or null before the first close
 * @param proxy      the HTTP proxy URL set in the app (wins over {@code HTTPS_PROXY}/{@code HTTP_PROXY}), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Settings(String connection, String region, String theme, WindowGeometry window, String proxy) {
    public static final String SANDBOX = "sandbox";

    public Settings {
        connection = connection == null || connection.isBlank() ? SANDBOX : connection;
        region = region == null || region.isBlank() ? "us-east-1" : region;
        theme = theme == null || !(theme.equals("light") || theme.equals("dark")) ? "system" : theme;
        proxy = proxy == null || proxy.isBlank() ? null : proxy.strip();
    }

    public static Settings defaults() {
        return new Settings(SANDBOX, "us-east-1", "system", null, null);
    }

    public Settings withConnection(String newConnection, String newRegion) {
        return new Settings(newConnection, newRegion, theme, window, proxy);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(connection, region, newTheme, window, proxy);
    }

    public Settings withWindow(WindowGeometry geometry) {
        return new Settings(connection, region, theme, geometry, proxy);
    }

    /** @param newProxy a proxy URL, or null or blank for none (then the environment's proxy, if any, applies) */
    public Settings withProxy(String newProxy) {
        return new Settings(connection, region, theme, window, newProxy);
    }

    /** Position and size of a window, and whether it was maximised. */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {}
}
