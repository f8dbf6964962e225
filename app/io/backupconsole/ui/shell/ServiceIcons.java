package io.backupconsole.ui.shell;

import io.backupconsole.domain.AwsService;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One Feather icon per service, the same wherever the service is shown. */
final class ServiceIcons {
    private ServiceIcons() {}

    static FontIcon of(AwsService service) {
        FontIcon icon = FontIcon.of(
                switch (service) {
                    case OPSWORKS_CM -> Feather.SERVER;
                    case FSX -> Feather.HARD_DRIVE;
                    case BACKUP -> Feather.ARCHIVE;
                    case LIGHTSAIL -> Feather.DATABASE;
                });
        icon.getStyleClass().add("service-icon");
        return icon;
    }
}
