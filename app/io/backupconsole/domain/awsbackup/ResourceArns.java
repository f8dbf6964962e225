package io.backupconsole.domain.awsbackup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a resource ARN says about itself: the account it belongs to and the AWS Backup resource type it names. The
 * create dialog lets the user type an ARN, and the type decides which options exist (cold storage, Windows VSS),
 * so it must come from the ARN, not from the resource the dialog was opened for. Pure and thread-safe.
 */
public final class ResourceArns {
    /** arn:partition:service:region:account:resource (the account is empty for S3 buckets). */
    private static final Pattern ARN =
            Pattern.compile("arn:aws(?:-cn|-us-gov)?:([a-z0-9-]+):[a-z0-9-]*:(\\d{12})?:(.+)");

    private ResourceArns() {}

    /** The 12-digit account id in the ARN, or empty (S3 bucket ARNs carry none). */
    public static Optional<String> accountId(String arn) {
        Matcher matcher = matcher(arn);
        return matcher == null ? Optional.empty() : Optional.ofNullable(matcher.group(2));
    }

    /**
     * AWS Backup's resource type name (as in GetSupportedResourceTypes) for the ARN, or empty when the ARN does not
     * tell: an RDS cluster ARN may be Aurora, Neptune or DocumentDB, so it gives no type.
     */
    public static Optional<String> resourceType(String arn) {
        Matcher matcher = matcher(arn);
        if (matcher == null) {
            return Optional.empty();
        }
        String service = matcher.group(1);
        String resource = matcher.group(3);
        String type = switch (service) {
            case "ec2" -> resource.startsWith("instance/") ? "EC2" : resource.startsWith("volume/") ? "EBS" : null;
            case "elasticfilesystem" -> "EFS";
            case "rds" -> resource.startsWith("db:") ? "RDS" : null;
            case "dynamodb" -> "DynamoDB";
            case "fsx" -> "FSx";
            case "s3" -> "S3";
            case "cloudformation" -> "CloudFormation";
            case "storagegateway" -> "Storage Gateway";
            case "timestream" -> "Timestream";
            case "redshift" -> "Redshift";
            case "eks" -> "EKS";
            case "backup-gateway" -> "VirtualMachine";
            case "ssm-sap" -> "SAP HANA on Amazon EC2";
            default -> null;
        };
        return Optional.ofNullable(type);
    }

    private static Matcher matcher(String arn) {
        if (arn == null) {
            return null;
        }
        Matcher matcher = ARN.matcher(arn.strip());
        return matcher.matches() ? matcher : null;
    }
}
