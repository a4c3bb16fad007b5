package org.commonplan.generate;

/**
 * What to generate. Everything but the archetype and the seed may be null for the archetype's default; the same
 * options always give byte-identical files.
 *
 * @param teachers            about how many teachers the school has
 * @param name                the school's name (settings.csv); default drawn from the seed
 * @param planted             also write the planted schedule in {@code planted/}
 * @param ninetyMinuteMeetings elementary: one 90-minute specials block a week per grade, so grade teams meet
 *                            90 minutes at once (DOUBLE), as ERS's "larger specials" strategy does
 * @param sectionsPerTeacher  high school: sections a full-time teacher teaches (7-period day: 5 or 6)
 * @param leaders             number of teacher-leaders (default about 1 per 7 teachers)
 * @param releasePerDay       release periods a day of each teacher-leader
 * @param plcMeetingsPerWeek  high school: meetings a week each content PLC asks for
 */
public record GeneratorOptions(Archetype archetype, long seed, Integer teachers, String name, boolean planted,
        boolean ninetyMinuteMeetings, Integer sectionsPerTeacher, Integer leaders, Integer releasePerDay,
        Integer plcMeetingsPerWeek) {

    public GeneratorOptions {
        requireAtLeast("teachers", teachers, 1);
        requireAtLeast("sections per teacher", sectionsPerTeacher, 1);
        requireAtLeast("leaders", leaders, 0);
        requireAtLeast("release per day", releasePerDay, 0);
        requireAtLeast("PLC meetings per week", plcMeetingsPerWeek, 1);
    }

    private static void requireAtLeast(String what, Integer value, int min) {
        if (value != null && value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ", not " + value);
        }
    }

    /** Refuses a release that would leave a teacher-leader no teaching at all on this bell schedule. */
    void checkRelease(int maxTeachingPerDay) {
        if (releasePerDay != null && releasePerDay >= maxTeachingPerDay) {
            throw new IllegalArgumentException("release per day must be less than the teaching limit of "
                    + maxTeachingPerDay + " periods a day on this bell schedule, not " + releasePerDay);
        }
    }

    public static GeneratorOptions of(Archetype archetype, long seed) {
        return new GeneratorOptions(archetype, seed, null, null, false, false, null, null, null, null);
    }

    public GeneratorOptions withArchetype(Archetype value) {
        return new GeneratorOptions(value, seed, teachers, name, planted, ninetyMinuteMeetings, sectionsPerTeacher,
                leaders, releasePerDay, plcMeetingsPerWeek);
    }

    public GeneratorOptions withTeachers(Integer value) {
        return new GeneratorOptions(archetype, seed, value, name, planted, ninetyMinuteMeetings, sectionsPerTeacher,
                leaders, releasePerDay, plcMeetingsPerWeek);
    }

    public GeneratorOptions withName(String value) {
        return new GeneratorOptions(archetype, seed, teachers, value, planted, ninetyMinuteMeetings,
                sectionsPerTeacher, leaders, releasePerDay, plcMeetingsPerWeek);
    }

    public GeneratorOptions withPlanted(boolean value) {
        return new GeneratorOptions(archetype, seed, teachers, name, value, ninetyMinuteMeetings, sectionsPerTeacher,
                leaders, releasePerDay, plcMeetingsPerWeek);
    }

    public GeneratorOptions withNinetyMinuteMeetings(boolean value) {
        return new GeneratorOptions(archetype, seed, teachers, name, planted, value, sectionsPerTeacher, leaders,
                releasePerDay, plcMeetingsPerWeek);
    }

    public GeneratorOptions withSectionsPerTeacher(Integer value) {
        return new GeneratorOptions(archetype, seed, teachers, name, planted, ninetyMinuteMeetings, value, leaders,
                releasePerDay, plcMeetingsPerWeek);
    }

    public GeneratorOptions withLeaders(Integer value) {
        return new GeneratorOptions(archetype, seed, teachers, name, planted, ninetyMinuteMeetings,
                sectionsPerTeacher, value, releasePerDay, plcMeetingsPerWeek);
    }

    public GeneratorOptions withReleasePerDay(Integer value) {
        return new GeneratorOptions(archetype, seed, teachers, name, planted, ninetyMinuteMeetings,
                sectionsPerTeacher, leaders, value, plcMeetingsPerWeek);
    }

    public GeneratorOptions withPlcMeetingsPerWeek(Integer value) {
        return new GeneratorOptions(archetype, seed, teachers, name, planted, ninetyMinuteMeetings,
                sectionsPerTeacher, leaders, releasePerDay, value);
    }

    /** The number of teachers asked for, or the archetype's default. */
    public int teacherTarget() {
        return teachers != null ? teachers : archetype.defaultTeachers();
    }
}
