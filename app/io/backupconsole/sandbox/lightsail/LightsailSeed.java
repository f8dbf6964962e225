package io.backupconsole.sandbox.lightsail;

import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.lightsail.LightsailRecords.Database;
import io.backupconsole.sandbox.lightsail.LightsailRecords.Engine;
import io.backupconsole.sandbox.lightsail.LightsailRecords.Hardware;
import io.backupconsole.sandbox.support.SimulatedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Seed data: us-east-1 has six databases covering every interesting state (available, stopped, creating,
 * modifying, and backing-up with a matching pending snapshot and running operation), finished and failed
 * snapshots and an operation history; eu-west-1 a smaller, different set; every other region is empty.
 * Times are relative to the moment a region is first used, so the data always looks recent.
 */
final class LightsailSeed {
    static final Engine MYSQL_MICRO = new Engine("mysql", "8.0.40", "mysql_8_0", "micro_2_0");
    static final Engine MYSQL_SMALL = new Engine("mysql", "8.0.40", "mysql_8_0", "small_2_0");
    static final Engine POSTGRES_SMALL_HA = new Engine("postgres", "16.4", "postgres_16", "small_ha_2_0");
    static final Engine POSTGRES_MEDIUM = new Engine("postgres", "16.4", "postgres_16", "medium_2_0");
    static final Hardware MICRO = new Hardware(2, 40, 1.0f);
    static final Hardware SMALL = new Hardware(2, 80, 2.0f);
    static final Hardware MEDIUM = new Hardware(2, 160, 4.0f);

    /**
     * How long the seeded in-progress snapshot runs: long enough that tests at 600x see the database
     * {@code backing-up} for about 30 s of real time, like a snapshot of a large database.
     */
    static final Duration SEEDED_RUN = Duration.ofHours(5);

    private final SimulationContext context;
    private final LightsailRegion region;
    private final Instant now;
    private final LightsailStore store;

    private LightsailSeed(SimulationContext context, LightsailRegion region) {
        this.context = context;
        this.region = region;
        this.now = context.now();
        this.store = new LightsailStore(context, region);
    }

    static LightsailRegion seed(SimulationContext context, String regionName) {
        LightsailRegion region = new LightsailRegion(regionName);
        LightsailSeed seed = new LightsailSeed(context, region);
        switch (regionName) {
            case "us-east-1" -> seed.usEast1();
            case "eu-west-1" -> seed.euWest1();
            default -> {}
        }
        return region;
    }

    private void usEast1() {
        Database shop = database(
                "shop-mysql",
                "us-east-1a",
                null,
                MYSQL_MICRO,
                MICRO,
                "available",
                210,
                "shop",
                "dbmasteruser",
                true,
                "06:00-06:30",
                "tue:07:00-tue:07:30",
                List.of(new Tag("env", "prod"), new Tag("team", "shop")));
        Database analytics = database(
                "analytics-pg",
                "us-east-1b",
                "us-east-1c",
                POSTGRES_SMALL_HA,
                SMALL,
                "available",
                120,
                "analytics",
                "dbmasteruser",
                true,
                "03:00-03:30",
                "sun:04:00-sun:04:30",
                List.of(new Tag("env", "prod")));
        Database legacy = database(
                "legacy-mysql",
                "us-east-1a",
                null,
                MYSQL_SMALL,
                SMALL,
                "stopped",
                400,
                "legacy",
                "admin",
                false,
                "22:00-22:30",
                "sat:23:00-sat:23:30",
                List.of(new Tag("env", "archive")));
        database(
                "reporting-pg",
                "us-east-1d",
                null,
                POSTGRES_MEDIUM,
                MEDIUM,
                "creating",
                0,
                "reporting",
                "dbmasteruser",
                true,
                "01:00-01:30",
                "mon:02:00-mon:02:30",
                List.of());
        Database orders = database(
                "orders-pg",
                "us-east-1b",
                null,
                POSTGRES_MEDIUM,
                MEDIUM,
                "available",
                300,
                "orders",
                "dbmasteruser",
                true,
                "05:00-05:30",
                "wed:06:00-wed:06:30",
                List.of(new Tag("env", "prod"), new Tag("cost-center", "4711")));
        database(
                "staging-mysql",
                "us-east-1c",
                null,
                MYSQL_MICRO,
                MICRO,
                "modifying",
                60,
                "staging",
                "dbmasteruser",
                false,
                "09:00-09:30",
                "thu:10:00-thu:10:30",
                List.of(new Tag("env", "staging")));

        finished(shop, "shop-mysql-before-upgrade", 40, false);
        finished(analytics, "analytics-pg-q3-close", 30, false);
        finished(shop, "shop-mysql-2024-black-friday", 20, false);
        finished(legacy, "legacy-mysql-final", 14, true);
        finished(analytics, "analytics-pg-weekly", 7, false);
        finished(shop, "shop-mysql-weekly", 3, false);
        store.deleteOperation(shop, "shop-mysql-scratch", now.minus(Duration.ofDays(2)));
        store.startSnapshot(
                orders,
                "orders-pg-before-migration",
                List.of(new Tag("reason", "migration")),
                new SimulatedRun(now.minus(Duration.ofMinutes(40)), SEEDED_RUN, false));
    }

    private void euWest1() {
        Database crm = database(
                "crm-mysql",
                "eu-west-1a",
                null,
                MYSQL_SMALL,
                SMALL,
                "available",
                90,
                "crm",
                "dbmasteruser",
                true,
                "02:00-02:30",
                "sun:03:00-sun:03:30",
                List.of(new Tag("env", "prod")));
        database(
                "billing-pg",
                "eu-west-1b",
                null,
                POSTGRES_SMALL_HA,
                SMALL,
                "stopped",
                180,
                "billing",
                "dbmasteruser",
                true,
                "04:00-04:30",
                "sat:05:00-sat:05:30",
                List.of(new Tag("env", "test")));
        finished(crm, "crm-mysql-monthly", 12, false);
    }

    private Database database(
            String name,
            String zone,
            String secondaryZone,
            Engine engine,
            Hardware hardware,
            String state,
            int ageDays,
            String masterDatabase,
            String masterUser,
            boolean retention,
            String backupWindow,
            String maintenanceWindow,
            List<Tag> tags) {
        Instant created = ageDays == 0 ? now.minus(Duration.ofMinutes(5)) : now.minus(Duration.ofDays(ageDays));
        Database database = new Database(
                name,
                LightsailStore.arn(region.regionName(), "RelationalDatabase", context.uuid()),
                store.supportCode(),
                created,
                zone,
                secondaryZone,
                tags,
                engine,
                hardware,
                state,
                masterDatabase,
                masterUser,
                retention,
                backupWindow,
                maintenanceWindow,
                name.equals("shop-mysql"),
                engine.engine().equals("mysql") ? 3306 : 5432);
        region.add(database);
        return database;
    }

    private void finished(Database database, String snapshotName, int ageDays, boolean fails) {
        Duration duration = Duration.ofMinutes(4 + context.nextLong(20));
        store.startSnapshot(
                database,
                snapshotName,
                List.of(),
                new SimulatedRun(now.minus(Duration.ofDays(ageDays)), duration, fails));
    }
}
