package io.backupconsole.ui.common;

import io.backupconsole.domain.Resource;

/**
 * Opens the create-backup dialog for a resource: the "Back up…" action of every view. FX thread only.
 */
@FunctionalInterface
public interface BackUpAction {
    /**
     * @param resource    the resource to back up (preset in the dialog)
     * @param whenStarted run on the FX thread once the service accepted the backup, so the view can show it
     */
    void open(Resource resource, Runnable whenStarted);
}
