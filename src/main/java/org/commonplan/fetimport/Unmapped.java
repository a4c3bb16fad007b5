package org.commonplan.fetimport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Why a FET constraint type that CommonPlan cannot express is dropped, in the report's words. */
final class Unmapped {

    private static final Map<String, String> WHY = reasons();

    private Unmapped() {
    }

    static String why(String type) {
        return WHY.getOrDefault(type, "CommonPlan has no rule of this kind");
    }

    private static Map<String, String> reasons() {
        Map<String, String> why = new HashMap<>();
        why.put("ConstraintThreeActivitiesGrouped", "three lessons back to back in any order: CommonPlan's "
                + "GROUPED link joins two");
        why.put("ConstraintTwoActivitiesOrderedIfSameDay", "CommonPlan's ordered link holds over the whole week, "
                + "not only on a shared day");
        for (String type : List.of("ConstraintStudentsSetIntervalMaxDaysPerWeek",
                "ConstraintStudentsIntervalMaxDaysPerWeek")) {
            why.put(type, "CommonPlan counts the days a group comes in over the whole day, not in an interval of it");
        }
        why.put("ConstraintMaxDaysBetweenActivities", "CommonPlan has no limit on the days between lessons");
        why.put("ConstraintActivitiesSameRoomIfConsecutive", "CommonPlan ties lessons to one room for the whole "
                + "week (SAME_ROOM), not only when they follow each other");
        for (String type : List.of("ConstraintStudentsMaxHoursContinuously",
                "ConstraintStudentsSetMaxHoursContinuously")) {
            why.put(type, "CommonPlan limits lessons in a row for teachers, not for student groups");
        }
        return Map.copyOf(why);
    }
}
