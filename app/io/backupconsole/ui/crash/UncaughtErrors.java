package io.backupconsole.ui.crash;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's last line: every uncaught exception — on the FX thread, the background executor, any other thread — is
 * logged with its stack trace and shown in one {@link CrashDialog} at a time; the app keeps running. Called from
 * any thread; the dialog is handled on the FX thread.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final CrashViewModel model;
    private final Executor fx;
    private final Supplier<Window> owner;
    private final Consumer<String> openFolder;

    /**
     * @param fx         runs on the FX thread ({@code Platform::runLater})
     * @param owner      the main window, or null before it exists
     * @param openFolder opens a file URI in the OS (HostServices.showDocument)
     */
    public UncaughtErrors(CrashViewModel model, Executor fx, Supplier<Window> owner, Consumer<String> openFolder) {
        this.model = model;
        this.fx = fx;
        this.owner = owner;
        this.openFolder = openFolder;
    }

    /** Becomes the handler of every thread without its own, and of the calling (FX) thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception on {}", thread.getName(), error);
        String threadName = thread.getName();
        try {
            fx.execute(() -> show(error, threadName));
        } catch (RuntimeException e) {
            LOG.error("Could not show the error dialog (the FX thread is gone?)", e);
        }
    }

    private void show(Throwable error, String threadName) {
        try {
            if (model.record(error, threadName)) {
                CrashDialog.show(owner.get(), model, openFolder);
            }
        } catch (RuntimeException | Error e) {
            // Never report a failure of the report through itself: that could loop.
            LOG.error("Could not show the error dialog", e);
            model.closed();
        }
    }
}
