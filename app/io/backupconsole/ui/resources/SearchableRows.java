package io.backupconsole.ui.resources;

import io.backupconsole.domain.Resource;
import io.backupconsole.ui.common.Formats;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A listing together with the lower-cased text a filter keystroke searches in each row. Built on the background
 * executor when a listing arrives, so the FX thread only swaps the rows in: on 10,000 rows, building the texts is
 * tens of milliseconds the window would otherwise stall for. Immutable; safe to hand between threads.
 */
record SearchableRows(List<Resource> rows, Map<Resource, String> texts) {
    static final SearchableRows NONE = new SearchableRows(List.of(), Map.of());

    /**
     * The same rows as {@code shown} when the listing has not changed (equal resources in the same order), so the
     * FX thread can tell an unchanged refresh by identity and leave the table alone; else {@link #of(List)}.
     * Blocking in proportion to the rows: call off the FX thread.
     */
    static SearchableRows of(List<Resource> resources, SearchableRows shown) {
        return !shown.rows.isEmpty() && shown.rows.equals(resources) ? shown : of(resources);
    }

    /** Blocking in proportion to the rows: call off the FX thread. */
    static SearchableRows of(List<Resource> resources) {
        Map<Resource, String> texts = new IdentityHashMap<>(resources.size() * 2);
        for (Resource resource : resources) {
            texts.put(resource, searchText(resource));
        }
        return new SearchableRows(List.copyOf(resources), Collections.unmodifiableMap(texts));
    }

    /** Whether a row contains an already lower-cased needle in anything it can show. */
    boolean matches(Resource resource, String needle) {
        return texts.getOrDefault(resource, "").contains(needle);
    }

    /**
     * Everything a row can show: id, name, type, state, the back-up reason and every attribute. A superset of the
     * visible columns, so whatever the user sees in a row, typing it finds the row. Lower-cased once per load, so a
     * keystroke over 10,000 rows is a substring test per row.
     */
    static String searchText(Resource resource) {
        StringBuilder text = new StringBuilder(256)
                .append(resource.id())
                .append('\n')
                .append(resource.name())
                .append('\n')
                .append(resource.type())
                .append('\n')
                .append(Formats.state(resource.state()))
                .append('\n')
                .append(resource.eligibility().reason());
        resource.attributes().forEach(a -> text.append('\n').append(a.value()));
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
