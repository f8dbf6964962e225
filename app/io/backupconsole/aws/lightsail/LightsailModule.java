package io.backupconsole.aws.lightsail;

import io.backupconsole.aws.AdapterKey;
import io.backupconsole.aws.DeclaredModule;
import io.backupconsole.aws.DeletesBackups;
import io.backupconsole.aws.ServiceNouns;
import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupSummary;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.LightsailRules;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.lightsail.LightsailClient;

/** Amazon Lightsail: managed databases, backed up as named snapshots. */
public final class LightsailModule extends DeclaredModule<LightsailAdapter> {
    public static final AdapterKey<LightsailAdapter> ADAPTER =
            new AdapterKey<>(AwsService.LIGHTSAIL, LightsailAdapter.class);

    private static final ServiceNouns NOUNS =
            new ServiceNouns("Lightsail databases", "database", "databases", "snapshot");

    private static final Pattern RETRY_SUFFIX = Pattern.compile("^(.*)-retry-(\\d+)$");

    public LightsailModule() {
        super(
                ADAPTER,
                "LIGHTSAIL",
                NOUNS,
                clients -> new LightsailAdapter(clients.build(LightsailClient.builder(), AwsService.LIGHTSAIL)),
                LightsailJobPoller::new,
                LightsailCli::new);
    }

    /** AWS Backup's supported-services table has no Lightsail databases. */
    @Override
    public Eligibility planEligibility(Resource resource) {
        return Eligibility.refused("AWS Backup does not support Lightsail databases: use the "
                + "database's automatic snapshots in Lightsail");
    }

    @Override
    public List<BackupSummary> runningBackups(LightsailAdapter adapter, Instant now) {
        return adapter.listSnapshots().stream()
                .filter(snapshot -> snapshot.status().equalsIgnoreCase("pending"))
                .toList();
    }

    @Override
    public Optional<DeletesBackups> deleting(LightsailAdapter adapter) {
        return Optional.of(adapter);
    }

    /**
     * The failed attempt's snapshot keeps its name taken, so a retry gets the first free {@code -retry-N} suffix
     * (within Lightsail's name length).
     */
    @Override
    public String retryName(String name, Collection<String> used) {
        Matcher matcher = RETRY_SUFFIX.matcher(name);
        String base = matcher.matches() ? matcher.group(1) : name;
        for (int n = 1; ; n++) {
            String suffix = "-retry-" + n;
            String candidate =
                    base.substring(0, Math.min(base.length(), LightsailRules.MAX_NAME_LENGTH - suffix.length()))
                            + suffix;
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
    }
}
