package io.backupconsole.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line, parsed. Unknown options are errors with a message naming them (exit code 2).
 *
 * @param sandboxServer run only the sandbox, headless
 * @param port          sandbox port (0 = any free port)
 * @param timeScale     sandbox time scale
 * @param failureRate   sandbox share of failing backups
 * @param profile       AWS profile to connect with
 * @param region        AWS region
 * @param endpointUrl   endpoint override for every service
 * @param help          print usage
 * @param exitAfterFirstFrame hidden, not in {@link #USAGE}: quit once the window shows data (installer training run)
 */
public record Options(
        boolean sandboxServer,
        Integer port,
        Double timeScale,
        Double failureRate,
        String profile,
        String region,
        String endpointUrl,
        boolean help,
        boolean exitAfterFirstFrame) {

    public static final String USAGE = """
            Usage:
              backup-console [--profile NAME] [--region REGION] [--endpoint-url URL]
                  Opens the Backup Console window. AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL and
                  AWS_ENDPOINT_URL_<SERVICE> are respected; the command line wins over them. What is not given
                  comes from the connection and region picked last time, else the built-in sandbox in us-east-1.
                  Switch connection, region and theme in the window; the choice is remembered.
              backup-console --sandbox-server [--port N] [--time-scale X] [--failure-rate R]
                  Runs only the built-in AWS sandbox on 127.0.0.1 (default port 4566) until stopped.
                  Any AWS client works against it with dummy credentials and --endpoint-url.
              backup-console --help
            """;

    /** Thrown for a command line that cannot be understood; the message says what is wrong. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public static Options parse(String[] args) throws UsageException {
        boolean sandboxServer = false;
        boolean help = false;
        boolean exitAfterFirstFrame = false;
        Integer port = null;
        Double timeScale = null;
        Double failureRate = null;
        String profile = null;
        String region = null;
        String endpoint = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "--sandbox-server" -> sandboxServer = true;
                case "--help", "-h" -> help = true;
                case "--port" -> port = parseInt(arg, value(arg, rest), 0, 65535);
                case "--time-scale" -> timeScale = parsePositive(arg, value(arg, rest));
                case "--failure-rate" -> failureRate = parseRate(arg, value(arg, rest));
                case "--profile" -> profile = value(arg, rest);
                case "--region" -> region = value(arg, rest);
                case "--endpoint-url" -> endpoint = value(arg, rest);
                // Hidden: for the installer build's AOT training run and start-up timing, not for users.
                case "--exit-after-first-frame" -> exitAfterFirstFrame = true;
                default -> throw new UsageException("Unknown option: " + arg);
            }
        }
        return new Options(sandboxServer, port, timeScale, failureRate, profile, region, endpoint, help,
                exitAfterFirstFrame);
    }

    private static String value(String option, List<String> rest) throws UsageException {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static int parseInt(String option, String text, int min, int max) throws UsageException {
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new UsageException(option + " must be between " + min + " and " + max + ", got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, got " + text);
        }
    }

    private static double parsePositive(String option, String text) throws UsageException {
        try {
            double value = Double.parseDouble(text);
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new UsageException(option + " must be a positive number, got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number, got " + text);
        }
    }

    private static double parseRate(String option, String text) throws UsageException {
        try {
            double value = Double.parseDouble(text);
            if (!(value >= 0 && value <= 1)) {
                throw new UsageException(option + " must be between 0 and 1, got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number, got " + text);
        }
    }
}
