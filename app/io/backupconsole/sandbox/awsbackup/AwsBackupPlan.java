package io.backupconsole.sandbox.awsbackup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A backup plan and its selections. Its rules are kept as the request gave them, each with its RuleId added, so
 * GetBackupPlan answers with what was sent. Confined to the simulator's lock.
 */
final class AwsBackupPlan {
    final String id;
    final String arn;
    final String name;
    final String versionId;
    final String creatorRequestId;
    final Instant creationDate;
    final ArrayNode rules;
    final Map<String, SelectionRecord> selections = new LinkedHashMap<>();

    AwsBackupPlan(
            String id,
            String arn,
            String name,
            String versionId,
            String creatorRequestId,
            Instant creationDate,
            ArrayNode rules) {
        this.id = id;
        this.arn = arn;
        this.name = name;
        this.versionId = versionId;
        this.creatorRequestId = creatorRequestId;
        this.creationDate = creationDate;
        this.rules = rules;
    }

    /** A resource assignment of the plan. */
    record SelectionRecord(
            String id,
            String name,
            String iamRoleArn,
            java.util.List<String> resources,
            String creatorRequestId,
            Instant creationDate) {}
}
