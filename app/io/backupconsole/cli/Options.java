package io.backupconsole.cli;

import io.backupconsole.aws.CliOption;
import io.backupconsole.aws.ServiceRegistry;
import io.backupconsole.domain.AwsService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line, parsed. Unknown options are errors with a message naming them (exit code 2). A first argument
 * {@code backup} or {@code jobs} selects a headless command; its own options are accepted only after it, the
 * connection options ({@code --profile}, {@code --region}, {@code --endpoint-url}) everywhere.
 *
 * @param sandboxServer run only the sandbox, headless
 * @param port          sandbox port (0 = any free port)
 * @param timeScale     sandbox time scale
 * @param failureRate   sandbox share of failing backups
 * @param profile       AWS profile to connect with
 * @param region        AWS region
 * @param endpointUrl   endpoint override for every service
 * @param help          print usage
 * @param exitAfterFirstFrame hidden, not in the {@link #usage}: quit once the window shows data (installer training run)
 * @param command       what to run
 * @param backup        the options of {@code backup}, null for the other commands
 * @param watch         {@code jobs --watch}
 * @param all           {@code jobs --all}
 * @param timeout       {@code jobs --watch --timeout} or {@code backup --wait --timeout}: how long the whole watch or
 *                      wait may last, null for no bound
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
        boolean exitAfterFirstFrame,
        Command command,
        BackupArgs backup,
        boolean watch,
        boolean all,
        Duration timeout) {

    /** What the command line asks for. */
    public enum Command {
        WINDOW,
        SANDBOX_SERVER,
        BACKUP,
        JOBS
    }

    /** The usage text before the services' own lines. */
    private static final String USAGE_HEAD = """
            Usage:
              backup-console [--profile NAME] [--region REGION] [--endpoint-url URL]
                  Opens the Backup Console window. AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL and
                  AWS_ENDPOINT_URL_<SERVICE> are respected; the command line wins over them. What is not given
                  comes from the connection and region picked last time, else the built-in sandbox in us-east-1.
                  Switch connection, region and theme in the window; the choice is remembered.
              backup-console backup --service SERVICE --resource ID [options] [--profile NAME] [--region REGION]
                                    [--endpoint-url URL]
                  Starts one backup without the window, checked by the same rules as the app's dialogs, and
                  tracked in the same job journal (the app and `jobs` follow it). Prints the job id and the
                  service's id. The connection comes from the command line and the AWS environment only (not from
                  the window's last choice); with none, a throw-away in-process sandbox is used, with a warning.
            """;

    /** The usage text after the services' own lines. */
    private static final String USAGE_TAIL = """
                  --wait                 follow the backup to its end with a progress bar on stderr
                  --timeout DURATION     with --wait: stop following after this long (90s, 10m, 1h); the
                                         backup goes on and stays tracked
                  Exit codes: 0 started (with --wait: succeeded), 1 refused, not possible now, failed or (with
                  --wait) unreachable for 3 minutes or past --timeout,
                  2 invalid command line or input (one "error: FIELD: message" line per problem, nothing sent),
                  130 interrupted (the job stays tracked; `jobs --watch` or the app resumes it).
              backup-console jobs [--watch] [--all] [--timeout DURATION]
                  Lists the tracked backup jobs of the app and of `backup`: unfinished ones, or with --all
                  finished ones too. --watch resumes the unfinished ones and follows them until they end,
                  printing each change. A job whose connection cannot be reached for 3 minutes (refused, DNS,
                  profile gone, credentials refused) is reported unreachable; it stays tracked and is tried
                  again by the next watch or the app. --timeout (90s, 10m, 1h) bounds the whole watch.
                  Exit codes: 0 every watched job ended, 1 only unreachable jobs are left or the timeout
                  passed (the jobs stay tracked), 2 invalid command line, 130 interrupted.
              backup-console --sandbox-server [--port N] [--time-scale X] [--failure-rate R]
                  Runs only the built-in AWS sandbox on 127.0.0.1 (default port 4566) until stopped.
                  Any AWS client works against it with dummy credentials and --endpoint-url.
              backup-console --help
            """;

    /** Where the help of a usage line starts, after the flag and its placeholder. */
    private static final int HELP_COLUMN = 23;

    /** The usage, with the flags of {@code services} (each service declares its own). */
    public static String usage(ServiceRegistry services) {
        StringBuilder usage = new StringBuilder(USAGE_HEAD);
        String indent = "      ";
        usage.append(indent)
                .append("--service ")
                .append(String.join(
                        "|", services.services().stream().map(AwsService::id).toList()))
                .append('\n');
        usage.append(line(
                indent,
                "--resource ID",
                ServiceRegistry.inWords(services.modules().stream()
                        .map(module -> module.cli().resourceForm())
                        .toList())));
        usage.append(
                line(indent, "--tag KEY=VALUE", "a tag of the backup (recovery point for AWS Backup); repeatable"));
        for (CliOption option : services.cliOptions()) {
            usage.append(line(indent, option.flag() + " " + option.placeholder(), option.help()));
        }
        return usage.append(USAGE_TAIL).toString();
    }

    private static String line(String indent, String option, String help) {
        return indent + option + " ".repeat(Math.max(1, HELP_COLUMN - option.length())) + help + "\n";
    }

    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})([smh])");
    private static final Pattern REGION = Pattern.compile("[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}");

    /** Thrown for a command line that cannot be understood; the message says what is wrong. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /** @param services the services whose flags {@code backup} takes */
    public static Options parse(ServiceRegistry services, String[] args) throws UsageException {
        boolean sandboxServer = false;
        boolean help = false;
        boolean exitAfterFirstFrame = false;
        boolean watch = false;
        boolean all = false;
        Duration timeout = null;
        Integer port = null;
        Double timeScale = null;
        Double failureRate = null;
        String profile = null;
        String region = null;
        String endpoint = null;
        List<String> rest = new ArrayList<>(List.of(args));
        Set<String> seen = new HashSet<>();
        Command command = Command.WINDOW;
        if (!rest.isEmpty() && (rest.get(0).equals("backup") || rest.get(0).equals("jobs"))) {
            command = rest.remove(0).equals("backup") ? Command.BACKUP : Command.JOBS;
        }
        BackupArgs.Builder backup = new BackupArgs.Builder(services);
        BackupArgs.ValueSource backupValues = new BackupArgs.ValueSource() {
            @Override
            public String next(String option) throws UsageException {
                return once(option, seen, value(option, rest));
            }

            @Override
            public String repeatable(String option) throws UsageException {
                return value(option, rest);
            }
        };
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            if (command == Command.BACKUP && backup.accept(arg, backupValues)) {
                continue;
            }
            switch (arg) {
                case "--sandbox-server" -> sandboxServer = true;
                case "--help", "-h" -> help = true;
                case "--port" -> port = parseInt(arg, once(arg, seen, value(arg, rest)), 0, 65535);
                case "--time-scale" -> timeScale = parsePositive(arg, once(arg, seen, value(arg, rest)));
                case "--failure-rate" -> failureRate = parseRate(arg, once(arg, seen, value(arg, rest)));
                case "--profile" -> profile = once(arg, seen, value(arg, rest));
                case "--region" -> region = region(once(arg, seen, value(arg, rest)));
                case "--endpoint-url" -> endpoint = once(arg, seen, value(arg, rest));
                case "--watch" -> watch = onlyFor(command, Command.JOBS, arg);
                case "--all" -> all = onlyFor(command, Command.JOBS, arg);
                case "--timeout" -> {
                    if (command != Command.JOBS && command != Command.BACKUP) {
                        throw new UsageException("--timeout is an option of the jobs and backup commands");
                    }
                    timeout = parseDuration(arg, once(arg, seen, value(arg, rest)));
                }
                // Hidden: for the installer build's AOT training run and start-up timing, not for users.
                case "--exit-after-first-frame" -> exitAfterFirstFrame = true;
                default ->
                    throw new UsageException(
                            arg.startsWith("-")
                                    ? "Unknown option: " + arg
                                    : "Unknown command or argument: " + arg + " (commands: backup, jobs)");
            }
        }
        if (sandboxServer && command == Command.WINDOW) {
            command = Command.SANDBOX_SERVER;
        } else if (sandboxServer || (command != Command.WINDOW && exitAfterFirstFrame)) {
            throw new UsageException("--sandbox-server and its options do not go with the "
                    + command.name().toLowerCase(Locale.ROOT) + " command");
        }
        if (command != Command.SANDBOX_SERVER && (port != null || timeScale != null || failureRate != null)) {
            String option = port != null ? "--port" : timeScale != null ? "--time-scale" : "--failure-rate";
            throw new UsageException(option + " is an option of --sandbox-server"
                    + (command == Command.WINDOW
                            ? ""
                            : "; --sandbox-server and its options do not go with the "
                                    + command.name().toLowerCase(Locale.ROOT) + " command"));
        }
        BackupArgs backupArgs = command == Command.BACKUP && !help ? backup.build() : null;
        if (timeout != null && command == Command.JOBS && !watch) {
            throw new UsageException("--timeout bounds jobs --watch; add --watch");
        }
        if (timeout != null && backupArgs != null && !backupArgs.await()) {
            throw new UsageException("--timeout bounds backup --wait; add --wait");
        }
        return new Options(
                sandboxServer,
                port,
                timeScale,
                failureRate,
                profile,
                region,
                endpoint,
                help,
                exitAfterFirstFrame,
                command,
                backupArgs,
                watch,
                all,
                timeout);
    }

    private static boolean onlyFor(Command command, Command expected, String option) throws UsageException {
        if (command != expected) {
            throw new UsageException(
                    option + " is an option of the " + expected.name().toLowerCase(Locale.ROOT) + " command");
        }
        return true;
    }

    /**
     * An option that takes one value may be given once: a second one is a mistake (which one was meant?), not a
     * silent override. Repeatable options ({@code --tag}) do not come through here.
     */
    private static String once(String option, Set<String> seen, String value) throws UsageException {
        if (!seen.add(option)) {
            throw new UsageException(option + " is given more than once");
        }
        return value;
    }

    /** The shape of an AWS region id ({@code us-east-1}, {@code ap-southeast-2}, {@code us-gov-west-1}). */
    private static String region(String text) throws UsageException {
        if (!REGION.matcher(text).matches()) {
            throw new UsageException("--region must be a region id such as us-east-1, got " + text);
        }
        return text;
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

    /** A whole number of seconds, minutes or hours: {@code 90s}, {@code 10m}, {@code 1h}. */
    private static Duration parseDuration(String option, String text) throws UsageException {
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw new UsageException(option
                    + " must be a positive whole number of seconds, minutes or hours such as 90s, 10m or 1h, got "
                    + text);
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
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
