package io.backupconsole.sandbox.opsworkscm;

import java.time.Duration;
import java.time.Instant;

/**
 * The sandbox's OpsWorks CM seed. us-east-1 holds one server in each interesting state (including one busy with
 * a backup and one at the 50-manual-backup limit); eu-west-1 holds three other servers; other regions are empty.
 */
final class OpsWorksCmSeed {
    private OpsWorksCmSeed() {}

    static OpsWorksCmRegion forRegion(String regionName, Instant now) {
        OpsWorksCmRegion region = new OpsWorksCmRegion(regionName);
        OpsWorksCmSeedServers seed = new OpsWorksCmSeedServers(region, now);
        switch (regionName) {
            case "us-east-1" -> usEast1(seed);
            case "eu-west-1" -> euWest1(seed);
            default -> {
                // Every other region starts without servers.
            }
        }
        return region;
    }

    private static void usEast1(OpsWorksCmSeedServers seed) {
        OpsWorksCmServer chefProd = seed.server("chef-prod", "ChefAutomate", "HEALTHY", null, 412, 10, "08:00");
        seed.automatedBackups(chefProd, 10);
        seed.manualBackup(chefProd, Duration.ofDays(3).plusHours(5), "Before cookbook release 4.12", false);
        seed.manualBackup(chefProd, Duration.ofDays(12).plusHours(2), "Before upgrading to Chef Infra 18", true);
        seed.manualBackup(
                chefProd, Duration.ofDays(12).plusHours(1), "Before upgrading to Chef Infra 18 (retry)", false);

        OpsWorksCmServer puppetProd = seed.server("puppet-prod", "Puppet", "RUNNING", null, 301, 7, "02:00");
        seed.automatedBackups(puppetProd, 7);
        seed.manualBackup(puppetProd, Duration.ofDays(1).plusHours(6), "Pre-change: new node classifier rules", false);
        seed.manualBackup(puppetProd, Duration.ofDays(6).plusHours(3), "Quarterly compliance snapshot", true);

        OpsWorksCmServer chefStaging = seed.server(
                "chef-staging",
                "ChefAutomate",
                "UNHEALTHY",
                "Health check failed: the Chef Infra Server API did not answer on port 443 within 30 seconds.",
                188,
                3,
                "05:00");
        seed.automatedBackups(chefStaging, 3);
        seed.manualBackup(chefStaging, Duration.ofDays(2).plusHours(7), "Staging before policy refactor", false);
        seed.manualBackup(chefStaging, Duration.ofDays(4), "", true);

        OpsWorksCmServer puppetCi = seed.server("puppet-ci", "Puppet", "HEALTHY", null, 96, 5, "04:00");
        seed.automatedBackups(puppetCi, 5);
        seed.manualBackup(puppetCi, Duration.ofDays(8), "CI pipeline baseline", true);
        seed.runningBackup(puppetCi, Duration.ofMinutes(4), Duration.ofHours(2), "Nightly CI catalog export");

        OpsWorksCmServer chefLegacy = seed.server(
                "chef-legacy",
                "ChefAutomate",
                "UNDER_MAINTENANCE",
                "Maintenance in progress: applying Chef Automate 2 operating system updates.",
                1024,
                5,
                "01:00");
        seed.automatedBackups(chefLegacy, 5);

        seed.server("puppet-new", "Puppet", "CREATING", null, 0, 10, "03:00");

        OpsWorksCmServer chefArchive = seed.server("chef-archive", "ChefAutomate", "HEALTHY", null, 730, 2, "06:00");
        seed.automatedBackups(chefArchive, 2);
        for (int i = 1; i <= 50; i++) {
            seed.manualBackup(chefArchive, Duration.ofDays(i).plusHours(9), "Archive export #" + (51 - i), false);
        }
    }

    private static void euWest1(OpsWorksCmSeedServers seed) {
        OpsWorksCmServer chefEu = seed.server("chef-eu-prod", "ChefAutomate", "HEALTHY", null, 522, 14, "23:00");
        seed.automatedBackups(chefEu, 14);
        seed.manualBackup(chefEu, Duration.ofDays(5).plusHours(4), "Before GDPR data cleanup", false);
        seed.manualBackup(chefEu, Duration.ofDays(9), "Before Automate upgrade", true);

        OpsWorksCmServer puppetEu = seed.server("puppet-eu", "Puppet", "RUNNING", null, 250, 4, "00:00");
        seed.automatedBackups(puppetEu, 4);
        seed.manualBackup(puppetEu, Duration.ofDays(2).plusHours(1), "Baseline after node migration", false);

        seed.server(
                "puppet-eu-old",
                "Puppet",
                "FAILED",
                "Server creation failed: the CloudFormation stack rolled back because the server's subnet has no "
                        + "route to the internet.",
                3,
                10,
                "02:00");
    }
}
