package io.backupconsole.sandbox.awsbackup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A backup plan and its selections. Its rules are kept as the request gave them, each with its RuleId added, so
 * GetBackupPlan answers with what was sent. Its selections are added in place: confined to the simulator's lock.
 */
record AwsBackupPlan(
        String id,
        String arn,
        String name,
        String versionId,
        String creatorRequestId,
        Instant creationDate,
        ArrayNode rules,
        Map<String, SelectionRecord> selections) {

    /** A resource assignment of the plan. */
    record SelectionRecord(
            String id,
            String name,
            String iamRoleArn,
            List<String> resources,
            String creatorRequestId,
            Instant creationDate) {}
}
