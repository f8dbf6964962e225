package io.backupconsole.cli;

import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.rules.Tag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code backup-console backup}, as typed. Numbers stay text here: the domain rules turn them into
 * numbers with the same messages the dialogs show ({@link io.backupconsole.domain.rules.NumberInput}).
 *
 * @param service        which service (required)
 * @param resourceId     server name, fs-/fsvol- id, resource ARN or database name (required)
 * @param tags           {@code --tag KEY=VALUE}, in order
 * @param serviceOptions the services' own flags given (flag → value), in command-line order: those of the chosen
 *                       service, and perhaps another's, which {@link BackupRequests} refuses
 * @param await          {@code --wait}: follow the backup to its end
 */
public record BackupArgs(
        AwsService service, String resourceId, List<Tag> tags, Map<String, String> serviceOptions, boolean await) {

    public BackupArgs {
        tags = List.copyOf(tags);
        serviceOptions = Collections.unmodifiableMap(new LinkedHashMap<>(serviceOptions));
    }

    /** A service flag's value, or null when it was not given. */
    public String option(String flag) {
        return serviceOptions.get(flag);
    }

    /** Collects the options one by one while {@link Options#parse} walks the command line. */
    static final class Builder {
        private final ServiceRegistry services;
        private String serviceId;
        private String resourceId;
        private final List<Tag> tags = new ArrayList<>();
        private final Map<String, String> serviceOptions = new LinkedHashMap<>();
        private boolean await;

        /** @param services the services whose flags exist */
        Builder(ServiceRegistry services) {
            this.services = services;
        }

        /** Takes {@code option} (and its value from {@code value}) if it is a backup option; false otherwise. */
        boolean accept(String option, ValueSource value) throws Options.UsageException {
            switch (option) {
                case "--service" -> serviceId = value.next(option);
                case "--resource" -> resourceId = value.next(option);
                case "--tag" -> tags.add(tag(value.repeatable(option)));
                case "--wait" -> await = true;
                default -> {
                    if (!services.hasCliFlag(option)) {
                        return false;
                    }
                    serviceOptions.put(option, value.next(option));
                }
            }
            return true;
        }

        BackupArgs build() throws Options.UsageException {
            if (serviceId == null) {
                throw new Options.UsageException("backup needs --service (" + services.idsInWords() + ")");
            }
            AwsService service = services.byId(serviceId)
                    .orElseThrow(() -> new Options.UsageException(
                            "--service: Unknown service '" + serviceId + "' (expected " + services.idsInWords() + ")"));
            if (resourceId == null || resourceId.isBlank()) {
                throw new Options.UsageException("backup needs --resource");
            }
            return new BackupArgs(service, resourceId.strip(), tags, serviceOptions, await);
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
