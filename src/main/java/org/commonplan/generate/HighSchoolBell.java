package org.commonplan.generate;

import java.time.LocalTime;
import java.util.List;

import org.commonplan.domain.TimeslotKind;

/** The bell schedules a generated high school can run, and the teaching loads that go with each. */
enum HighSchoolBell {
    /** Seven 50-minute periods a day. */
    TRADITIONAL(5, 3, 3),
    /** Four 90-minute blocks a day; courses last a semester. */
    BLOCK_4X4(3, 1, 1),
    /** Eight 90-minute blocks: A1-A4 on A days (MON, WED, FRI), B1-B4 on B days (TUE, THU). */
    AB(6, 2, 1);

    private final int usualLoad;
    private final int partTimeLoad;
    private final int partTimeDailyLimit;

    HighSchoolBell(int usualLoad, int partTimeLoad, int partTimeDailyLimit) {
        this.usualLoad = usualLoad;
        this.partTimeLoad = partTimeLoad;
        this.partTimeDailyLimit = partTimeDailyLimit;
    }

    static HighSchoolBell of(Archetype archetype) {
        return switch (archetype) {
            case HIGH_4X4 -> BLOCK_4X4;
            case HIGH_AB -> AB;
            default -> TRADITIONAL;
        };
    }

    /** Sections a full-time teacher usually teaches, and the load class sizes are set for. */
    int usualLoad() {
        return usualLoad;
    }

    /** Sections a part-time (mornings only) teacher teaches. */
    int partTimeLoad() {
        return partTimeLoad;
    }

    /** Most lessons a day of a part-time teacher. */
    int partTimeDailyLimit() {
        return partTimeDailyLimit;
    }

    /** Kinds of day the daily limit counts separately: A days and B days on an A/B schedule, else one. */
    int dayTypes() {
        return this == AB ? 2 : 1;
    }

    /** Writes the week's periods, Monday to Friday, into bell_schedule.csv's rows. */
    void writeWeek(List<PlannedSchool.Period> bell) {
        List<String> days = List.of("MON", "TUE", "WED", "THU", "FRI");
        for (int d = 0; d < days.size(); d++) {
            String day = days.get(d);
            switch (this) {
                case TRADITIONAL -> new Week.DayBuilder(day, LocalTime.of(7, 45), bell)
                        .classPeriod("P1", 50, 5).classPeriod("P2", 50, 5).add("ADV", 20, TimeslotKind.ADVISORY, 5)
                        .classPeriod("P3", 50, 5).classPeriod("P4", 50, 0).add("LUNCH", 30, TimeslotKind.LUNCH, 5)
                        .classPeriod("P5", 50, 5).classPeriod("P6", 50, 5).classPeriod("P7", 50, 5);
                case BLOCK_4X4 -> blockDay(bell, day, "P1", "P2", "P3", "P4");
                case AB -> {
                    // One week of the two-week A/B rotation: A B A B A (the next week mirrors it).
                    if (d % 2 == 0) {
                        blockDay(bell, day, "A1", "A2", "A3", "A4");
                    } else {
                        blockDay(bell, day, "B1", "B2", "B3", "B4");
                    }
                }
            }
        }
    }

    private static void blockDay(List<PlannedSchool.Period> bell, String day, String first, String second,
            String third, String fourth) {
        new Week.DayBuilder(day, LocalTime.of(8, 0), bell).classPeriod(first, 90, 10)
                .classPeriod(second, 90, 0).add("LUNCH", 35, TimeslotKind.LUNCH, 5).classPeriod(third, 90, 10)
                .classPeriod(fourth, 90, 5);
    }
}
