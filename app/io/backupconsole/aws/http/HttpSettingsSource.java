package io.backupconsole.aws.http;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The {@link HttpSettings} that SDK clients built from now on use: one per composition root (the window's start-up,
 * the headless commands), handed to its client factory, never reached globally. File ▸ Network proxy replaces them;
 * clients already built keep theirs.
 *
 * <p>A start on the built-in sandbox needs neither proxy nor CA bundle (the sandbox is never proxied and speaks plain
 * HTTP), and an {@code AWS_CA_BUNDLE} of the system's ~150 CAs costs about a second of CPU to parse: on two cores, a
 * second taken from the window. So the settings can be {@link #resolvedOnFirstUse resolved on first use}: the first
 * {@link #current()} runs the resolution and later callers wait for it. Thread-safe; {@link #current()} may block,
 * never call it on the FX thread (clients are built on background threads).
 */
public final class HttpSettingsSource {
    private final Object resolving = new Object();
    private volatile CompletableFuture<HttpSettings> settings;
    private volatile Supplier<HttpSettings> pending;

    private HttpSettingsSource(CompletableFuture<HttpSettings> settings, Supplier<HttpSettings> pending) {
        this.settings = settings;
        this.pending = pending;
    }

    /** Settings known now (the headless commands resolve them before anything else). */
    public static HttpSettingsSource of(HttpSettings settings) {
        return new HttpSettingsSource(CompletableFuture.completedFuture(settings), null);
    }

    /** Settings resolved by {@code resolver} at the first {@link #current()} call, and not before. */
    public static HttpSettingsSource resolvedOnFirstUse(Supplier<HttpSettings> resolver) {
        return new HttpSettingsSource(new CompletableFuture<>(), resolver);
    }

    /**
     * The settings for a client built now. While the resolution is pending, the first caller runs it and later ones
     * wait for it: blocking, never on the FX thread.
     */
    public HttpSettings current() {
        Supplier<HttpSettings> resolver = pending;
        if (resolver != null) {
            synchronized (resolving) {
                if (pending == resolver) {
                    settings.complete(resolver.get());
                    pending = null;
                }
            }
        }
        return settings.join();
    }

    /** Replaces the settings for clients built from now on; clients already built keep theirs. */
    public void use(HttpSettings replacement) {
        synchronized (resolving) {
            CompletableFuture<HttpSettings> before = settings;
            pending = null;
            settings = CompletableFuture.completedFuture(replacement);
            before.complete(replacement); // whoever waits for a resolution that will not run now gets these
        }
    }

    /** Completes once the settings are resolved (at once, unless a resolution is pending); never resolves them itself. */
    public CompletableFuture<HttpSettings> whenResolved() {
        return settings.copy();
    }
}
