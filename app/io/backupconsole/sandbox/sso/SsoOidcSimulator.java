package io.backupconsole.sandbox.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.sandbox.RestServiceSimulator;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.protocol.ServiceError;
import io.backupconsole.sandbox.support.Json;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Simulated IAM Identity Center OIDC ({@code oidc.{region}.amazonaws.com}, REST-JSON, unsigned): RegisterClient,
 * StartDeviceAuthorization and CreateToken with the device-code and refresh-token grants. Polling answers follow
 * RFC 8628 as the service does: {@code AuthorizationPendingException} until the user approves,
 * {@code SlowDownException} when polled sooner than the interval, {@code ExpiredTokenException} once the code has
 * expired, {@code AccessDeniedException} when the user denied. Errors carry the model's {@code error} and
 * {@code error_description} members.
 */
public final class SsoOidcSimulator extends RestServiceSimulator {
    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private final SsoDirectory directory;

    public SsoOidcSimulator(SsoDirectory directory) {
        this.directory = directory;
        route("POST", "/client/register", "RegisterClient", this::registerClient);
        route("POST", "/device_authorization", "StartDeviceAuthorization", this::startDeviceAuthorization);
        route("POST", "/token", "CreateToken", this::createToken);
    }

    private JsonNode registerClient(SandboxRequest request) {
        required(request, "clientName");
        if (!"public".equals(required(request, "clientType"))) {
            throw error(400, "InvalidClientMetadataException", "invalid_client_metadata", "clientType must be public");
        }
        SsoDirectory.Client client = directory.register();
        return Json.object()
                .put("clientId", client.id())
                .put("clientSecret", client.secret())
                .put("clientIdIssuedAt", directory.now().getEpochSecond())
                .put("clientSecretExpiresAt", client.expiresAt().getEpochSecond());
    }

    private JsonNode startDeviceAuthorization(SandboxRequest request) {
        SsoDirectory.Client client = client(request);
        String startUrl = required(request, "startUrl");
        if (!startUrl.startsWith("https://")) {
            throw error(400, "InvalidRequestException", "invalid_request", "startUrl must be an https:// URL");
        }
        SsoDirectory.Device device = directory.startDevice(client.id());
        String page = "http://" + request.header("Host").orElse("127.0.0.1") + "/_sandbox/sso/device";
        return Json.object()
                .put("deviceCode", device.deviceCode)
                .put("userCode", device.userCode)
                .put("verificationUri", page)
                .put("verificationUriComplete", page + "?user_code=" + device.userCode)
                .put("expiresIn", SsoDirectory.CODE_LIFETIME.toSeconds())
                .put("interval", SsoDirectory.INTERVAL_SECONDS);
    }

    private JsonNode createToken(SandboxRequest request) {
        SsoDirectory.Client client = client(request);
        String grant = required(request, "grantType");
        if (grant.equals("refresh_token")) {
            if (!directory.useRefreshToken(required(request, "refreshToken"), client.id())) {
                throw error(400, "InvalidGrantException", "invalid_grant", "Invalid refresh token provided");
            }
            return tokens(client.id());
        }
        if (!grant.equals(DEVICE_GRANT)) {
            throw error(400, "UnsupportedGrantTypeException", "unsupported_grant_type", "Unsupported grant type");
        }
        SsoDirectory.Device device = directory
                .device(required(request, "deviceCode"))
                .filter(d -> d.clientId.equals(client.id()) && !d.used)
                .orElseThrow(
                        () -> error(400, "InvalidGrantException", "invalid_grant", "Invalid device code provided"));
        Instant now = directory.now();
        if (!device.expiresAt.isAfter(now)) {
            throw error(400, "ExpiredTokenException", "expired_token", "Device code has expired");
        }
        if (device.denied) {
            throw error(400, "AccessDeniedException", "access_denied", "The user denied the authorization");
        }
        Instant last = device.lastPoll;
        device.lastPoll = now;
        if (last != null && now.isBefore(last.plusSeconds(SsoDirectory.INTERVAL_SECONDS))) {
            throw error(400, "SlowDownException", "slow_down", "Client is polling too quickly");
        }
        if (!device.approved) {
            throw error(
                    400, "AuthorizationPendingException", "authorization_pending", "Authorization is still pending");
        }
        device.used = true;
        return tokens(client.id());
    }

    private ObjectNode tokens(String clientId) {
        Map.Entry<String, String> issued = directory.issueTokens(clientId);
        return Json.object()
                .put("accessToken", issued.getKey())
                .put("tokenType", "Bearer")
                .put("expiresIn", SsoDirectory.TOKEN_LIFETIME.toSeconds())
                .put("refreshToken", issued.getValue());
    }

    private SsoDirectory.Client client(SandboxRequest request) {
        return directory
                .client(required(request, "clientId"), required(request, "clientSecret"))
                .orElseThrow(() -> error(
                        401, "InvalidClientException", "invalid_client", "Invalid client or client secret provided"));
    }

    private static String required(SandboxRequest request, String member) {
        return Optional.ofNullable(request.body().get(member))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> error(
                        400,
                        "InvalidRequestException",
                        "invalid_request",
                        member + " is required and must be a string"));
    }

    static ServiceError error(int status, String code, String error, String description) {
        return new ServiceError(status, code, description).with("error", error).with("error_description", description);
    }

    @Override
    public String statsPrefix() {
        return "sso-oidc";
    }

    @Override
    public String errorMessageMember() {
        return "message";
    }

    @Override
    public ServiceError serverError() {
        return error(500, "InternalServerException", "server_error", "Unexpected server error");
    }

    @Override
    public void reset() {
        directory.reset();
    }
}
