package io.backupconsole.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Looks for secret values in every file under some folders, as they are and in the forms a leak would take: base64
 * (standard and URL-safe, at each of the three byte alignments inside a longer encoded text), URL-encoded and
 * JSON-escaped.
 */
final class SecretScanner {
    private final Map<String, String> secrets;

    /** @param secrets name → value */
    SecretScanner(Map<String, String> secrets) {
        this.secrets = Map.copyOf(secrets);
    }

    /** "file: secret name (form)" for every hit; empty when clean. */
    List<String> scan(List<Path> roots) throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    secrets.forEach((name, value) -> forms(value).forEach((form, text) -> {
                        if (content.contains(text)) {
                            hits.add(file + ": " + name + " (" + form + ")");
                        }
                    }));
                }
            }
        }
        return hits;
    }

    static Map<String, String> forms(String secret) {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("plain", secret);
        forms.put("URL-encoded", URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.put("JSON-escaped", secret.replace("/", "\\/"));
        for (int shift = 0; shift < 3; shift++) {
            // The secret preceded by 0-2 bytes, encoded; the part that depends only on the secret's own bytes.
            byte[] shifted = ("xx".substring(0, shift) + secret).getBytes(StandardCharsets.UTF_8);
            String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
            String stable = encoded.substring(shift == 0 ? 0 : (shift + 1), encoded.length() - 4);
            forms.put("base64+" + shift, stable);
            forms.put("base64url+" + shift, stable.replace('+', '-').replace('/', '_'));
        }
        return forms;
    }
}
