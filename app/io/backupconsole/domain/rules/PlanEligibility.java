package io.backupconsole.domain.rules;

import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import java.util.Optional;

/**
 * Whether a resource can be added to an AWS Backup plan (scheduled backups through AWS Backup's engine), and the
 * ARN the plan's selection names. Source: AWS Backup's supported-services table ("features"): FSx file systems
 * (and ONTAP volumes) are AWS Backup resources; OpsWorks CM servers and Lightsail databases are not. Pure and thread-safe.
 */
public final class PlanEligibility {
    private PlanEligibility() {}

    public static Eligibility of(Resource resource) {
        return switch (resource.service()) {
            case OPSWORKS_CM ->
                Eligibility.refused("AWS Backup does not support OpsWorks CM servers: schedule "
                        + "them with the server's own automated backups (its backup window and retention)");
            case LIGHTSAIL ->
                Eligibility.refused("AWS Backup does not support Lightsail databases: use the "
                        + "database's automatic snapshots in Lightsail");
            case FSX ->
                arn(resource).isPresent()
                        ? Eligibility.ALLOWED
                        : Eligibility.refused("FSx did not report this resource's ARN");
            case BACKUP -> Eligibility.ALLOWED;
        };
    }

    /** The ARN a selection names: AWS Backup resources are listed by ARN; FSx reports it as an attribute. */
    public static Optional<String> arn(Resource resource) {
        return switch (resource.service()) {
            case BACKUP -> Optional.of(resource.id());
            case FSX -> resource.attribute("ARN");
            default -> Optional.empty();
        };
    }
}
