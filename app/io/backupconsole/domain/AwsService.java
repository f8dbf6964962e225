package io.backupconsole.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An AWS service Backup Console backs up into: a stable id and the name users read, equal by id. Which services the
 * app has, and what each one does, is the service registry's ({@code aws/ServiceRegistry}); nothing chooses
 * behaviour by comparing a service to one of the constants below. Immutable and thread-safe.
 */
public final class AwsService {
    /** First: the constants below are checked against it as they are made. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    public static final AwsService OPSWORKS_CM = new AwsService("opsworkscm", "OpsWorks CM");
    public static final AwsService FSX = new AwsService("fsx", "Amazon FSx");
    public static final AwsService BACKUP = new AwsService("backup", "AWS Backup");
    public static final AwsService LIGHTSAIL = new AwsService("lightsail", "Amazon Lightsail");

    /** Journals and caches written while the service was an enum hold its constant's name: read them as the id. */
    private static final Map<String, AwsService> BEFORE_IDS =
            Map.of("OPSWORKS_CM", OPSWORKS_CM, "FSX", FSX, "BACKUP", BACKUP, "LIGHTSAIL", LIGHTSAIL);

    private final String id;
    private final String displayName;

    /**
     * @param id          short stable id: the sandbox's counter prefix, the CLI's {@code --service} value and what
     *                    the journal stores (lower case letters, digits and dashes)
     * @param displayName the name users read, e.g. "Amazon FSx"
     */
    public AwsService(String id, String displayName) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A service id is lower case letters, digits and dashes: " + id);
        }
        this.id = id;
        this.displayName = displayName;
    }

    /**
     * The service a journal or cache file names. The four built-in services come back as their constants; another
     * id comes back as a service equal to the registered one (its display name is the registry's to tell).
     */
    @JsonCreator
    public static AwsService stored(String text) {
        AwsService before = BEFORE_IDS.get(text);
        if (before != null) {
            return before;
        }
        for (AwsService builtIn : BEFORE_IDS.values()) {
            if (builtIn.id.equals(text)) {
                return builtIn;
            }
        }
        return new AwsService(text, text);
    }

    /** Short stable id: the sandbox's counter prefix, the CLI's {@code --service} value and the journal's key. */
    @JsonValue
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AwsService service && service.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
