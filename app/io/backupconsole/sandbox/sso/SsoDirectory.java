package io.backupconsole.sandbox.sso;

import io.backupconsole.sandbox.SimulationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What IAM Identity Center knows in the sandbox: registered OIDC clients, pending device authorizations (approved
 * or denied by a test through the admin API, as the user would in the browser), and the access and refresh tokens
 * issued. Shared by the OIDC and the portal simulators and the admin API, so every method is synchronized.
 * Times are the sandbox's simulated time, so tests can jump past a code's expiry.
 */
public final class SsoDirectory {
    /** The one account the sandbox's identity can reach (the account every sandbox resource belongs to). */
    public static final String ACCOUNT_ID = SimulationContext.ACCOUNT_ID;

    public static final String ACCOUNT_NAME = "Backup Console sandbox";
    public static final List<String> ROLES = List.of("BackupOperator", "ReadOnlyAccess");
    static final Duration CLIENT_LIFETIME = Duration.ofDays(90);
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    static final int INTERVAL_SECONDS = 1;

    record Client(String id, String secret, Instant expiresAt) {}

    static final class Device {
        final String deviceCode;
        final String userCode;
        final String clientId;
        final Instant expiresAt;
        Instant lastPoll;
        boolean approved;
        boolean denied;
        boolean used;

        Device(String deviceCode, String userCode, String clientId, Instant expiresAt) {
            this.deviceCode = deviceCode;
            this.userCode = userCode;
            this.clientId = clientId;
            this.expiresAt = expiresAt;
        }
    }

    private final SimulationContext context;
    private final Map<String, Client> clients = new HashMap<>();
    private final Map<String, Device> devices = new HashMap<>();
    private final Map<String, Instant> accessTokens = new HashMap<>();
    private final Map<String, String> refreshTokens = new HashMap<>();

    public SsoDirectory(SimulationContext context) {
        this.context = context;
    }

    synchronized Instant now() {
        return context.now();
    }

    synchronized Client register() {
        Client client =
                new Client(context.hex(22), context.hex(40), context.now().plus(CLIENT_LIFETIME));
        clients.put(client.id(), client);
        return client;
    }

    synchronized Optional<Client> client(String id, String secret) {
        return Optional.ofNullable(clients.get(id))
                .filter(c -> c.secret().equals(secret) && c.expiresAt().isAfter(context.now()));
    }

    synchronized Device startDevice(String clientId) {
        String letters = context.hex(8)
                .toUpperCase(Locale.ROOT)
                .chars()
                .mapToObj(c -> String.valueOf((char) ('B' + Character.digit(c, 16))))
                .reduce("", String::concat);
        Device device = new Device(
                context.hex(48),
                letters.substring(0, 4) + "-" + letters.substring(4),
                clientId,
                context.now().plus(CODE_LIFETIME));
        devices.put(device.deviceCode, device);
        return device;
    }

    synchronized Optional<Device> device(String deviceCode) {
        return Optional.ofNullable(devices.get(deviceCode));
    }

    /** The user approved the sign-in in the browser. False when no pending code is that one. */
    public synchronized boolean approve(String userCode) {
        return pending(userCode).map(device -> device.approved = true).orElse(false);
    }

    /** The user chose "Deny" in the browser. */
    public synchronized boolean deny(String userCode) {
        return pending(userCode).map(device -> device.denied = true).orElse(false);
    }

    private Optional<Device> pending(String userCode) {
        return devices.values().stream()
                .filter(d ->
                        d.userCode.equalsIgnoreCase(userCode.strip()) && !d.used && d.expiresAt.isAfter(context.now()))
                .findFirst();
    }

    /** Issues an access token (and a refresh token for the client) that lasts {@link #TOKEN_LIFETIME}. */
    synchronized Map.Entry<String, String> issueTokens(String clientId) {
        String access = "sandbox-access-" + context.hex(40);
        String refresh = "sandbox-refresh-" + context.hex(40);
        accessTokens.put(access, context.now().plus(TOKEN_LIFETIME));
        refreshTokens.put(refresh, clientId);
        return Map.entry(access, refresh);
    }

    synchronized boolean useRefreshToken(String refreshToken, String clientId) {
        return clientId.equals(refreshTokens.remove(refreshToken));
    }

    synchronized boolean validAccessToken(String token) {
        Instant expiry = accessTokens.get(token);
        return expiry != null && expiry.isAfter(context.now());
    }

    /** Ends every signed-in session (as when they expire or an administrator revokes them); refresh tokens too. */
    public synchronized void expireSessions() {
        accessTokens.clear();
        refreshTokens.clear();
    }

    synchronized void reset() {
        clients.clear();
        devices.clear();
        accessTokens.clear();
        refreshTokens.clear();
    }
}
