package org.commonplan.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of school the generator builds, each with the shape of a typical US school of its kind. */
public enum Archetype {
    /** K-5, self-contained homerooms; a specials rotation gives each grade team a common period. */
    ELEMENTARY("elementary", 30),
    /** Grades 6-8, interdisciplinary grade teams sharing cohorts, content PLCs across grades, encore classes. */
    MIDDLE("middle", 42),
    /** A 7-period day; departments as content PLCs with a common planning period. */
    HIGH_TRADITIONAL("high-traditional", 60),
    /** Four 90-minute blocks a day, courses a semester long. */
    HIGH_4X4("high-4x4", 50),
    /** Eight 90-minute blocks over alternating A and B days. */
    HIGH_AB("high-ab", 60),
    /** A large comprehensive high school on a 7-period day: about 150 teachers and 750 sections. */
    HIGH_LARGE("high-large", 165),
    /** A very large high school on a 7-period day: about 300 teachers. */
    HIGH_XL("high-xl", 300);

    private final String cliName;
    private final int defaultTeachers;

    Archetype(String cliName, int defaultTeachers) {
        this.cliName = cliName;
        this.defaultTeachers = defaultTeachers;
    }

    /** The name used on the command line and in dataset folder names, e.g. {@code high-4x4}. */
    public String cliName() {
        return cliName;
    }

    public int defaultTeachers() {
        return defaultTeachers;
    }

    public boolean isHighSchool() {
        return this != ELEMENTARY && this != MIDDLE;
    }

    public static Archetype byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(archetype -> archetype.cliName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown archetype '" + name + "'; the archetypes are "
                        + names()));
    }

    public static String names() {
        return Arrays.stream(values()).map(Archetype::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
