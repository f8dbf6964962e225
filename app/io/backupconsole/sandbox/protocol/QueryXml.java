package io.backupconsole.sandbox.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * The AWS Query protocol's XML (STS): an answer is {@code <OpResponse><OpResult>…</OpResult><ResponseMetadata>}
 * with the members of the handler's JSON output as nested elements; an error is {@code <ErrorResponse><Error>}
 * with {@code Type}, {@code Code} and {@code Message}, as the SDK's query unmarshaller expects.
 */
public final class QueryXml {
    private QueryXml() {}

    public static byte[] response(String operation, String namespace, JsonNode output, String requestId) {
        StringBuilder xml = new StringBuilder("<")
                .append(operation)
                .append("Response xmlns=\"")
                .append(namespace)
                .append("\"><")
                .append(operation)
                .append("Result>");
        members(xml, output);
        xml.append("</")
                .append(operation)
                .append("Result><ResponseMetadata><RequestId>")
                .append(requestId)
                .append("</RequestId></ResponseMetadata></")
                .append(operation)
                .append("Response>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] error(ServiceError error, String namespace, String requestId) {
        String type = error.httpStatus() >= 500 ? "Receiver" : "Sender";
        String xml = "<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>" + type + "</Type><Code>"
                + escape(error.code()) + "</Code><Message>" + escape(error.getMessage()) + "</Message></Error>"
                + "<RequestId>" + requestId + "</RequestId></ErrorResponse>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static void members(StringBuilder xml, JsonNode node) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            xml.append('<').append(field.getKey()).append('>');
            if (field.getValue().isObject()) {
                members(xml, field.getValue());
            } else {
                xml.append(escape(field.getValue().asText()));
            }
            xml.append("</").append(field.getKey()).append('>');
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
