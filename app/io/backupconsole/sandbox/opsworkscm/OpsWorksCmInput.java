package io.backupconsole.sandbox.opsworkscm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.domain.rules.Violation;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Pages;
import io.backupconsole.sandbox.support.ValidationErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and checks OpsWorks CM request members. Input errors are {@code ValidationException}s naming the member,
 * bad page tokens {@code InvalidNextTokenException}, as the model declares for these operations.
 */
final class OpsWorksCmInput {
    /** Model shape {@code NextToken}: max 10000. */
    private static final int NEXT_TOKEN_MAX_LENGTH = 10_000;

    static final ValidationErrors ERRORS = new ValidationErrors() {
        @Override
        public ServiceError missing(String member) {
            return ServiceError.badRequest(
                    "ValidationException",
                    "1 validation error detected: Value null at '" + member
                            + "' failed to satisfy constraint: Member must not be null");
        }

        @Override
        public ServiceError invalid(String message) {
            return ServiceError.badRequest("ValidationException", message);
        }

        @Override
        public ServiceError invalidToken() {
            return ServiceError.badRequest("InvalidNextTokenException", "The provided NextToken is not valid.");
        }
    };

    private OpsWorksCmInput() {}

    static Fields fields(ObjectNode body) {
        return new Fields(body, ERRORS);
    }

    /** Throws one ValidationException listing every violation, when there are any. */
    static void require(List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        String details = violations.stream()
                .map(v -> "Value at '" + v.field() + "' failed to satisfy constraint: " + v.message())
                .collect(Collectors.joining("; "));
        int count = violations.size();
        throw ERRORS.invalid(count + " validation error" + (count == 1 ? "" : "s") + " detected: " + details);
    }

    /** The {@code Tags} member: a list of {@code Tag} structures whose Key and Value are both required. */
    static List<Tag> tags(Fields fields) {
        List<Tag> tags = new ArrayList<>();
        Optional<ArrayNode> array = fields.array("Tags");
        if (array.isEmpty()) {
            return tags;
        }
        int index = 0;
        for (JsonNode element : array.get()) {
            String member = "Tags[" + index++ + "]";
            if (!element.isObject()) {
                throw ValidationErrors.wrongType(member, "a structure");
            }
            Fields tag = new Fields((ObjectNode) element, ERRORS);
            tags.add(new Tag(requiredIn(tag, "Key", member), requiredIn(tag, "Value", member)));
        }
        return tags;
    }

    private static String requiredIn(Fields tag, String name, String parent) {
        return tag.string(name).orElseThrow(() -> ERRORS.missing(parent + "." + name));
    }

    /**
     * The page size asked for by MaxResults (model minimum 1). Without MaxResults everything comes on one page,
     * as the real service answers (its documentation calls paging "not currently implemented").
     */
    static int pageSize(Fields fields) {
        Optional<Long> maxResults = fields.number("MaxResults");
        if (maxResults.isPresent() && maxResults.get() < 1) {
            require(List.of(new Violation("MaxResults", "Member must have value greater than or equal to 1")));
        }
        return Pages.size(maxResults, Integer.MAX_VALUE);
    }

    /** The NextToken member, length-checked against the model (max 10000). */
    static Optional<String> nextToken(Fields fields) {
        Optional<String> token = fields.string("NextToken");
        if (token.isPresent() && token.get().length() > NEXT_TOKEN_MAX_LENGTH) {
            require(List.of(new Violation(
                    "NextToken", "Member must have length less than or equal to " + NEXT_TOKEN_MAX_LENGTH)));
        }
        return token;
    }

    /** Adds {@code NextToken} to an output when more pages remain. */
    static void putNextToken(ObjectNode output, Pages.Page<?> page) {
        page.nextToken().ifPresent(token -> output.put("NextToken", token));
    }
}
