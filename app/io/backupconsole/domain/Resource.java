package io.backupconsole.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that can be backed up: an OpsWorks CM server, an FSx file system or volume, a resource protected by
 * AWS Backup, or a Lightsail database.
 *
 * @param service     the service that backs it up
 * @param id          what the service's create call takes (server name, fs-/fsvol- id, resource ARN, database name)
 * @param name        a human name (the Name tag, the server or database name)
 * @param type        kind in words, e.g. "FSx for Lustre (PERSISTENT_2)", "Chef Automate server", "EBS volume"
 * @param state       the service's own state text, e.g. HEALTHY, AVAILABLE, available
 * @param createdAt   creation time, or null when the service does not say
 * @param parentId    for ONTAP/OpenZFS volumes the file system id, otherwise null
 * @param eligibility whether "Back up…" is allowed now, and why not
 * @param attributes  key facts for the details pane, in display order
 */
public record Resource(
        AwsService service,
        String id,
        String name,
        String type,
        String state,
        Instant createdAt,
        String parentId,
        Eligibility eligibility,
        List<Attribute> attributes) {

    public Resource {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eligibility, "eligibility");
        name = name == null || name.isBlank() ? id : name;
        type = type == null ? "" : type;
        state = state == null ? "" : state;
        attributes = List.copyOf(attributes);
    }

    /** The value of the attribute with this label, or empty. */
    public Optional<String> attribute(String label) {
        return attributes.stream()
                .filter(a -> a.label().equals(label))
                .map(Attribute::value)
                .findFirst();
    }
}
