package io.backupconsole.ui.lightsail;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import io.backupconsole.ui.resources.ResourceColumn;
import io.backupconsole.ui.resources.ResourceTableSpec;
import java.util.Comparator;

/**
 * Lightsail relational databases (every page of GetRelationalDatabases); the details pane lists each database's
 * snapshots, which the Lightsail adapter can delete. The column texts that are not plain resource fields are derived
 * here, so the filter, the table and the tests read the same values.
 */
public final class LightsailTable {
    /** The order while no column is sorted: by name, as the Lightsail console lists databases. */
    static final Comparator<Resource> BY_NAME = Comparator.comparing(Resource::name, String.CASE_INSENSITIVE_ORDER);

    /** The adapter's type reads "MySQL 8.0 database"; the Engine column drops the word the table already says. */
    private static final String TYPE_SUFFIX = " database";

    /** What a column shows for a fact the service did not report. */
    private static final String NOT_REPORTED = "—";

    private LightsailTable() {}

    /** Seven columns, more than fit beside the details pane: the ones that decide what to do come first. */
    public static ResourceTableSpec spec() {
        return ResourceTableSpec.of(
                        AwsService.LIGHTSAIL,
                        "Lightsail databases",
                        "Lightsail databases",
                        "Filter databases: name, engine, state, bundle, zone…",
                        ResourceColumn.text("Database", Resource::name).width(125, 90),
                        ResourceColumn.state("State").width(125, 120),
                        ResourceColumn.backUp("Back up").width(190, 80),
                        ResourceColumn.text("Engine", LightsailTable::engine).width(105, 70),
                        ResourceColumn.text("Bundle", LightsailTable::bundle).width(100, 70),
                        ResourceColumn.text("Availability zone", LightsailTable::availabilityZone)
                                .width(120, 80),
                        ResourceColumn.created("Created").width(95, 70))
                .orderedBy(BY_NAME);
    }

    /**
     * The Engine column: engine and major version, e.g. "MySQL 8.0" or "PostgreSQL 16" (full version in details),
     * "—" when Lightsail does not say.
     */
    static String engine(Resource database) {
        if (database.attribute("Engine").isEmpty()) {
            return NOT_REPORTED;
        }
        String type = database.type();
        return type.endsWith(TYPE_SUFFIX) ? type.substring(0, type.length() - TYPE_SUFFIX.length()) : type;
    }

    /** The Bundle column: the bundle id, e.g. "micro_2_0", "—" when Lightsail does not say. */
    static String bundle(Resource database) {
        return database.attribute("Bundle").orElse(NOT_REPORTED);
    }

    /** The Availability zone column: the primary zone, e.g. "us-east-1a", "—" when Lightsail does not say. */
    static String availabilityZone(Resource database) {
        return database.attribute("Availability zone").orElse(NOT_REPORTED);
    }
}
