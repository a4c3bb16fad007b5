package org.commonplan.bundle;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses solve time limits: {@code 30s}, {@code 2m}, {@code 1h}, {@code 500ms} or ISO-8601 such as {@code PT30S}. */
public final class TimeLimits {

    /**
     * The shortest solve anyone may ask for: below it construction is often cut short and the schedule has lessons
     * without a place (such a result is reported as incomplete, never feasible).
     */
    public static final Duration MINIMUM = Duration.ofSeconds(1);

    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)?");

    private TimeLimits() {
    }

    /** Why {@code limit} cannot be a solve's time limit, or null when it can. */
    public static String refusal(Duration limit) {
        return limit.compareTo(MINIMUM) < 0 ? "is shorter than the shortest solve, " + MINIMUM.toSeconds()
                + "s (a shorter one ends before every lesson has a place)" : null;
    }

    /** The duration, or null when the text is not one (or not positive). */
    public static Duration parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        Duration duration;
        Matcher matcher = SHORT.matcher(trimmed.toLowerCase());
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            duration = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        } else {
            try {
                duration = Duration.parse(trimmed.toUpperCase());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return duration.isNegative() || duration.isZero() ? null : duration;
    }
}
