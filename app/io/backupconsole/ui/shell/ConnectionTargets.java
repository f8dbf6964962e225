package io.backupconsole.ui.shell;

import io.backupconsole.aws.AwsRegions.AwsRegion;
import io.backupconsole.aws.profiles.ProfileListing;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where the connection bar's choices come from. The app reads the real files and starts the real sandbox. */
public interface ConnectionTargets {

    /** The AWS profiles. Blocking (reads files): called on the background executor. */
    ProfileListing profiles();

    /** The regions to offer. Blocking (loads SDK metadata): called on the background executor. */
    List<AwsRegion> regions();

    /** The built-in sandbox's endpoint; the sandbox is started on first call and reused afterwards. */
    CompletableFuture<URI> sandboxEndpoint();
}
