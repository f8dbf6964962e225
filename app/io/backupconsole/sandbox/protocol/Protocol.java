package io.backupconsole.sandbox.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.sandbox.support.Json;

/** The two AWS wire protocols the sandbox speaks, and how each spells an error. */
public enum Protocol {
    /** OpsWorks CM, FSx, Lightsail: {@code POST /} with {@code X-Amz-Target}; error code in {@code __type}. */
    AWS_JSON_1_1("application/x-amz-json-1.1"),
    /** AWS Backup: REST URIs; error code in the {@code x-amzn-ErrorType} header and the body's {@code Code}. */
    REST_JSON("application/json"),
    /**
     * STS: {@code POST /} with a form body naming the {@code Action}; answers and errors in XML (see
     * {@link QueryXml}).
     */
    AWS_QUERY("text/xml");

    private final String contentType;

    Protocol(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * Error body as the protocol expects it.
     *
     * @param messageMember the model's spelling of the message member ({@code Message} or {@code message})
     */
    public ObjectNode errorBody(ServiceError error, String messageMember) {
        ObjectNode body = Json.object();
        if (this == AWS_JSON_1_1) {
            body.put("__type", error.code());
        } else {
            body.put("Code", error.code());
        }
        body.put(messageMember, error.getMessage());
        error.extraMembers().forEach((k, v) -> body.set(k, Json.MAPPER.valueToTree(v)));
        return body;
    }
}
