package io.backupconsole.sandbox.opsworkscm;

import io.backupconsole.sandbox.SimulationContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpsWorks CM servers and backups of one region. Not thread-safe: only used under the simulator's lock.
 */
final class OpsWorksCmRegion {
    /** Backup ids are {@code ServerName-yyyyMMddHHmmssSSS} in UTC (DeleteBackup documentation). */
    private static final DateTimeFormatter BACKUP_ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    /** Newest first, as DescribeBackups orders them; ids break ties so the order is total. */
    private static final Comparator<OpsWorksCmBackup> NEWEST_FIRST = Comparator.comparing(OpsWorksCmBackup::createdAt)
            .thenComparing(OpsWorksCmBackup::id)
            .reversed();

    private final String region;
    private final Map<String, OpsWorksCmServer> servers = new LinkedHashMap<>();
    private final Map<String, OpsWorksCmBackup> backups = new LinkedHashMap<>();

    OpsWorksCmRegion(String region) {
        this.region = region;
    }

    String region() {
        return region;
    }

    void addServer(OpsWorksCmServer server) {
        servers.put(server.name(), server);
    }

    void addBackup(OpsWorksCmBackup backup) {
        backups.put(backup.id(), backup);
    }

    /** Forgets backups whose deletion has finished. Called at the start of every operation. */
    void sweep(Instant now) {
        backups.values().removeIf(backup -> backup.gone(now));
    }

    List<OpsWorksCmServer> servers() {
        return List.copyOf(servers.values());
    }

    Optional<OpsWorksCmServer> server(String name) {
        return Optional.ofNullable(servers.get(name));
    }

    Optional<OpsWorksCmBackup> backup(String id) {
        return Optional.ofNullable(backups.get(id));
    }

    /** Every backup, newest first. */
    List<OpsWorksCmBackup> backupsNewestFirst() {
        List<OpsWorksCmBackup> all = new ArrayList<>(backups.values());
        all.sort(NEWEST_FIRST);
        return all;
    }

    /** The server's live status: BACKING_UP while one of its backups runs, otherwise its own status. */
    String status(OpsWorksCmServer server, Instant now) {
        boolean backingUp = backups.values().stream()
                .anyMatch(b ->
                        b.serverName().equals(server.name()) && b.status(now).equals("IN_PROGRESS"));
        return backingUp ? "BACKING_UP" : server.baseStatus();
    }

    /** MANUAL backups of the server that count against the limit (those being deleted no longer do). */
    int manualBackupCount(String serverName, Instant now) {
        return (int) backups.values().stream()
                .filter(b -> b.serverName().equals(serverName) && b.type() == OpsWorksCmBackup.Type.MANUAL)
                .filter(b -> !b.status(now).equals("DELETING"))
                .count();
    }

    /**
     * A new {@code ServerName-yyyyMMddHHmmssSSS} id for a backup started at {@code startedAt}. When that id is
     * taken (two backups in one millisecond), the id's time moves on by a millisecond until it is free, so ids
     * stay unique and keep their documented form.
     */
    String newBackupId(String serverName, Instant startedAt) {
        Instant stamp = startedAt;
        String id = backupId(serverName, stamp);
        while (backups.containsKey(id)) {
            stamp = stamp.plusMillis(1);
            id = backupId(serverName, stamp);
        }
        return id;
    }

    static String backupId(String serverName, Instant at) {
        return serverName + "-" + BACKUP_ID_TIME.format(at);
    }

    String backupArn(String backupId) {
        return "arn:aws:opsworks-cm:" + region + ":" + SimulationContext.ACCOUNT_ID + ":backup/" + backupId;
    }

    /** Where OpsWorks CM writes a backup's log (the service's per-region default backup bucket). */
    String s3LogUrl(OpsWorksCmBackup backup) {
        return "https://s3.amazonaws.com/opsworks-cm-" + region + "-prod-default-backups/" + backup.serverName() + "/"
                + backup.id() + "/backup.log";
    }
}
