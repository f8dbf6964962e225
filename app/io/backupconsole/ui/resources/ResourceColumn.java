package io.backupconsole.ui.resources;

import io.backupconsole.domain.Resource;
import java.time.Instant;
import java.util.function.Function;
import javafx.scene.control.TableColumn;

/**
 * One column of a service's resource table: its header, its widths and what kind of value it shows (plain text, a
 * state badge, whether the resource can be backed up, a time, a size). The kind decides the cell: a time reads
 * "3 h ago" and sorts by the instant, a size reads "1.5 TiB" and sorts by bytes. Immutable.
 */
public final class ResourceColumn {
    private final String header;
    private final double prefWidth;
    private final double minWidth;
    private final Function<ResourceTableBinder, TableColumn<Resource, ?>> binding;

    private ResourceColumn(
            String header,
            double prefWidth,
            double minWidth,
            Function<ResourceTableBinder, TableColumn<Resource, ?>> binding) {
        this.header = header;
        this.prefWidth = prefWidth;
        this.minWidth = minWidth;
        this.binding = binding;
    }

    /** Text; the whole text shows on hover, since narrow columns cut long ids and types short. */
    public static ResourceColumn text(String header, Function<Resource, String> value) {
        return new ResourceColumn(header, 120, 0, binder -> {
            TableColumn<Resource, String> column = new TableColumn<>(header);
            binder.text(column, value);
            return column;
        });
    }

    /** The resource's state as a badge whose tone says whether it is usable. */
    public static ResourceColumn state(String header) {
        return new ResourceColumn(header, 120, 110, binder -> {
            TableColumn<Resource, String> column = new TableColumn<>(header);
            binder.state(column);
            return column;
        });
    }

    /** "Ready", or why the resource cannot be backed up now. */
    public static ResourceColumn backUp(String header) {
        return new ResourceColumn(header, 200, 80, binder -> {
            TableColumn<Resource, String> column = new TableColumn<>(header);
            binder.backUp(column);
            return column;
        });
    }

    /** When the resource was made. */
    public static ResourceColumn created(String header) {
        return time(header, Resource::createdAt);
    }

    /** A time: human form, exact on hover, sorted by the time itself; "—" when the service did not say. */
    public static ResourceColumn time(String header, Function<Resource, Instant> value) {
        return new ResourceColumn(header, 100, 70, binder -> {
            TableColumn<Resource, Instant> column = new TableColumn<>(header);
            binder.time(column, value);
            return column;
        });
    }

    /** A size in bytes: human form, exact on hover, sorted by the number (unknown sizes last). */
    public static ResourceColumn size(String header, Function<Resource, Long> bytes) {
        return new ResourceColumn(header, 85, 65, binder -> {
            TableColumn<Resource, Long> column = new TableColumn<>(header);
            binder.size(column, bytes);
            return column;
        });
    }

    /** The same column with other widths (in pixels at the default font; 0 leaves the minimum to JavaFX). */
    public ResourceColumn width(double prefWidth, double minWidth) {
        return new ResourceColumn(header, prefWidth, minWidth, binding);
    }

    public String header() {
        return header;
    }

    /** Makes the column and binds its cells through {@code binder}. FX thread only. */
    TableColumn<Resource, ?> create(ResourceTableBinder binder) {
        TableColumn<Resource, ?> column = binding.apply(binder);
        column.setPrefWidth(prefWidth);
        if (minWidth > 0) {
            column.setMinWidth(minWidth);
        }
        return column;
    }
}
