package io.backupconsole.ui.lightsail;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.resources.ResourceBrowser;
import io.backupconsole.ui.resources.ResourceListViewModel;
import java.util.Comparator;

/**
 * Lightsail relational databases: the shared resource table (every page of GetRelationalDatabases) and the details
 * pane with each database's snapshots, which the Lightsail adapter can delete. The column texts that are not plain
 * resource fields are derived here, so the filter, the table and the tests read the same values. FX thread only.
 */
public final class LightsailViewModel {
    /** The order while no column is sorted: by name, as the Lightsail console lists databases. */
    static final Comparator<Resource> BY_NAME = Comparator.comparing(Resource::name, String.CASE_INSENSITIVE_ORDER);

    /** The adapter's type reads "MySQL 8.0 database"; the Engine column drops the word the table already says. */
    private static final String TYPE_SUFFIX = " database";

    /** What a column shows for a fact the service did not report. */
    private static final String NOT_REPORTED = "—";

    private final ResourceListViewModel databases;

    public LightsailViewModel(ViewContext context) {
        this.databases = ResourceBrowser.create(AwsService.LIGHTSAIL, context);
        databases.comparatorProperty().set(BY_NAME);
    }

    // Properties

    /** The databases: rows, filter, selection and the details (snapshots) of the selected one. */
    public ResourceListViewModel databases() {
        return databases;
    }

    /**
     * The Engine column: engine and major version, e.g. "MySQL 8.0" or "PostgreSQL 16" (full version in details),
     * "—" when Lightsail does not say.
     */
    public static String engine(Resource database) {
        if (database.attribute("Engine").isEmpty()) {
            return NOT_REPORTED;
        }
        String type = database.type();
        return type.endsWith(TYPE_SUFFIX) ? type.substring(0, type.length() - TYPE_SUFFIX.length()) : type;
    }

    /** The Bundle column: the bundle id, e.g. "micro_2_0", "—" when Lightsail does not say. */
    public static String bundle(Resource database) {
        return database.attribute("Bundle").orElse(NOT_REPORTED);
    }

    /** The Availability zone column: the primary zone, e.g. "us-east-1a", "—" when Lightsail does not say. */
    public static String availabilityZone(Resource database) {
        return database.attribute("Availability zone").orElse(NOT_REPORTED);
    }
}
