package org.commonplan.cli;

import java.time.Duration;

import org.commonplan.bundle.TimeLimits;

import picocli.CommandLine;

/** Reads durations as a scheduler writes them: {@code 30s}, {@code 2m}, {@code 1h} or ISO-8601 {@code PT30S}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        Duration duration;
        try {
            duration = TimeLimits.parse(value);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too large a number to be a duration");
        }
        if (duration == null) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 30s, 2m or PT30S");
        }
        String refusal = TimeLimits.refusal(duration);
        if (refusal != null) {
            throw new CommandLine.TypeConversionException("'" + value + "' " + refusal);
        }
        return duration;
    }
}
