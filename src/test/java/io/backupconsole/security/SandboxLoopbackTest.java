package io.backupconsole.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.testsupport.ChildJvm;
import io.backupconsole.testsupport.SandboxFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox listens on 127.0.0.1 only: another machine on the network can never reach it. */
class SandboxLoopbackTest {
    @TempDir
    Path home;

    /** This machine's first address other machines could connect to (a non-loopback, up interface), if any. */
    private static Optional<InetAddress> networkAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }

    private static void assertReachableOnLoopbackOnly(int port) throws IOException {
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        }
        Optional<InetAddress> network = networkAddress();
        Assumptions.assumeTrue(network.isPresent(), "this machine has no network address to try");
        assertThrows(
                ConnectException.class,
                () -> {
                    try (Socket remote = new Socket()) {
                        remote.connect(new InetSocketAddress(network.get(), port), 2000);
                    }
                },
                "port " + port + " answers on " + network.get());
    }

    @Test
    void theInProcessSandboxBindsTheLoopbackAddressOnly() throws Exception {
        try (Sandbox sandbox = Sandbox.start(0, SandboxFixture.TEST_CONFIG)) {
            InetAddress bound = sandbox.boundAddress().getAddress();
            assertTrue(bound.isLoopbackAddress(), bound.toString());
            assertFalse(bound.isAnyLocalAddress(), bound.toString());
            assertReachableOnLoopbackOnly(sandbox.port());
        }
    }

    @Test
    void theSandboxServerCommandListensOnTheLoopbackAddressOnly() throws Exception {
        ProcessBuilder builder = ChildJvm.main(home, "--sandbox-server", "--port", "0")
                .redirectError(home.resolve("stderr.txt").toFile());
        Process server = builder.start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher listening = Pattern.compile("Sandbox listening on http://([^:]+):(\\d+)")
                    .matcher(String.valueOf(line));
            assertTrue(listening.find(), "first line: " + line);
            assertTrue(InetAddress.getByName(listening.group(1)).isLoopbackAddress(), line);
            assertReachableOnLoopbackOnly(Integer.parseInt(listening.group(2)));
        } finally {
            server.destroy();
            server.waitFor();
        }
    }
}
