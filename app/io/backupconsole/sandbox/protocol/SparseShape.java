package io.backupconsole.sandbox.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which members of an operation's answer survive the {@code sparseResponses} setting, the way an endpoint that
 * implements less than AWS answers: each item's identifier, the members the service model marks required, and what
 * holds the items together (their list, the page token). Every other member is dropped. A shape names the members
 * it keeps; a kept member is either taken whole (a scalar, a list of strings) or cut by a nested shape, which
 * applies to a structure and to each element of a list alike. Immutable and thread-safe.
 */
public final class SparseShape {
    /** The answer as the simulator made it: for services outside the sparse setting (sign-in, STS). */
    public static final SparseShape WHOLE = new SparseShape(null);

    /** Nothing survives: an answer whose members are all optional and none is an identifier. */
    public static final SparseShape NOTHING = new SparseShape(Map.of());

    /** Null for {@link #WHOLE}; otherwise each kept member with how it is cut ({@link #WHOLE}: taken as it is). */
    private final Map<String, SparseShape> kept;

    private SparseShape(Map<String, SparseShape> kept) {
        this.kept = kept;
    }

    /** A shape that keeps these members whole and drops the rest. */
    public static SparseShape keep(String... members) {
        Map<String, SparseShape> kept = new LinkedHashMap<>();
        for (String member : members) {
            kept.put(member, WHOLE);
        }
        return new SparseShape(Map.copyOf(kept));
    }

    /** This shape, also keeping {@code member} cut by {@code nested} (a structure, or a list of structures). */
    public SparseShape with(String member, SparseShape nested) {
        if (kept == null) {
            throw new IllegalStateException("WHOLE keeps every member already");
        }
        Map<String, SparseShape> more = new LinkedHashMap<>(kept);
        more.put(member, nested);
        return new SparseShape(Map.copyOf(more));
    }

    /** The answer with only the kept members; the simulator's own tree is left unchanged. */
    public JsonNode apply(JsonNode answer) {
        if (kept == null || answer == null) {
            return answer;
        }
        if (answer.isArray()) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            answer.forEach(item -> items.add(apply(item)));
            return items;
        }
        if (!answer.isObject()) {
            return answer;
        }
        ObjectNode sparse = JsonNodeFactory.instance.objectNode();
        answer.properties().forEach(member -> {
            SparseShape nested = kept.get(member.getKey());
            if (nested != null) {
                sparse.set(member.getKey(), nested.apply(member.getValue()));
            }
        });
        return sparse;
    }
}
