package io.backupconsole.sandbox.sts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.sandbox.ServiceSimulator;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.Protocol;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.Json;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Simulated STS (AWS Query: a form body with {@code Action=AssumeRole}; answers in XML): AssumeRole with the model's
 * validation, and multi-factor authentication for roles whose name ends in {@code -mfa}: such a role needs
 * {@link #MFA_DEVICE} as {@code SerialNumber} and {@link #MFA_CODE} as {@code TokenCode}, else AccessDenied.
 */
public final class StsSimulator implements ServiceSimulator {
    /** The sandbox user's virtual MFA device. */
    public static final String MFA_DEVICE = "arn:aws:iam::" + SimulationContext.ACCOUNT_ID + ":mfa/sandbox-user";
    /** The code the sandbox's MFA device always shows. */
    public static final String MFA_CODE = "123456";

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role/([\\w+=,.@/-]{1,64})");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern TOKEN_CODE = Pattern.compile("\\d{6}");

    private final SimulationContext context;

    public StsSimulator(SimulationContext context) {
        this.context = context;
    }

    @Override
    public Optional<Operation> operation(SandboxRequest request) {
        return request.queryParam("Action")
                .filter("AssumeRole"::equals)
                .map(name -> new Operation(name, this::assumeRole));
    }

    private JsonNode assumeRole(SandboxRequest request) {
        String roleArn = required(request, "RoleArn");
        var role = ROLE_ARN.matcher(roleArn);
        if (!role.matches()) {
            throw validation("Value '" + roleArn + "' at 'roleArn' failed to satisfy constraint: must be a role ARN");
        }
        String session = required(request, "RoleSessionName");
        if (!SESSION_NAME.matcher(session).matches()) {
            throw validation("Value '" + session + "' at 'roleSessionName' failed to satisfy constraint: Member must "
                    + "satisfy regular expression pattern: [\\w+=,.@-]* and have length 2 to 64");
        }
        long duration =
                request.queryParam("DurationSeconds").map(StsSimulator::seconds).orElse(3600L);
        if (duration < 900 || duration > 43200) {
            throw validation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }
        Optional<String> serial = request.queryParam("SerialNumber");
        Optional<String> code = request.queryParam("TokenCode");
        code.filter(c -> !TOKEN_CODE.matcher(c).matches()).ifPresent(c -> {
            throw validation("Value at 'tokenCode' failed to satisfy constraint: Member must have length 6 and "
                    + "satisfy regular expression pattern: [\\d]*");
        });
        if (role.group(2).endsWith("-mfa")) {
            checkMfa(roleArn, serial, code);
        }
        Instant expiration = context.now().plusSeconds(duration).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode result = Json.object();
        String keyId = "ASIASTSSANDBOX" + context.hex(6).toUpperCase(Locale.ROOT);
        result.set(
                "Credentials",
                Json.object()
                        .put("AccessKeyId", keyId)
                        .put("SecretAccessKey", "sandbox-sts-secret-" + context.hex(16))
                        .put("SessionToken", "sandbox-sts-session-" + context.hex(24))
                        .put("Expiration", DateTimeFormatter.ISO_INSTANT.format(expiration)));
        String roleId = "AROASANDBOX" + context.hex(10).toUpperCase(Locale.ROOT);
        result.set(
                "AssumedRoleUser",
                Json.object()
                        .put("AssumedRoleId", roleId + ":" + session)
                        .put(
                                "Arn",
                                "arn:aws:sts::" + role.group(1) + ":assumed-role/" + role.group(2) + "/" + session));
        return result;
    }

    private static void checkMfa(String roleArn, Optional<String> serial, Optional<String> code) {
        if (serial.isEmpty() || code.isEmpty()) {
            throw new ServiceError(
                    403,
                    "AccessDenied",
                    "User is not authorized to perform: sts:AssumeRole on " + "resource: " + roleArn
                            + " (the role requires multi-factor authentication)");
        }
        if (!serial.get().equals(MFA_DEVICE)) {
            throw new ServiceError(
                    403, "AccessDenied", "MultiFactorAuthentication failed, unable to validate MFA " + "code.");
        }
        if (!code.get().equals(MFA_CODE)) {
            throw new ServiceError(
                    403, "AccessDenied", "MultiFactorAuthentication failed with invalid MFA one " + "time pass code.");
        }
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw validation("DurationSeconds must be a number");
        }
    }

    private static String required(SandboxRequest request, String parameter) {
        return request.queryParam(parameter)
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> new ServiceError(
                        400, "MissingParameter", "The request must contain the parameter " + parameter));
    }

    private static ServiceError validation(String message) {
        return new ServiceError(400, "ValidationError", message);
    }

    @Override
    public String statsPrefix() {
        return "sts";
    }

    @Override
    public Protocol protocol() {
        return Protocol.AWS_QUERY;
    }

    @Override
    public Optional<String> targetPrefix() {
        return Optional.empty();
    }

    @Override
    public String xmlNamespace() {
        return "https://sts.amazonaws.com/doc/2011-06-15/";
    }

    @Override
    public String errorMessageMember() {
        return "Message";
    }

    @Override
    public ServiceError serverError() {
        return new ServiceError(500, "InternalFailure", "An internal error occurred.");
    }

    @Override
    public void reset() {
        // No state: every AssumeRole stands alone.
    }
}
