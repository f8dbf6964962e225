package io.backupconsole.domain.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupSummary;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackupDeletionTest {
    private static BackupSummary backup(BackupOrigin origin, String status) {
        return new BackupSummary(
                AwsService.FSX,
                "backup-0123456789abcdef0",
                "fs-0123456789abcdef0",
                "nightly",
                origin,
                status,
                Instant.EPOCH,
                null,
                null,
                "");
    }

    @Test
    void finishedManualBackupsCanBeDeleted() {
        assertTrue(BackupDeletion.eligibility(backup(BackupOrigin.MANUAL, "AVAILABLE"))
                .allowed());
        assertTrue(BackupDeletion.eligibility(backup(BackupOrigin.MANUAL, "OK")).allowed());
        assertTrue(BackupDeletion.eligibility(backup(BackupOrigin.MANUAL, "FAILED"))
                .allowed());
        assertTrue(BackupDeletion.eligibility(backup(BackupOrigin.MANUAL, "available"))
                .allowed());
    }

    @Test
    void everyRefusalSaysWhy() {
        assertTrue(BackupDeletion.eligibility(backup(BackupOrigin.AUTOMATED, "AVAILABLE"))
                .reason()
                .contains("retention"));
        assertTrue(BackupDeletion.eligibility(backup(BackupOrigin.AWS_BACKUP, "AVAILABLE"))
                .reason()
                .contains("AWS Backup"));
        assertTrue(BackupDeletion.eligibility(backup(BackupOrigin.MANUAL, "CREATING"))
                .reason()
                .contains("Still being created"));
        assertTrue(BackupDeletion.eligibility(backup(BackupOrigin.MANUAL, "pending"))
                .reason()
                .contains("Still being created"));
        assertTrue(BackupDeletion.eligibility(backup(BackupOrigin.MANUAL, "IN_PROGRESS"))
                .reason()
                .contains("Still being created"));
        assertFalse(BackupDeletion.eligibility(backup(BackupOrigin.MANUAL, "DELETING"))
                .allowed());
    }
}
