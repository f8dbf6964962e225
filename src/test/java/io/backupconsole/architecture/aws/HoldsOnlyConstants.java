package io.backupconsole.architecture.aws;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What {@code StaticStateTest}'s rules allow: constants and immutable collections. */
@SuppressWarnings("unused")
public final class HoldsOnlyConstants {
    private static final String NAME = "aws.configFile";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Set<String> STATES = Set.of("CREATING", "PENDING");
    private static final List<String> ORDER = List.of("a", "b");
    private static final Pattern STATUS = Pattern.compile("Status Code: (\\d{3})");

    private HoldsOnlyConstants() {}

    /** An enum adds a synthetic static array ($VALUES): the compiler's, not state. */
    public enum Kind {
        ONE,
        TWO
    }
}
