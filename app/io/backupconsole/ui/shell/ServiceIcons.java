package io.backupconsole.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A service's icon (its window part's, {@code ServiceUi#icon}), styled the same wherever the service is shown. */
final class ServiceIcons {
    private ServiceIcons() {}

    static FontIcon of(Ikon ikon) {
        FontIcon icon = FontIcon.of(ikon);
        icon.getStyleClass().add("service-icon");
        return icon;
    }
}
