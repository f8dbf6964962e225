package io.backupconsole.sandbox.opsworkscm;

import java.time.Instant;
import java.util.List;

/**
 * One simulated OpsWorks CM server as stored: everything DescribeServers shows except the live status, which
 * {@link OpsWorksCmRegion#status} derives (a running backup shows as BACKING_UP over {@code baseStatus}).
 * Immutable; backups copy its engine and instance facts when they are taken.
 *
 * @param name                       the ServerName, unique in its region
 * @param arn                        {@code arn:aws:opsworks-cm:<region>:<account>:server/<name>/<uuid>}
 * @param engine                     {@code ChefAutomate} or {@code Puppet}
 * @param engineModel                {@code Single} (Chef) or {@code Monolithic} (Puppet)
 * @param engineVersion              {@code 2} (Chef Automate 2) or {@code 2019} (Puppet Enterprise 2019)
 * @param instanceType               EC2 instance type, e.g. {@code m5.large}
 * @param createdAt                  when the server was created
 * @param endpoint                   the engine's DNS name
 * @param backupRetentionCount       how many automated backups the service keeps
 * @param disableAutomatedBackup     whether the daily automated backup is off
 * @param preferredBackupWindow      {@code HH:MM} or {@code Ddd:HH:MM} (UTC)
 * @param preferredMaintenanceWindow {@code Ddd:HH:MM} (UTC)
 * @param maintenanceStatus          outcome of the last maintenance: {@code SUCCESS} or {@code FAILED}
 * @param baseStatus                 the status when no backup runs (HEALTHY, RUNNING, CREATING, ...)
 * @param statusReason               why the server is in that status (health check or create error), or null
 * @param instanceProfileArn         the EC2 instance profile of the server
 * @param serviceRoleArn             the role OpsWorks CM assumes
 * @param keyPair                    the EC2 key pair, or null
 * @param securityGroupIds           the server's security groups
 * @param subnetIds                  the server's subnets
 * @param cloudFormationStackArn     the stack that created the server
 * @param toolsVersion               version of the OpsWorks CM tools on the instance (copied into backups)
 */
record OpsWorksCmServer(
        String name,
        String arn,
        String engine,
        String engineModel,
        String engineVersion,
        String instanceType,
        Instant createdAt,
        String endpoint,
        int backupRetentionCount,
        boolean disableAutomatedBackup,
        String preferredBackupWindow,
        String preferredMaintenanceWindow,
        String maintenanceStatus,
        String baseStatus,
        String statusReason,
        String instanceProfileArn,
        String serviceRoleArn,
        String keyPair,
        List<String> securityGroupIds,
        List<String> subnetIds,
        String cloudFormationStackArn,
        String toolsVersion) {

    OpsWorksCmServer {
        securityGroupIds = List.copyOf(securityGroupIds);
        subnetIds = List.copyOf(subnetIds);
    }
}
