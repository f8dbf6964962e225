package io.backupconsole.ui.awsbackup;

import static io.backupconsole.ui.awsbackup.AwsBackupDialogViewModel.COMPLETE_WINDOW;
import static io.backupconsole.ui.awsbackup.AwsBackupDialogViewModel.RESOURCE_ARN;
import static io.backupconsole.ui.awsbackup.AwsBackupDialogViewModel.ROLE;
import static io.backupconsole.ui.awsbackup.AwsBackupDialogViewModel.START_WINDOW;
import static io.backupconsole.ui.awsbackup.AwsBackupDialogViewModel.VAULT;
import static io.backupconsole.ui.awsbackup.AwsBackupDialogViewModel.WINDOWS_VSS;

import io.backupconsole.domain.ServiceFailure;
import java.util.List;
import java.util.Locale;

/**
 * Which field of the AWS Backup dialog a StartBackupJob error is about. AWS Backup names the member in its errors'
 * {@code Context}; "BackupOptions" and "Lifecycle" as a whole go to the field that sets them. Without a Context
 * (not every AWS error has one) the message is searched for a member name, then for "role" or "vault", the two
 * things AWS most often refuses by name. Pure.
 */
final class ServiceErrorFields {
    /** The fields the form shows, in form order: where a service error may land. */
    static final List<String> FIELDS = List.of(
            RESOURCE_ARN,
            VAULT,
            ROLE,
            START_WINDOW,
            COMPLETE_WINDOW,
            LifecycleFields.COLD_STORAGE,
            LifecycleFields.DELETE,
            WINDOWS_VSS);

    private ServiceErrorFields() {}

    /** The field for the error, or empty when it concerns none (it is then shown as a general message). */
    static String fieldOf(ServiceFailure failure) {
        return switch (failure.field()) {
            case "BackupOptions" -> WINDOWS_VSS;
            case "Lifecycle" -> LifecycleFields.DELETE;
            case "" -> namedIn(failure.getMessage());
            default -> failure.field();
        };
    }

    private static String namedIn(String message) {
        String text = message == null ? "" : message;
        for (String member : FIELDS) {
            if (text.contains(member)) {
                return member;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("role") ? ROLE : lower.contains("vault") ? VAULT : "";
    }
}
