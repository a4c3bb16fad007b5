package org.commonplan.bundle;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses solve time limits: {@code 30s}, {@code 2m}, {@code 1h}, {@code 500ms} or ISO-8601 such as {@code PT30S}. */
public final class TimeLimits {

    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)?");

    private TimeLimits() {
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
