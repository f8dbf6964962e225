package io.backupconsole.ui.common;

import io.backupconsole.domain.Resource;
import java.util.List;

/**
 * Opens the create-backup dialog for one resource or several: the "Back up…" actions of every view. FX thread only.
 */
public interface BackUpAction {
    /**
     * @param resource    the resource to back up (preset in the dialog)
     * @param whenStarted run on the FX thread once the service accepted the backup, so the view can show it
     */
    void open(Resource resource, Runnable whenStarted);

    /**
     * Opens one dialog for several resources of one service: shared input, one backup per resource.
     *
     * @param resources   the resources to back up, each of which could be backed up when selected
     * @param whenStarted run on the FX thread once the dialog has started its backups
     */
    void openBulk(List<Resource> resources, Runnable whenStarted);

    /**
     * "Add to a backup plan…": schedules the resource's backups through an AWS Backup plan. Does nothing where no
     * plan dialog exists (tests that need none).
     */
    default void openPlan(Resource resource) {}
}
