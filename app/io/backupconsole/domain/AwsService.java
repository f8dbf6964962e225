package io.backupconsole.domain;

/** The four AWS services Backup Console backs up into. */
public enum AwsService {
    OPSWORKS_CM("OpsWorks CM", "opsworkscm"),
    FSX("Amazon FSx", "fsx"),
    BACKUP("AWS Backup", "backup"),
    LIGHTSAIL("Amazon Lightsail", "lightsail");

    private final String displayName;
    private final String id;

    AwsService(String displayName, String id) {
        this.displayName = displayName;
        this.id = id;
    }

    public String displayName() {
        return displayName;
    }

    /** Short stable id: the sandbox's counter prefix, the CLI's {@code --service} value and the journal's key. */
    public String id() {
        return id;
    }

    public static AwsService fromId(String id) {
        for (AwsService service : values()) {
            if (service.id.equals(id)) {
                return service;
            }
        }
        throw new IllegalArgumentException(
                "Unknown service '" + id + "' (expected opsworkscm, fsx, backup or lightsail)");
    }
}
