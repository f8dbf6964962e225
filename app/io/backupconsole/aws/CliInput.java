package io.backupconsole.aws;

import io.backupconsole.domain.rules.Tag;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code backup-console backup} was given for one service, as typed: numbers stay text, so the domain rules
 * turn them into numbers with the messages the dialogs show.
 *
 * @param resourceId server name, fs-/fsvol- id, resource ARN or database name
 * @param tags       {@code --tag KEY=VALUE}, in order
 * @param options    the service flags given (flag → value), only this service's own (the others are refused first)
 */
public record CliInput(String resourceId, List<Tag> tags, Map<String, String> options) {
    public CliInput {
        Objects.requireNonNull(resourceId, "resourceId");
        tags = List.copyOf(tags);
        options = Map.copyOf(options);
    }

    /** The value of a flag, or null when it was not given. */
    public String option(String flag) {
        return options.get(flag);
    }
}
