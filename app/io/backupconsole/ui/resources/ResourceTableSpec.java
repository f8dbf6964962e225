package io.backupconsole.ui.resources;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.Resource;
import java.util.Comparator;
import java.util.List;

/**
 * What one service's resource table shows: everything that differs between the services' views, so that one view
 * ({@link ResourceTableView}) serves them all. Immutable.
 *
 * @param service        whose resources the table lists
 * @param title          the page title, e.g. "FSx file systems and volumes"
 * @param subject        what the rows are, for the filter's and the table's accessible texts ("file systems and
 *                       volumes")
 * @param filterPrompt   the filter box's prompt: which fields it searches
 * @param columns        the columns, in order: the ones that decide what to do first
 * @param defaultOrder   the row order while no column is sorted; null keeps the service's listing order
 * @param fitColumns     true when the columns share the table's width (few columns); false when the table scrolls
 *                       sideways and its header menu hides columns (more than fit beside the details pane)
 * @param detailsDivider where the divider between the table and the details pane starts, 0–1
 */
public record ResourceTableSpec(
        AwsService service,
        String title,
        String subject,
        String filterPrompt,
        List<ResourceColumn> columns,
        Comparator<Resource> defaultOrder,
        boolean fitColumns,
        double detailsDivider) {

    private static final double DEFAULT_DIVIDER = 0.62;

    public ResourceTableSpec {
        columns = List.copyOf(columns);
    }

    /** A table in the listing's order, scrolling sideways, with the details pane at its usual place. */
    public static ResourceTableSpec of(
            AwsService service, String title, String subject, String filterPrompt, ResourceColumn... columns) {
        return new ResourceTableSpec(
                service, title, subject, filterPrompt, List.of(columns), null, false, DEFAULT_DIVIDER);
    }

    public ResourceTableSpec orderedBy(Comparator<Resource> order) {
        return new ResourceTableSpec(service, title, subject, filterPrompt, columns, order, fitColumns, detailsDivider);
    }

    /** The columns share the table's width instead of scrolling sideways. */
    public ResourceTableSpec fittingColumns() {
        return new ResourceTableSpec(
                service, title, subject, filterPrompt, columns, defaultOrder, true, detailsDivider);
    }

    public ResourceTableSpec withDetailsDivider(double position) {
        return new ResourceTableSpec(
                service, title, subject, filterPrompt, columns, defaultOrder, fitColumns, position);
    }
}
