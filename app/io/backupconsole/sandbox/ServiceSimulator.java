package io.backupconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.backupconsole.sandbox.protocol.Protocol;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.protocol.SparseShape;
import java.util.Optional;

/** One simulated AWS service behind the sandbox endpoint. */
public interface ServiceSimulator {

    /**
     * An operation found for a request: its model name, the code that answers it, and what of its answer survives
     * the {@code sparseResponses} setting.
     */
    record Operation(String name, Handler handler, SparseShape sparse) {
        /** An operation that answers in full even under {@code sparseResponses}. */
        public Operation(String name, Handler handler) {
            this(name, handler, SparseShape.WHOLE);
        }
    }

    /** Answers one request with the operation's output, or throws a {@link ServiceError}. */
    @FunctionalInterface
    interface Handler {
        JsonNode handle(SandboxRequest request);
    }

    /** Prefix of this service's request counters: {@code opsworkscm}, {@code fsx}, {@code backup}, {@code lightsail}. */
    String statsPrefix();

    Protocol protocol();

    /** For AWS JSON 1.1 services, the {@code X-Amz-Target} prefix; empty for REST services. */
    Optional<String> targetPrefix();

    /** How the model spells the message member of its errors ({@code Message} or {@code message}). */
    String errorMessageMember();

    /** For AWS Query services, the XML namespace of answers and errors; empty for the JSON protocols. */
    default String xmlNamespace() {
        return "";
    }

    /** The service's code for an internal failure (answers the serverError fault). */
    ServiceError serverError();

    /** The operation this request asks for, or empty when the service has none such. */
    Optional<Operation> operation(SandboxRequest request);

    /** Back to the seed data (all regions). */
    void reset();
}
