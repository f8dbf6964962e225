package io.backupconsole.aws.awsbackup;

import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.awsbackup.ResourceArns;
import io.backupconsole.domain.rules.AwsBackupRules;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.backup.model.ProtectedResource;

/**
 * What the helper calls of a listing said about the region, to decide "Back up…" for each protected resource. A
 * fact that is not known (its call failed, or the answer left the resource's type or its entry out) is not held
 * against the resource: the service decides when the backup is sent. Immutable.
 *
 * @param supportedTypes the region's supported resource types, or empty when unknown
 * @param optIn          the region's opt-in by resource type (a type missing from it is unknown)
 * @param busy           resources with a running job
 */
record ResourceFacts(Optional<Set<String>> supportedTypes, Map<String, Boolean> optIn, Set<String> busy) {

    Eligibility eligibility(ProtectedResource resource) {
        Optional<String> type = Optional.ofNullable(resource.resourceType())
                .or(() -> Optional.ofNullable(resource.resourceArn()).flatMap(ResourceArns::resourceType));
        boolean supported = type.isEmpty()
                || supportedTypes.isEmpty()
                || supportedTypes.get().contains(type.get());
        boolean optedIn = type.map(optIn::get).map(Boolean::booleanValue).orElse(true);
        return AwsBackupRules.eligibility(type.orElse(null), supported, optedIn, busy.contains(resource.resourceArn()));
    }
}
