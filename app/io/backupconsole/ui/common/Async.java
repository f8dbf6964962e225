package io.backupconsole.ui.common;

import io.backupconsole.concurrent.Unhandled;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs blocking work on the background executor and hands the result or the failure to the UI executor
 * ({@code Platform::runLater} in the app, {@code Runnable::run} in view-model tests). View models use this instead
 * of touching threads, so they stay testable without an FX thread and without sleeps.
 */
public final class Async {
    private final Executor background;
    private final Executor ui;

    public Async(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** A synchronous twin for tests: work and callbacks run on the calling thread. */
    public static Async synchronous() {
        return new Async(Runnable::run, Runnable::run);
    }

    /**
     * Runs {@code work} in the background; then, on the UI executor, {@code onSuccess} with its result or
     * {@code onFailure} with what it threw (unwrapped from CompletionException).
     */
    public <T> CompletableFuture<Void> run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return CompletableFuture.supplyAsync(work, background)
                .handleAsync(
                        (result, failure) -> {
                            try {
                                if (failure != null) {
                                    onFailure.accept(unwrap(failure));
                                } else {
                                    onSuccess.accept(result);
                                }
                            } catch (RuntimeException callbackFailed) {
                                // A bug in the callback: reported (dialog, log), not buried in a future nobody reads.
                                Unhandled.report(callbackFailed);
                                throw callbackFailed;
                            }
                            return null;
                        },
                        ui);
    }

    /** Runs a callback on the UI executor. */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
