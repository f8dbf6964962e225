package io.backupconsole.ui.awsbackup;

import io.backupconsole.domain.AwsService;
import io.backupconsole.ui.common.ViewContext;
import io.backupconsole.ui.resources.ResourceListViewModel;

/**
 * AWS Backup: protected resources (the shared resource table), vaults with their recovery points, and recent jobs.
 * Only the tab in front refreshes. FX thread only.
 */
public final class AwsBackupViewModel {
    /** The tabs, in order. */
    public enum Tab {
        RESOURCES,
        VAULTS,
        JOBS
    }

    private final ResourceListViewModel resources;
    private final VaultsViewModel vaults;
    private final JobsViewModel jobs;
    private boolean showing;
    private Tab current = Tab.RESOURCES;

    public AwsBackupViewModel(ViewContext context) {
        this.resources = new ResourceListViewModel(AwsService.BACKUP, context);
        this.vaults = new VaultsViewModel(context);
        this.jobs = new JobsViewModel(context);
    }

    // Properties

    public ResourceListViewModel resources() {
        return resources;
    }

    public VaultsViewModel vaults() {
        return vaults;
    }

    public JobsViewModel jobs() {
        return jobs;
    }

    // Commands

    public void setShowing(boolean nowShowing) {
        showing = nowShowing;
        apply();
    }

    public void selectTab(Tab tab) {
        current = tab;
        apply();
    }

    public void refresh() {
        switch (current) {
            case RESOURCES -> resources.refresh();
            case VAULTS -> vaults.refresh();
            case JOBS -> jobs.refresh();
        }
    }

    private void apply() {
        resources.setShowing(showing && current == Tab.RESOURCES);
        vaults.setShowing(showing && current == Tab.VAULTS);
        jobs.setShowing(showing && current == Tab.JOBS);
    }
}
