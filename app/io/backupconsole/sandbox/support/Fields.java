package io.backupconsole.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.sandbox.protocol.ServiceError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed, checked access to a request body's members. A member of the wrong JSON type is a
 * {@code SerializationException}; a missing required member is the service's own validation error.
 */
public final class Fields {
    private final ObjectNode body;
    private final ValidationErrors errors;

    public Fields(ObjectNode body, ValidationErrors errors) {
        this.body = body;
        this.errors = errors;
    }

    public ValidationErrors errors() {
        return errors;
    }

    public boolean has(String member) {
        JsonNode node = body.get(member);
        return node != null && !node.isNull();
    }

    public Optional<String> string(String member) {
        JsonNode node = body.get(member);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw ValidationErrors.wrongType(member, "a string");
        }
        return Optional.of(node.asText());
    }

    public String requiredString(String member) {
        return string(member).orElseThrow(() -> errors.missing(member));
    }

    public Optional<Long> number(String member) {
        JsonNode node = body.get(member);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw ValidationErrors.wrongType(member, "an integer");
        }
        return Optional.of(node.asLong());
    }

    public Optional<Boolean> bool(String member) {
        JsonNode node = body.get(member);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw ValidationErrors.wrongType(member, "a boolean");
        }
        return Optional.of(node.asBoolean());
    }

    public Optional<ArrayNode> array(String member) {
        JsonNode node = body.get(member);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            throw ValidationErrors.wrongType(member, "a list");
        }
        return Optional.of((ArrayNode) node);
    }

    public Optional<ObjectNode> object(String member) {
        JsonNode node = body.get(member);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw ValidationErrors.wrongType(member, "a structure or map");
        }
        return Optional.of((ObjectNode) node);
    }

    /** A list of strings, each element type-checked. */
    public Optional<List<String>> strings(String member) {
        return array(member).map(array -> {
            List<String> values = new ArrayList<>();
            for (JsonNode element : array) {
                if (!element.isTextual()) {
                    throw ValidationErrors.wrongType(member + " element", "a string");
                }
                values.add(element.asText());
            }
            return values;
        });
    }

    /** A nested structure, read with the same errors. */
    public Optional<Fields> nested(String member) {
        return object(member).map(node -> new Fields(node, errors));
    }

    public ServiceError invalid(String message) {
        return errors.invalid(message);
    }
}
