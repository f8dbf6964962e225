package io.backupconsole.sandbox.fsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.rules.FsxRules;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Pages;
import io.backupconsole.sandbox.support.ValidationErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** Reads and checks the FSx request members shared by several operations: id lists, filters, paging and tags. */
final class FsxInput {
    /** The service's own page maximum: every FSx list output shape has max 50. */
    static final int PAGE_MAX = 50;
    /** Model: {@code FileSystemIds}, {@code VolumeIds}, {@code BackupIds} lists have max 50. */
    static final int ID_LIST_MAX = 50;
    /** Model {@code FilterValues} / {@code VolumeFilterValues}: max 20. */
    static final int FILTER_VALUES_MAX = 20;

    /** A filter as given: one name, several values that are alternatives. */
    record Filter(String name, List<String> values) {
        boolean matches(String actual) {
            return actual != null && values.contains(actual);
        }
    }

    private FsxInput() {}

    static Fields fields(ObjectNode body) {
        return new Fields(body, FsxErrors.VALIDATION);
    }

    /** An id list (max 50), each id checked with {@code check(id, field)}. */
    static Optional<List<String>> ids(Fields fields, String member, BiFunction<String, String, List<Violation>> check) {
        Optional<List<String>> ids = fields.strings(member);
        ids.ifPresent(list -> {
            if (list.size() > ID_LIST_MAX) {
                throw FsxErrors.badRequest(
                        member + ": at most " + ID_LIST_MAX + " ids are allowed (there are " + list.size() + ").");
            }
            for (int i = 0; i < list.size(); i++) {
                FsxErrors.require(check.apply(list.get(i), member + "[" + i + "]"));
            }
        });
        return ids;
    }

    /** Model {@code MaxResults}: integer 1..2147483647, bounded by the service's page maximum. */
    static int pageSize(Fields fields) {
        Optional<Long> max = fields.number("MaxResults");
        if (max.isPresent() && (max.get() < 1 || max.get() > Integer.MAX_VALUE)) {
            throw FsxErrors.badRequest(
                    "MaxResults: must be between 1 and " + Integer.MAX_VALUE + " (it is " + max.get() + ").");
        }
        return Pages.size(max, PAGE_MAX);
    }

    /** Model {@code NextToken}: 1..255 characters of base64; a token the sandbox did not issue fails in Pages. */
    static Optional<String> nextToken(Fields fields) {
        Optional<String> token = fields.string("NextToken");
        token.ifPresent(t -> {
            if (t.isEmpty()
                    || t.length() > FsxRules.NEXT_TOKEN_MAX
                    || !FsxRules.NEXT_TOKEN.matcher(t).matches()) {
                throw FsxErrors.VALIDATION.invalidToken();
            }
        });
        return token;
    }

    /** A filter list (at most {@code maxFilters}) whose names must be among {@code names}. */
    static List<Filter> filters(Fields fields, String member, int maxFilters, Set<String> names) {
        Optional<ArrayNode> array = fields.array(member);
        if (array.isEmpty()) {
            return List.of();
        }
        if (array.get().size() > maxFilters) {
            throw FsxErrors.badRequest(member + ": at most " + maxFilters + " filters are allowed.");
        }
        List<Filter> filters = new ArrayList<>();
        for (int i = 0; i < array.get().size(); i++) {
            String field = member + "[" + i + "]";
            Fields filter = structure(array.get().get(i), field);
            String name = filter.string("Name").orElseThrow(() -> FsxErrors.badRequest(field + ".Name is required."));
            if (!names.contains(name)) {
                throw FsxErrors.badRequest(field + ".Name: '" + name + "' is not supported here; use one of "
                        + String.join(", ", names.stream().sorted().toList()) + ".");
            }
            List<String> values = filter.strings("Values").orElse(List.of());
            if (values.isEmpty() || values.size() > FILTER_VALUES_MAX) {
                throw FsxErrors.badRequest(field + ".Values: give 1 to " + FILTER_VALUES_MAX + " values.");
            }
            for (String value : values) {
                if (!FsxRules.FILTER_VALUE.matcher(value).matches()) {
                    throw FsxErrors.badRequest(
                            field + ".Values: '" + value + "' must be 1 to 128 letters, digits or * . \\ / ? - _");
                }
            }
            filters.add(new Filter(name, values));
        }
        return filters;
    }

    /** The {@code Tags} member when present: each tag needs Key and Value; the list rules are FsxRules'. */
    static Optional<List<Tag>> tags(Fields fields) {
        Optional<ArrayNode> array = fields.array("Tags");
        if (array.isEmpty()) {
            return Optional.empty();
        }
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < array.get().size(); i++) {
            String field = "Tags[" + i + "]";
            Fields tag = structure(array.get().get(i), field);
            String key = tag.string("Key").orElseThrow(() -> FsxErrors.badRequest(field + ".Key is required."));
            String value = tag.string("Value").orElseThrow(() -> FsxErrors.badRequest(field + ".Value is required."));
            tags.add(new Tag(key, value));
        }
        FsxErrors.require(FsxRules.checkTags(tags));
        return Optional.of(List.copyOf(tags));
    }

    private static Fields structure(JsonNode node, String field) {
        if (!node.isObject()) {
            throw ValidationErrors.wrongType(field, "a structure");
        }
        return new Fields((ObjectNode) node, FsxErrors.VALIDATION);
    }
}
