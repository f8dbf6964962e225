package io.backupconsole.sandbox.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Offset pagination with opaque tokens. Tokens are base64 (FSx's NextToken pattern demands it) of
 * {@code page:<offset>}; a token the sandbox did not issue is the service's invalid-token error.
 */
public final class Pages {
    private Pages() {}

    /** One page of items, and the token for the next page when more remain. */
    public record Page<T>(List<T> items, Optional<String> nextToken) {}

    public static <T> Page<T> page(List<T> all, Optional<String> token, int pageSize, ValidationErrors errors) {
        int offset = token.map(t -> decode(t, errors)).orElse(0);
        if (offset > all.size()) {
            throw errors.invalidToken();
        }
        int end = Math.min(all.size(), offset + Math.max(1, pageSize));
        Optional<String> next = end < all.size() ? Optional.of(encode(end)) : Optional.empty();
        return new Page<>(List.copyOf(all.subList(offset, end)), next);
    }

    /** The page size to use: the caller's MaxResults bounded by the service's own maximum. */
    public static int size(Optional<Long> maxResults, int serviceMaximum) {
        return (int) Math.min(serviceMaximum, Math.max(1, maxResults.orElse((long) serviceMaximum)));
    }

    static String encode(int offset) {
        return Base64.getEncoder().encodeToString(("page:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token, ValidationErrors errors) {
        try {
            String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith("page:")) {
                throw errors.invalidToken();
            }
            int offset = Integer.parseInt(text.substring("page:".length()));
            if (offset < 0) {
                throw errors.invalidToken();
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw errors.invalidToken();
        }
    }
}
