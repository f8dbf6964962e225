package io.backupconsole.ui.common;

import io.backupconsole.concurrent.Unhandled;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs blocking work on the background executor and hands the result or the failure to the UI executor
 * ({@code Platform::runLater} in the app, the test's own thread in view-model tests). View models use this instead
 * of touching threads, so they stay testable without an FX thread and without sleeps. Every callback runs on the UI
 * thread, whichever thread asked for it; {@link #checkUiThread()} lets a view model assert that before it changes
 * its lists (a JavaFX list changed from two threads at once corrupts itself).
 */
public final class Async {
    private final Executor background;
    private final Executor ui;
    private final BooleanSupplier onUiThread;

    /** Callbacks go to {@code ui}, which runs them on the JavaFX Application Thread (Platform::runLater). */
    public Async(Executor background, Executor ui) {
        this(background, ui, Platform::isFxApplicationThread);
    }

    /** @param onUiThread whether the calling thread is the one {@code ui} runs callbacks on */
    public Async(Executor background, Executor ui, BooleanSupplier onUiThread) {
        this.background = background;
        this.ui = ui;
        this.onUiThread = onUiThread;
    }

    /**
     * A synchronous twin for tests: work runs on the calling thread, and so do the callbacks. The UI thread is the
     * thread that made it: a callback asked for from another thread (a pool the work fans out to) waits in a queue
     * until that thread runs its next callback, as {@code Platform::runLater} would queue it for the FX thread.
     */
    public static Async synchronous() {
        Confined ui = new Confined(Thread.currentThread());
        return new Async(Runnable::run, ui, ui::isOwner);
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

    /** Runs a callback on the UI executor; any thread. */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    /** Throws when called off the UI thread: for view models to state, where they change lists, that they are on it. */
    public void checkUiThread() {
        if (!onUiThread.getAsBoolean()) {
            throw new IllegalStateException("UI state changed off the UI thread, on "
                    + Thread.currentThread().getName());
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The synchronous twin's UI executor: runs a task at once on its owner thread; a task from any other thread is
     * queued and run, in order, before the owner's next task. Thread-safe.
     */
    private static final class Confined implements Executor {
        private final Thread owner;
        private final Queue<Runnable> queued = new ConcurrentLinkedQueue<>();

        Confined(Thread owner) {
            this.owner = owner;
        }

        boolean isOwner() {
            return Thread.currentThread() == owner;
        }

        @Override
        public void execute(Runnable task) {
            if (!isOwner()) {
                queued.add(task);
                return;
            }
            for (Runnable earlier = queued.poll(); earlier != null; earlier = queued.poll()) {
                earlier.run();
            }
            task.run();
        }
    }
}
