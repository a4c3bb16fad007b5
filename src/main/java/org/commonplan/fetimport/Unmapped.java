package org.commonplan.fetimport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Why a FET constraint type that CommonPlan cannot express yet is dropped, in the report's words. */
final class Unmapped {

    private static final String SPEC_5 = "not in CommonPlan yet (SPEC §5 lists it as coming)";
    private static final Map<String, String> WHY = reasons();

    private Unmapped() {
    }

    static String why(String type) {
        return WHY.getOrDefault(type, "CommonPlan has no rule of this kind");
    }

    private static Map<String, String> reasons() {
        Map<String, String> why = new HashMap<>();
        for (String type : List.of("ConstraintActivitiesSameStartingTime", "ConstraintActivitiesSameStartingHour",
                "ConstraintActivitiesSameStartingDay")) {
            why.put(type, "sections that start together: " + SPEC_5);
        }
        for (String type : List.of("ConstraintTeacherMaxDaysPerWeek", "ConstraintTeachersMaxDaysPerWeek",
                "ConstraintTeacherIntervalMaxDaysPerWeek", "ConstraintTeachersIntervalMaxDaysPerWeek",
                "ConstraintTeacherMinDaysPerWeek", "ConstraintTeachersMinDaysPerWeek")) {
            why.put(type, "teachers' days a week: " + SPEC_5);
        }
        for (String type : List.of("ConstraintTeacherMinHoursDaily", "ConstraintTeachersMinHoursDaily")) {
            why.put(type, "minimum lessons on a day a teacher comes in: " + SPEC_5);
        }
        for (String type : List.of("ConstraintTeacherMaxGapsPerWeek", "ConstraintTeacherMaxGapsPerDay",
                "ConstraintTeachersMaxGapsPerWeek", "ConstraintTeachersMaxGapsPerDay",
                "ConstraintStudentsSetMaxGapsPerWeek", "ConstraintStudentsSetMaxGapsPerDay",
                "ConstraintStudentsMaxGapsPerWeek", "ConstraintStudentsMaxGapsPerDay",
                "ConstraintStudentsEarlyMaxBeginningsAtSecondHour",
                "ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour")) {
            why.put(type, "idle gaps of teachers and student groups: " + SPEC_5);
        }
        for (String type : List.of("ConstraintStudentsSetMinHoursDaily", "ConstraintStudentsMinHoursDaily",
                "ConstraintStudentsSetMaxHoursDaily", "ConstraintStudentsMaxHoursDaily")) {
            why.put(type, "minimum and maximum lessons a day for a group: " + SPEC_5);
        }
        why.put("ConstraintTeacherMaxHoursContinuously", "a teacher's own limit of lessons in a row: " + SPEC_5
                + "; the school-wide max_consecutive_teaching is soft");
        for (String type : List.of("ConstraintTwoActivitiesConsecutive", "ConstraintTwoActivitiesOrdered",
                "ConstraintTwoActivitiesOrderedIfSameDay", "ConstraintTwoActivitiesGrouped",
                "ConstraintThreeActivitiesGrouped")) {
            why.put(type, "lessons consecutive or in order: " + SPEC_5);
        }
        why.put("ConstraintActivitiesNotOverlapping", "sections that never overlap: " + SPEC_5);
        for (String type : List.of("ConstraintActivityEndsStudentsDay", "ConstraintActivitiesEndStudentsDay")) {
            why.put(type, "a lesson that ends the students' day: " + SPEC_5);
        }
        why.put("ConstraintMaxDaysBetweenActivities", "CommonPlan has no limit on the days between lessons");
        for (String type : List.of("ConstraintActivitiesOccupyMaxDifferentRooms",
                "ConstraintActivitiesSameRoomIfConsecutive")) {
            why.put(type, "CommonPlan has no rule tying lessons to the same rooms (its soft room-spread rule keeps "
                    + "each teacher's rooms few)");
        }
        for (String type : List.of("ConstraintTeacherMaxBuildingChangesPerDay",
                "ConstraintTeachersMaxBuildingChangesPerDay", "ConstraintTeacherMaxBuildingChangesPerWeek",
                "ConstraintTeachersMaxBuildingChangesPerWeek", "ConstraintTeacherMinGapsBetweenBuildingChanges",
                "ConstraintTeachersMinGapsBetweenBuildingChanges", "ConstraintStudentsMaxBuildingChangesPerDay",
                "ConstraintStudentsMaxBuildingChangesPerWeek", "ConstraintStudentsMinGapsBetweenBuildingChanges",
                "ConstraintStudentsSetMaxBuildingChangesPerDay", "ConstraintStudentsSetMaxBuildingChangesPerWeek",
                "ConstraintStudentsSetMinGapsBetweenBuildingChanges")) {
            why.put(type, "CommonPlan has no buildings");
        }
        return Map.copyOf(why);
    }
}
