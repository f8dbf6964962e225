package io.backupconsole.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The app's real entry point (or another main class) in a JVM of its own, started the way a user's shell starts it:
 * {@code HOME} set to a test folder, none of the {@code AWS_*} and {@code XDG_*} variables that the build sets for the
 * test JVM, and no {@code -Duser.home} (so the child's {@code user.home} is the passwd entry's folder, as for a user).
 */
public final class ChildJvm {
    private static final long TIMEOUT_SECONDS = 180;

    private ChildJvm() {}

    /** What a finished child printed, and its exit code. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@code io.backupconsole.Main} with {@code args}, {@code HOME} being {@code home}. */
    public static ProcessBuilder main(Path home, String... args) {
        return java(home, List.of(), "io.backupconsole.Main", List.of(args));
    }

    /** Any main class of the test class path, with extra JVM options (never {@code -Duser.home}). */
    public static ProcessBuilder java(Path home, List<String> jvmOptions, String mainClass, List<String> args) {
        if (jvmOptions.stream().anyMatch(option -> option.startsWith("-Duser.home"))) {
            throw new IllegalArgumentException("a user's shell passes no -Duser.home");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("XDG_"));
        // Options the launcher would announce on stderr ("Picked up …"), which tests read line by line.
        List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS").forEach(environment::remove);
        environment.put("HOME", home.toString());
        return builder;
    }

    /** Runs the child to its end, its output kept in files of {@code outputs} (no pipe can fill up and block it). */
    public static Result run(ProcessBuilder builder, Path outputs) throws IOException, InterruptedException {
        Files.createDirectories(outputs);
        Path out = Files.createTempFile(outputs, "stdout", ".txt");
        Path err = Files.createTempFile(outputs, "stderr", ".txt");
        Process process = builder.redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the child did not end within " + TIMEOUT_SECONDS + " s: " + builder.command()
                    + "\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
