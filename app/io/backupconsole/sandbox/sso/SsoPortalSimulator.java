package io.backupconsole.sandbox.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.backupconsole.sandbox.RestServiceSimulator;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.Json;
import java.time.Duration;

/**
 * Simulated IAM Identity Center portal ({@code portal.sso.{region}.amazonaws.com}, REST-JSON, authorised by the
 * {@code x-amz-sso_bearer_token} header): GetRoleCredentials, ListAccounts, ListAccountRoles. An access token that
 * is unknown or expired gets {@code UnauthorizedException}, which is what a signed-in session that ran out looks
 * like to the SDK.
 */
public final class SsoPortalSimulator extends RestServiceSimulator {
    static final Duration ROLE_CREDENTIALS_LIFETIME = Duration.ofHours(1);
    private final SsoDirectory directory;

    public SsoPortalSimulator(SsoDirectory directory) {
        this.directory = directory;
        route("GET", "/federation/credentials", "GetRoleCredentials", this::getRoleCredentials);
        route("GET", "/assignment/accounts", "ListAccounts", this::listAccounts);
        route("GET", "/assignment/roles", "ListAccountRoles", this::listAccountRoles);
    }

    private JsonNode getRoleCredentials(SandboxRequest request) {
        authorise(request);
        String account = required(request, "account_id");
        String role = required(request, "role_name");
        if (!account.equals(SsoDirectory.ACCOUNT_ID) || !SsoDirectory.ROLES.contains(role)) {
            throw new ServiceError(404, "ResourceNotFoundException", "No access");
        }
        long expiration = directory.now().plus(ROLE_CREDENTIALS_LIFETIME).toEpochMilli();
        return Json.object()
                .set(
                        "roleCredentials",
                        Json.object()
                                .put("accessKeyId", "ASIASANDBOX" + role.length())
                                .put("secretAccessKey", "sandbox-secret-" + role)
                                .put("sessionToken", "sandbox-session-" + role)
                                .put("expiration", expiration));
    }

    private JsonNode listAccounts(SandboxRequest request) {
        authorise(request);
        ArrayNode accounts = Json.array();
        accounts.addObject()
                .put("accountId", SsoDirectory.ACCOUNT_ID)
                .put("accountName", SsoDirectory.ACCOUNT_NAME)
                .put("emailAddress", "sandbox@example.com");
        return Json.object().set("accountList", accounts);
    }

    private JsonNode listAccountRoles(SandboxRequest request) {
        authorise(request);
        ArrayNode roles = Json.array();
        if (required(request, "account_id").equals(SsoDirectory.ACCOUNT_ID)) {
            SsoDirectory.ROLES.forEach(
                    role -> roles.addObject().put("roleName", role).put("accountId", SsoDirectory.ACCOUNT_ID));
        }
        return Json.object().set("roleList", roles);
    }

    private void authorise(SandboxRequest request) {
        String token = request.header("x-amz-sso_bearer_token").orElse("");
        if (!directory.validAccessToken(token)) {
            throw new ServiceError(401, "UnauthorizedException", "Session token not found or invalid");
        }
    }

    private static String required(SandboxRequest request, String parameter) {
        return request.queryParam(parameter)
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new ServiceError(400, "InvalidRequestException", parameter + " is required"));
    }

    @Override
    public String statsPrefix() {
        return "sso";
    }

    @Override
    public String errorMessageMember() {
        return "message";
    }

    @Override
    public ServiceError serverError() {
        return new ServiceError(429, "TooManyRequestsException", "Too many requests");
    }

    @Override
    public void reset() {
        directory.reset();
    }
}
