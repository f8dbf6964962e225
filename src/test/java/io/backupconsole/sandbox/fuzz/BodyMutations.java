package io.backupconsole.sandbox.fuzz;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutations of a request body: on the JSON tree (drop, retype, re-value, duplicate or add a member; hostile
 * strings; extreme numbers; deep nesting) and on the bytes (flips, truncation, invalid UTF-8, binary garbage).
 */
final class BodyMutations {
    private static final ObjectMapper PLAIN = JsonMapper.builder().build();
    private static final ObjectMapper ESCAPING =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final String PLACEHOLDER = "\"__RAW_JSON__\"";
    private static final List<String> RAW_VALUES = List.of(
            "1e99999",
            "-1e99999",
            "NaN",
            "Infinity",
            "01",
            "-",
            "1.",
            ".5",
            "0x1F",
            "\"\\ud800\"",
            "\"\\udfff\\ud800\"",
            "\"\\u0000\"",
            "\"\\x41\"",
            "\"\\u12\"",
            "'single'",
            "tru",
            "nul",
            "[1,]",
            "{\"a\":1,}",
            "{\"a\"}",
            "\"unterminated",
            "99999999999999999999999999999999",
            "-9223372036854775809",
            "1" + "0".repeat(2000),
            "\"" + "\\ud83d\\ude00".repeat(1000) + "\"");

    private final Random random;

    BodyMutations(Random random) {
        this.random = random;
    }

    FuzzRequest mutateTree(FuzzRequest request) {
        JsonNode root;
        try {
            root = PLAIN.readTree(request.body());
        } catch (IOException e) {
            return mutateBytes(request);
        }
        if (root == null || !root.isObject()) {
            return mutateBytes(request);
        }
        ObjectNode copy = ((ObjectNode) root).deepCopy();
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(copy, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        String member = names.isEmpty() || random.nextInt(6) == 0
                ? RandomText.any(random)
                : names.get(random.nextInt(names.size()));
        String what;
        String raw = null;
        switch (random.nextInt(7)) {
            case 0 -> {
                target.remove(member);
                what = "drop " + shortName(member);
            }
            case 1 -> {
                target.set(member, value(2));
                what = "retype " + shortName(member);
            }
            case 2 -> {
                JsonNode old = target.get(member);
                target.put(
                        member,
                        old != null && old.isTextual() && random.nextBoolean()
                                ? RandomText.near(random, old.asText())
                                : RandomText.any(random));
                what = "hostile string in " + shortName(member);
            }
            case 3 -> {
                target.set(member, number());
                what = "extreme number in " + shortName(member);
            }
            case 4 -> {
                target.put(member, "__RAW_JSON__");
                raw = random.nextInt(3) == 0 ? deepNesting() : RAW_VALUES.get(random.nextInt(RAW_VALUES.size()));
                what = "raw value in " + shortName(member);
            }
            case 5 -> {
                JsonNode old = target.get(member);
                if (old != null && old.isArray()) {
                    ArrayNode array = (ArrayNode) old;
                    int copies = random.nextBoolean() ? 60 : 1 + random.nextInt(3);
                    JsonNode element = array.isEmpty() ? value(1) : array.get(0);
                    for (int i = 0; i < copies; i++) {
                        array.add(random.nextInt(4) == 0 ? value(1) : element.deepCopy());
                    }
                    what = "grow list " + shortName(member);
                } else {
                    target.set(member, JsonNodeFactory.instance.arrayNode());
                    what = "empty list in " + shortName(member);
                }
            }
            default -> {
                return duplicateMember(request, copy, member);
            }
        }
        String text = write(copy);
        if (raw != null) {
            text = text.replace(PLACEHOLDER, raw);
        }
        return request.withBody(what, bytes(text));
    }

    private FuzzRequest duplicateMember(FuzzRequest request, ObjectNode body, String member) {
        String text = write(body);
        String duplicate =
                PLAIN.getNodeFactory().textNode(member) + ":" + write(value(1)) + (body.isEmpty() ? "" : ",");
        return request.withBody("duplicate " + shortName(member), bytes("{" + duplicate + text.substring(1)));
    }

    FuzzRequest mutateBytes(FuzzRequest request) {
        byte[] body = request.body().clone();
        return switch (random.nextInt(7)) {
            case 0 -> {
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips && body.length > 0; i++) {
                    body[random.nextInt(body.length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield request.withBody("flip bytes", body);
            }
            case 1 -> request.withBody("truncate body", Arrays.copyOf(body, random.nextInt(body.length + 1)));
            case 2 -> {
                byte[][] invalid = {
                    {(byte) 0xC0, (byte) 0x80},
                    {(byte) 0xFF},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xE2, (byte) 0x82},
                    {(byte) 0x80}
                };
                yield request.withBody("invalid UTF-8", insert(body, invalid[random.nextInt(invalid.length)]));
            }
            case 3 -> {
                byte[] garbage = new byte[random.nextInt(3000)];
                random.nextBytes(garbage);
                yield request.withBody("binary garbage", garbage);
            }
            case 4 ->
                request.withBody("byte-order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));
            case 5 ->
                request.withBody(
                        "UTF-16 body", new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
            default ->
                request.withBody("trailing garbage", concat(body, bytes(random.nextBoolean() ? "}" : " {\"a\":1}")));
        };
    }

    private byte[] insert(byte[] body, byte[] bytes) {
        int at = random.nextInt(body.length + 1);
        byte[] result = new byte[body.length + bytes.length];
        System.arraycopy(body, 0, result, 0, at);
        System.arraycopy(bytes, 0, result, at, bytes.length);
        System.arraycopy(body, at, result, at + bytes.length, body.length - at);
        return result;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private JsonNode value(int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(random.nextBoolean());
            case 2 -> number();
            case 3, 4 -> f.textNode(RandomText.any(random));
            case 5 -> f.textNode(RandomText.codePoints(random, 3));
            case 6 -> {
                ArrayNode array = f.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(value(depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = f.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(random.nextBoolean() ? RandomText.any(random) : "Key", value(depth - 1));
                }
                yield object;
            }
        };
    }

    private JsonNode number() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(10)) {
            case 0 -> f.numberNode(0);
            case 1 -> f.numberNode(-1);
            case 2 -> f.numberNode(Long.MAX_VALUE);
            case 3 -> f.numberNode(Long.MIN_VALUE);
            case 4 -> f.numberNode(BigInteger.TWO.pow(64 + random.nextInt(200)));
            case 5 -> f.numberNode(new BigDecimal("1e400"));
            case 6 -> f.numberNode(1.5);
            case 7 -> f.numberNode(-0.0);
            case 8 -> f.numberNode(Integer.MAX_VALUE + 1L);
            default -> f.numberNode(random.nextInt(100_000) - 50_000);
        };
    }

    private String deepNesting() {
        int depth = random.nextBoolean() ? 1500 + random.nextInt(5000) : 50_000;
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        return open.repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node.isObject()) {
            into.add((ObjectNode) node);
        }
        node.forEach(child -> collectObjects(child, into));
    }

    private String write(JsonNode node) {
        try {
            return (random.nextBoolean() ? ESCAPING : PLAIN).writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String shortName(String member) {
        return member.length() > 40 ? member.substring(0, 40) + "…(" + member.length() + ")" : member;
    }
}
