package io.backupconsole.aws.overview;

import io.backupconsole.domain.AwsService;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the all-accounts overview: a resource that can be backed up, or a backup running now, tagged with
 * where it lives.
 *
 * @param account   the profile it was read through
 * @param accountId the 12-digit AWS account id, or empty when nothing read told it
 * @param region    the region
 * @param kind      resource or running backup
 * @param service   the service that backs it up
 * @param name      a human name
 * @param id        the resource id, or the backup / job id
 * @param state     the service's own state text
 * @param detail    for a resource "Ready" or why it cannot be backed up; for a backup its resource and progress
 * @param time      creation time (resource) or start time (backup), or null
 */
public record OverviewRow(
        String account,
        String accountId,
        String region,
        Kind kind,
        AwsService service,
        String name,
        String id,
        String state,
        String detail,
        Instant time) {

    /** What the row stands for. */
    public enum Kind {
        RESOURCE("Resource"),
        RUNNING_BACKUP("Running backup");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public OverviewRow {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        accountId = accountId == null ? "" : accountId;
        state = state == null ? "" : state;
        detail = detail == null ? "" : detail;
    }
}
