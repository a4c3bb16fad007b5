package org.commonplan.fetimport;

import java.util.List;

/**
 * What a FET file says, read but not yet translated: names as FET writes them, activities, rooms and the
 * constraints still as elements.
 *
 * @param fileName    the FET file's name, for problems and the report
 * @param version     the FET version that wrote the file
 * @param institution the institution's name, or null
 * @param days        day names in order
 * @param hours       hour names in order (the same hours every day)
 * @param subjects    subject names
 * @param teachers    teachers in file order
 * @param students    the years, groups and subgroups
 * @param activities  every activity, active or not
 * @param rooms       rooms in file order
 * @param constraints time constraints, then space constraints, in file order
 * @param notes       what was read but set aside, for the report
 */
record FetSchool(String fileName, String version, String institution, List<String> days, List<String> hours,
        List<String> subjects, List<Teacher> teachers, StudentSets students, List<Activity> activities,
        List<Room> rooms, List<Constraint> constraints, List<String> notes) {

    record Teacher(String name, int line) {
    }

    /**
     * A room; a virtual room (FET 6) stands for sets of real rooms taken together.
     *
     * @param capacity FET's capacity (FET's default for "no limit" is large, e.g. 30000)
     * @param building the name of its building, or null when FET gives none
     */
    record Room(String name, int capacity, boolean virtual, String building, int line) {
    }

    /**
     * One FET activity: one lesson of {@code duration} consecutive hours. The sub-activities of a split activity
     * share an {@code groupId}; an activity that is not split is its own group.
     *
     * @param explicitStudents the activity's own number of students when FET's is not computed from its sets,
     *                         else null
     */
    record Activity(int id, int groupId, List<String> teachers, String subject, List<String> tags,
            List<String> students, int duration, boolean active, Integer explicitStudents, int line) {
    }

    /**
     * A time or space constraint.
     *
     * @param type   the element name, e.g. {@code ConstraintTeacherNotAvailableTimes}
     * @param weight FET's weight percentage, 0 to 100
     */
    record Constraint(String type, double weight, boolean active, XmlNode node) {

        boolean hard() {
            return weight >= 100.0;
        }
    }
}
