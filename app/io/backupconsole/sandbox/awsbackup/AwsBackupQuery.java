package io.backupconsole.sandbox.awsbackup;

import io.backupconsole.domain.rules.AwsBackupRules;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.Pages;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Typed, checked query-string parameters of AWS Backup's GET operations. Every bad value is an
 * InvalidParameterValueException naming the model member ({@code MaxResults}, {@code ByCreatedAfter}, ...).
 */
final class AwsBackupQuery {
    static final int MAX_RESULTS = 1000;
    private static final Pattern VAULT_NAME = Pattern.compile("[a-zA-Z0-9\\-_]{2,50}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

    private final SandboxRequest request;

    AwsBackupQuery(SandboxRequest request) {
        this.request = request;
    }

    Optional<String> string(String wireName) {
        return request.queryParam(wireName);
    }

    /** model MaxResults: integer 1..1000. */
    int pageSize() {
        Optional<String> raw = request.queryParam("maxResults");
        if (raw.isEmpty()) {
            return MAX_RESULTS;
        }
        long value;
        try {
            value = Long.parseLong(raw.get());
        } catch (NumberFormatException e) {
            throw AwsBackupErrors.invalid("MaxResults", "\"" + raw.get() + "\" is not an integer.");
        }
        if (value < 1 || value > MAX_RESULTS) {
            throw AwsBackupErrors.invalid(
                    "MaxResults", "must be between 1 and " + MAX_RESULTS + " (it is " + value + ").");
        }
        return (int) value;
    }

    <T> Pages.Page<T> page(List<T> all) {
        return Pages.page(all, request.queryParam("nextToken"), pageSize(), AwsBackupErrors.INSTANCE);
    }

    /** A timestamp filter: ISO-8601 on the wire (rest-json's query default; what the Java SDK and the CLI send). */
    Optional<Instant> timestamp(String wireName, String member) {
        return request.queryParam(wireName).map(raw -> {
            try {
                return OffsetDateTime.parse(raw).toInstant();
            } catch (DateTimeParseException e) {
                throw AwsBackupErrors.invalid(member, "\"" + raw + "\" is not an ISO-8601 timestamp.");
            }
        });
    }

    Optional<Boolean> bool(String wireName, String member) {
        return request.queryParam(wireName).map(raw -> switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw AwsBackupErrors.invalid(member, "\"" + raw + "\" is not true or false.");
        });
    }

    Optional<String> oneOf(String wireName, String member, List<String> allowed) {
        Optional<String> value = request.queryParam(wireName);
        if (value.isPresent() && !allowed.contains(value.get())) {
            throw AwsBackupErrors.invalid(
                    member, "\"" + value.get() + "\" is not one of " + String.join(", ", allowed) + ".");
        }
        return value;
    }

    Optional<String> vaultName(String wireName, String member) {
        return checked(wireName, member, VAULT_NAME, "must be 2 to 50 letters, numbers, hyphens or underscores.");
    }

    Optional<String> accountId(String wireName, String member) {
        return checked(wireName, member, ACCOUNT_ID, "must be a 12-digit account id.");
    }

    Optional<String> resourceType(String wireName, String member) {
        Optional<String> value = request.queryParam(wireName);
        if (value.isPresent() && !AwsBackupRules.isResourceTypeName(value.get())) {
            throw AwsBackupErrors.invalid(
                    member, "\"" + value.get() + "\" must be 1 to 50 letters, numbers, hyphens, underscores or dots.");
        }
        return value;
    }

    /** A path label that must be a vault name (ListRecoveryPointsByBackupVault, ...). */
    static String vaultNameLabel(SandboxRequest request) {
        String name = request.pathParams().get("backupVaultName");
        if (!VAULT_NAME.matcher(name).matches()) {
            throw AwsBackupErrors.invalid(
                    "BackupVaultName", "\"" + name + "\" must be 2 to 50 letters, numbers, hyphens or underscores.");
        }
        return name;
    }

    private Optional<String> checked(String wireName, String member, Pattern pattern, String rule) {
        Optional<String> value = request.queryParam(wireName);
        if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
            throw AwsBackupErrors.invalid(member, "\"" + value.get() + "\" " + rule);
        }
        return value;
    }

    static ServiceError vaultNotFound(String name) {
        return AwsBackupErrors.notFound("Backup vault " + name + " does not exist in this region.", "BackupVaultName");
    }
}
