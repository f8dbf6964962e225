package io.backupconsole.testsupport;

import io.backupconsole.ServiceCatalog;
import io.backupconsole.aws.ServiceRegistry;

/** The app's services as {@code Main} registers them, for tests that need the standard registry. */
public final class StandardServices {
    private StandardServices() {}

    public static ServiceRegistry registry() {
        return ServiceCatalog.standard().services();
    }
}
