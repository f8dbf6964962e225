package io.backupconsole.soak;

import io.backupconsole.sandbox.Sandbox;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.storage.JsonFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The sandbox the soak's workers talk to: it must outlive every killed worker. */
public interface SoakSandbox extends AutoCloseable {
    URI endpoint();

    /** Replaces the whole configuration (faults on or off). */
    void configure(SandboxConfig config);

    @Override
    void close();

    /** The configuration with the soak's faults: 10 % throttled, 5 % server errors, 5 % answers lost, some latency. */
    static SandboxConfig faulty(double timeScale, long latencyMs, long seed) {
        return new SandboxConfig(timeScale, 0, latencyMs, 0.10, 0.05, 0.05, List.of(), seed);
    }

    static SandboxConfig calm(double timeScale, long seed) {
        return new SandboxConfig(timeScale, 0, 0, 0, 0, 0, List.of(), seed);
    }

    /** A sandbox in this (the driver's) JVM: the workers are other JVMs, so it survives their kills as well. */
    static SoakSandbox inProcess(SandboxConfig config) {
        Sandbox sandbox = Sandbox.start(0, config);
        return new SoakSandbox() {
            @Override
            public URI endpoint() {
                return sandbox.endpoint();
            }

            @Override
            public void configure(SandboxConfig changed) {
                sandbox.configure(changed);
            }

            @Override
            public void close() {
                sandbox.close();
            }
        };
    }

    /**
     * {@code backup-console --sandbox-server --port N --time-scale X} as its own long-lived process, configured
     * through its admin API ({@code POST /_sandbox/config}).
     */
    static SoakSandbox separateProcess(String classpath, double timeScale, Path log) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        javaBin,
                        "-Xmx512m",
                        "-cp",
                        classpath,
                        "io.backupconsole.Main",
                        "--sandbox-server",
                        "--port",
                        Integer.toString(port),
                        "--time-scale",
                        Double.toString(timeScale))
                .redirectErrorStream(true)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = output.readLine()) != null && !line.startsWith("Sandbox listening on ")) {
            seen.append(line).append('\n');
        }
        if (line == null) {
            process.destroyForcibly();
            throw new IOException("The sandbox server did not start:\n" + seen);
        }
        URI endpoint =
                URI.create(line.substring("Sandbox listening on ".length()).trim());
        Thread drain = new Thread(
                () -> {
                    try (var writer = Files.newBufferedWriter(log)) {
                        output.lines().forEach(l -> {
                            try {
                                writer.write(l + "\n");
                            } catch (IOException ignored) {
                                // The log is a convenience.
                            }
                        });
                    } catch (IOException | UncheckedIOException ignored) {
                        // The process ended.
                    }
                },
                "sandbox-log");
        drain.setDaemon(true);
        drain.start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return new SoakSandbox() {
            @Override
            public URI endpoint() {
                return endpoint;
            }

            @Override
            public void configure(SandboxConfig config) {
                try {
                    HttpResponse<String> answer = http.send(
                            HttpRequest.newBuilder(endpoint.resolve("/_sandbox/config"))
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(
                                            JsonFile.MAPPER.writeValueAsBytes(config)))
                                    .header("Content-Type", "application/json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("The sandbox refused the configuration: " + answer.body());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void close() {
                process.destroy();
                try {
                    if (!process.waitFor(10, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
