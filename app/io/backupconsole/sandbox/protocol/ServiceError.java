package io.backupconsole.sandbox.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error a simulated service answers with: the modelled error code, its HTTP status and message, plus any extra
 * members the model gives that error (FSx {@code Parameter}, {@code Limit}, ...). Thrown from operation handlers;
 * the dispatcher renders it in the service's protocol so every SDK raises the modelled exception.
 */
public final class ServiceError extends RuntimeException {
    private final int httpStatus;
    private final String code;
    private final Map<String, Object> extraMembers = new LinkedHashMap<>();

    public ServiceError(int httpStatus, String code, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public static ServiceError badRequest(String code, String message) {
        return new ServiceError(400, code, message);
    }

    /** Adds a modelled member (e.g. FSx IncompatibleParameterError.Parameter) to the error body. */
    public ServiceError with(String member, Object value) {
        extraMembers.put(member, value);
        return this;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> extraMembers() {
        return Map.copyOf(extraMembers);
    }
}
