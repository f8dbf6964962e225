package io.backupconsole.cli;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.rules.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code backup-console backup}, as typed. Numbers stay text here: the domain rules turn them into
 * numbers with the same messages the dialogs show ({@link io.backupconsole.domain.rules.NumberInput}).
 *
 * @param service       which service (required)
 * @param resourceId    server name, fs-/fsvol- id, resource ARN or database name (required)
 * @param name          FSx backup name or Lightsail snapshot name, or null
 * @param description   OpsWorks CM description, or null
 * @param tags          {@code --tag KEY=VALUE}, in order
 * @param vault         AWS Backup vault, or null
 * @param role          AWS Backup IAM role ARN, or null for the account's default service role
 * @param startWindow   AWS Backup start window in minutes, or null
 * @param completeWindow AWS Backup complete window in minutes, or null
 * @param coldAfter     AWS Backup days before cold storage, or null
 * @param deleteAfter   AWS Backup days before deletion, or null
 * @param await         {@code --wait}: follow the backup to its end
 */
public record BackupArgs(
        AwsService service,
        String resourceId,
        String name,
        String description,
        List<Tag> tags,
        String vault,
        String role,
        String startWindow,
        String completeWindow,
        String coldAfter,
        String deleteAfter,
        boolean await) {

    public BackupArgs {
        tags = List.copyOf(tags);
    }

    /** Collects the options one by one while {@link Options#parse} walks the command line. */
    static final class Builder {
        private AwsService service;
        private String resourceId;
        private String name;
        private String description;
        private final List<Tag> tags = new ArrayList<>();
        private String vault;
        private String role;
        private String startWindow;
        private String completeWindow;
        private String coldAfter;
        private String deleteAfter;
        private boolean await;

        /** Takes {@code option} (and its value from {@code value}) if it is a backup option; false otherwise. */
        boolean accept(String option, ValueSource value) throws Options.UsageException {
            switch (option) {
                case "--service" -> service = service(value.next(option));
                case "--resource" -> resourceId = value.next(option);
                case "--name" -> name = value.next(option);
                case "--description" -> description = value.next(option);
                case "--tag" -> tags.add(tag(value.repeatable(option)));
                case "--vault" -> vault = value.next(option);
                case "--role" -> role = value.next(option);
                case "--start-window" -> startWindow = value.next(option);
                case "--complete-window" -> completeWindow = value.next(option);
                case "--cold-after" -> coldAfter = value.next(option);
                case "--delete-after" -> deleteAfter = value.next(option);
                case "--wait" -> await = true;
                default -> {
                    return false;
                }
            }
            return true;
        }

        BackupArgs build() throws Options.UsageException {
            if (service == null) {
                throw new Options.UsageException("backup needs --service (opsworkscm, fsx, backup or lightsail)");
            }
            if (resourceId == null || resourceId.isBlank()) {
                throw new Options.UsageException("backup needs --resource");
            }
            return new BackupArgs(
                    service,
                    resourceId.strip(),
                    name,
                    description,
                    tags,
                    vault,
                    role,
                    startWindow,
                    completeWindow,
                    coldAfter,
                    deleteAfter,
                    await);
        }

        private static AwsService service(String id) throws Options.UsageException {
            try {
                return AwsService.fromId(id);
            } catch (IllegalArgumentException e) {
                throw new Options.UsageException("--service: " + e.getMessage());
            }
        }

        /** KEY=VALUE, split at the first '=' (values may contain '='); the rules check key and value later. */
        private static Tag tag(String text) throws Options.UsageException {
            int equals = text.indexOf('=');
            if (equals < 0) {
                throw new Options.UsageException("--tag must be KEY=VALUE (VALUE may be empty), got " + text);
            }
            return new Tag(text.substring(0, equals), text.substring(equals + 1));
        }
    }

    /** The next command-line value of an option. */
    interface ValueSource {
        /** The value of an option that may be given once. */
        String next(String option) throws Options.UsageException;

        /** The value of an option that may be given several times. */
        String repeatable(String option) throws Options.UsageException;
    }
}
