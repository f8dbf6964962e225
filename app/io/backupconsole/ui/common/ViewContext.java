package io.backupconsole.ui.common;

import io.backupconsole.storage.ResourceCache;
import java.time.Clock;

/**
 * What every service view model needs from the app, bundled so that adding a service does not mean threading six
 * parameters through the composition root.
 *
 * @param connection   the current connection's adapters
 * @param async        background work with results on the FX thread
 * @param ticker       automatic refresh while a view is shown
 * @param clock        "now" for human times
 * @param dialogs      confirmations and notices
 * @param backUpAction opens the create-backup dialog for a resource
 * @param lastKnown    the last listing of each view, shown in the first frame until fresh data arrives
 */
public record ViewContext(
        ConnectionContext connection,
        Async async,
        Ticker ticker,
        Clock clock,
        DialogService dialogs,
        BackUpAction backUpAction,
        ResourceCache lastKnown) {}
