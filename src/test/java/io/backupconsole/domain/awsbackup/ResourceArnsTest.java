package io.backupconsole.domain.awsbackup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceArnsTest {
    @Test
    void typesAsAwsBackupNamesThem() {
        assertEquals(
                Optional.of("EC2"),
                ResourceArns.resourceType("arn:aws:ec2:us-east-1:123456789012:instance/i-0a1b2c3d4e5f67890"));
        assertEquals(
                Optional.of("EBS"),
                ResourceArns.resourceType("arn:aws:ec2:us-east-1:123456789012:volume/vol-0e4f5a6b7c8d9e0f1"));
        assertEquals(
                Optional.of("EFS"),
                ResourceArns.resourceType("arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-1"));
        assertEquals(Optional.of("RDS"), ResourceArns.resourceType("arn:aws:rds:us-east-1:123456789012:db:orders-db"));
        assertEquals(Optional.of("S3"), ResourceArns.resourceType("arn:aws:s3:::acme-invoices-prod"));
        assertEquals(
                Optional.of("DynamoDB"),
                ResourceArns.resourceType("arn:aws-cn:dynamodb:cn-north-1:123456789012:table/T"));
        assertEquals(
                Optional.empty(),
                ResourceArns.resourceType("arn:aws:rds:us-east-1:123456789012:cluster:graph"),
                "an RDS cluster may be Aurora, Neptune or DocumentDB");
        assertEquals(Optional.empty(), ResourceArns.resourceType("not an arn"));
        assertEquals(Optional.empty(), ResourceArns.resourceType(null));
    }

    @Test
    void accounts() {
        assertEquals(
                Optional.of("123456789012"),
                ResourceArns.accountId(" arn:aws:ec2:us-east-1:123456789012:volume/vol-1 "));
        assertEquals(Optional.empty(), ResourceArns.accountId("arn:aws:s3:::acme-invoices-prod"));
        assertEquals(Optional.empty(), ResourceArns.accountId("arn:aws:ec2:us-east-1:12345:volume/vol-1"));
    }
}
