package io.backupconsole.domain.rules;

import io.backupconsole.domain.awsbackup.BackupPlanRequest;
import io.backupconsole.domain.awsbackup.BackupSelectionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * AWS Backup's rules for a backup plan and a selection (CreateBackupPlan, CreateBackupSelection), shared by the
 * "Add to a backup plan" dialog and the sandbox. Sources: the AWS Backup model ("model"), the BackupPlanInput /
 * BackupRuleInput / BackupSelection API reference ("doc") and the schedule page of the developer guide
 * ("schedule"). Where they disagree the stricter rule wins. Pure and thread-safe.
 */
public final class BackupPlanRules {
    /**
     * doc BackupPlanName: letters, digits and {@code -_.}; "1 to 50 characters" in the console, up to 200 through
     * the API. The console's 50 is kept (stricter), so a plan made here can also be edited there.
     */
    private static final Pattern PLAN_NAME = Pattern.compile("[a-zA-Z0-9\\-_.]{1,50}");
    /** model BackupRuleName and BackupSelectionName: {@code ^[a-zA-Z0-9\-\_\.]{1,50}$}. */
    private static final Pattern RULE_NAME = Pattern.compile("[a-zA-Z0-9\\-_.]{1,50}");
    /** schedule: AWS cron, six fields; AWS Backup runs at most once an hour, so minutes are one fixed value. */
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");

    private static final Pattern MINUTES = Pattern.compile("[0-5]?[0-9]");
    private static final String LIST = "(?:%1$s)(?:-(?:%1$s))?(?:/\\d{1,2})?(?:,(?:%1$s)(?:-(?:%1$s))?(?:/\\d{1,2})?)*";
    private static final Pattern HOURS = Pattern.compile("\\*(?:/\\d{1,2})?|" + LIST.formatted("1?[0-9]|2[0-3]"));
    private static final Pattern DAY_OF_MONTH =
            Pattern.compile("\\?|\\*|L|W|\\d{1,2}W|" + LIST.formatted("[1-9]|[12][0-9]|3[01]"));
    private static final Pattern MONTH =
            Pattern.compile("\\*|" + LIST.formatted("[1-9]|1[0-2]|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"));
    private static final Pattern DAY_OF_WEEK =
            Pattern.compile("\\?|\\*|[1-7]L|[1-7]#[1-5]|" + LIST.formatted("[1-7]|SUN|MON|TUE|WED|THU|FRI|SAT"));
    private static final Pattern YEAR = Pattern.compile("\\*|" + LIST.formatted("19[7-9][0-9]|2[01][0-9][0-9]"));

    /** The dialog's schedule presets (05:00 UTC, AWS Backup's default start hour). */
    public enum SchedulePreset {
        DAILY("Daily", "cron(0 5 ? * * *)"),
        WEEKLY("Weekly (Saturday)", "cron(0 5 ? * SAT *)"),
        MONTHLY("Monthly (1st)", "cron(0 5 1 * ? *)"),
        CUSTOM("Custom cron", "");

        private final String words;
        private final String expression;

        SchedulePreset(String words, String expression) {
            this.words = words;
            this.expression = expression;
        }

        public String expression() {
            return expression;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private BackupPlanRules() {}

    public static List<Violation> checkPlan(BackupPlanRequest plan) {
        List<Violation> problems = new ArrayList<>();
        problems.addAll(checkPlanName(plan.planName()));
        problems.addAll(name(plan.ruleName(), "Rules.RuleName", "Rule name"));
        checkSchedule(plan.schedule())
                .ifPresent(message -> problems.add(new Violation("Rules.ScheduleExpression", message)));
        AwsBackupRules.checkVaultName(plan.vaultName())
                .forEach(v -> problems.add(new Violation("Rules.TargetBackupVaultName", v.message())));
        AwsBackupRules.checkLifecycleForAnyType(plan.lifecycle())
                .forEach(v ->
                        problems.add(new Violation(v.field().replace("Lifecycle.", "Rules.Lifecycle."), v.message())));
        return problems;
    }

    public static List<Violation> checkPlanName(String name) {
        return FieldCheck.required(name, "BackupPlanName", "Plan name is required.")
                .matching(PLAN_NAME, "Plan name must be 1 to 50 letters, numbers, hyphens, underscores or periods.")
                .violations();
    }

    public static List<Violation> checkSelection(BackupSelectionRequest selection) {
        List<Violation> problems = new ArrayList<>(name(selection.selectionName(), "SelectionName", "Selection name"));
        AwsBackupRules.checkIamRoleArn(selection.iamRoleArn()).forEach(problems::add);
        if (selection.resourceArns().isEmpty()) {
            problems.add(new Violation("Resources", "At least one resource ARN is required."));
        }
        for (String arn : selection.resourceArns()) {
            AwsBackupRules.checkResourceArn(arn).forEach(v -> problems.add(new Violation("Resources", v.message())));
        }
        return problems;
    }

    private static List<Violation> name(String name, String field, String label) {
        return FieldCheck.required(name, field, label + " is required.")
                .matching(RULE_NAME, label + " must be 1 to 50 letters, numbers, hyphens, underscores or periods.")
                .violations();
    }

    /**
     * Why a ScheduleExpression is not usable, or empty. AWS cron: {@code cron(minutes hours day-of-month month
     * day-of-week year)}; one of day-of-month and day-of-week must be {@code ?}; AWS Backup runs a rule at most once
     * an hour, so the minutes field is one number.
     */
    public static Optional<String> checkSchedule(String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.of("Schedule is required: cron(minutes hours day-of-month month day-of-week year).");
        }
        var cron = CRON.matcher(expression.strip());
        if (!cron.matches()) {
            return Optional.of("Schedule must be written cron(minutes hours day-of-month month day-of-week year), "
                    + "e.g. cron(0 5 ? * * *) for 05:00 UTC every day.");
        }
        String[] fields = cron.group(1).strip().split("\\s+");
        if (fields.length != 6) {
            return Optional.of("A cron schedule has 6 fields (minutes hours day-of-month month day-of-week year); "
                    + "this one has " + fields.length + ".");
        }
        String[] names = {"minutes", "hours", "day-of-month", "month", "day-of-week", "year"};
        Pattern[] patterns = {MINUTES, HOURS, DAY_OF_MONTH, MONTH, DAY_OF_WEEK, YEAR};
        for (int i = 0; i < 6; i++) {
            if (!patterns[i].matcher(fields[i].toUpperCase(Locale.ROOT)).matches()) {
                return Optional.of(
                        i == 0
                                ? "Minutes must be one number from 0 to 59: AWS Backup runs a rule at most once an hour."
                                : "The " + names[i] + " field \"" + fields[i] + "\" is not valid.");
            }
        }
        if (fields[2].equals("?") == fields[4].equals("?")) {
            return Optional.of("Exactly one of day-of-month and day-of-week must be ?, e.g. cron(0 5 ? * MON *).");
        }
        return Optional.empty();
    }
}
