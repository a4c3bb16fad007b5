package org.commonplan.fetimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonplan.fetimport.FetImportException.FetProblem;
import org.commonplan.fetimport.FetSchool.Activity;
import org.commonplan.fetimport.FetSchool.Constraint;
import org.commonplan.fetimport.FetSchool.Room;
import org.commonplan.fetimport.FetSchool.Teacher;

/**
 * Reads the parts of a FET file's tree that the import uses, and checks what FET itself would refuse: every name
 * an activity uses is defined, ids and durations are whole numbers, activity ids are unique.
 */
final class FetReader {

    /** Largest FET file read: the largest official example is under 10 MB. */
    static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    private final String fileName;
    private final List<FetProblem> problems = new ArrayList<>();
    /** What was read but set aside, as FET itself does (a name defined twice). */
    private final List<String> notes = new ArrayList<>();

    private FetReader(String fileName) {
        this.fileName = fileName;
    }

    static FetSchool read(String fileName, byte[] bytes) throws FetImportException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new FetImportException(new FetProblem(fileName, 0, null, "the file is larger than the limit of "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB"));
        }
        return new FetReader(fileName).read(FetXml.parse(fileName, bytes));
    }

    private FetSchool read(XmlNode root) throws FetImportException {
        // A day or hour defined twice would make times ambiguous; FET ignores a second subject, tag or teacher.
        List<String> days = names(root, "Days_List", "Day", "day", false);
        List<String> hours = names(root, "Hours_List", "Hour", "hour", false);
        List<String> subjects = names(root, "Subjects_List", "Subject", "subject", true);
        List<String> tags = names(root, "Activity_Tags_List", "Activity_Tag", "activity tag", true);
        List<Teacher> teachers = new ArrayList<>();
        XmlNode teachersList = root.child("Teachers_List");
        Set<String> teacherNames = new HashSet<>();
        if (teachersList != null) {
            for (XmlNode teacher : teachersList.children("Teacher")) {
                String name = teacher.text("Name");
                if (name == null) {
                    problem(teacher, "a teacher without a <Name>");
                } else if (!teacherNames.add(name)) {
                    ignoredTwice(teacher, "teacher", name);
                } else {
                    teachers.add(new Teacher(name, teacher.line()));
                }
            }
        }
        StudentSets students = StudentSets.of(root.child("Students_List"));
        List<Room> rooms = rooms(root.child("Rooms_List"));
        if (days.isEmpty()) {
            problem(root, "the file has no days (Days_List)");
        }
        if (hours.isEmpty()) {
            problem(root, "the file has no hours (Hours_List)");
        }
        List<Activity> activities = activities(root.child("Activities_List"), hours.size(),
                new HashSet<>(teachers.stream().map(Teacher::name).toList()), new HashSet<>(subjects),
                new HashSet<>(tags), students);
        List<Constraint> constraints = new ArrayList<>();
        constraints(root.child("Time_Constraints_List"), constraints);
        constraints(root.child("Space_Constraints_List"), constraints);
        if (!problems.isEmpty()) {
            throw new FetImportException(problems);
        }
        String version = root.attributes().get("version");
        return new FetSchool(fileName, version, root.text("Institution_Name"), days, hours, subjects, teachers,
                students, activities, rooms, constraints, notes);
    }

    private void problem(XmlNode node, String message) {
        problems.add(new FetProblem(fileName, node.line(), node.name(), message));
    }

    private void ignoredTwice(XmlNode node, String noun, String name) {
        notes.add(String.format("line %d: %s \"%s\" is defined a second time; the second is ignored, as FET "
                + "does", node.line(), noun, name));
    }

    /** The names of a list's items, each unique; a repeated name is a problem, or ignored when allowed. */
    private List<String> names(XmlNode root, String listName, String itemName, String noun, boolean repeatIgnored) {
        List<String> names = new ArrayList<>();
        XmlNode list = root.child(listName);
        if (list == null) {
            return names;
        }
        Set<String> seen = new HashSet<>();
        for (XmlNode item : list.children(itemName)) {
            // FET writes <Day><Name>Monday</Name></Day>; very old files wrote <Day>Monday</Day>.
            String name = item.child("Name") != null ? item.text("Name") : (item.text().isEmpty() ? null : item.text());
            if (name == null) {
                problem(item, "a " + noun + " without a name");
            } else if (!seen.add(name)) {
                if (repeatIgnored) {
                    ignoredTwice(item, noun, name);
                } else {
                    problem(item, noun + " \"" + name + "\" is defined twice");
                }
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private List<Room> rooms(XmlNode list) {
        List<Room> rooms = new ArrayList<>();
        if (list == null) {
            return rooms;
        }
        Set<String> seen = new HashSet<>();
        for (XmlNode room : list.children("Room")) {
            String name = room.text("Name");
            Integer capacity = integer(room, "Capacity", 0, Integer.MAX_VALUE);
            if (name == null) {
                problem(room, "a room without a <Name>");
            } else if (!seen.add(name)) {
                ignoredTwice(room, "room", name);
            } else if (capacity != null) {
                String building = room.text("Building");
                rooms.add(new Room(name, capacity, "true".equals(room.text("Virtual")),
                        building == null || building.isBlank() ? null : building, room.line()));
            }
        }
        return rooms;
    }

    private List<Activity> activities(XmlNode list, int hours, Set<String> teachers, Set<String> subjects,
            Set<String> tags, StudentSets students) {
        List<Activity> activities = new ArrayList<>();
        if (list == null) {
            return activities;
        }
        Map<Integer, Integer> lineById = new HashMap<>();
        for (XmlNode activity : list.children("Activity")) {
            int before = problems.size();
            Integer id = integer(activity, "Id", 0, Integer.MAX_VALUE);
            Integer groupId = activity.text("Activity_Group_Id") == null ? Integer.valueOf(0)
                    : integer(activity, "Activity_Group_Id", 0, Integer.MAX_VALUE);
            Integer duration = integer(activity, "Duration", 1, Math.max(1, hours));
            String subject = activity.text("Subject");
            List<String> activityTeachers = activity.texts("Teacher");
            List<String> activityTags = activity.texts("Activity_Tag");
            List<String> activityStudents = activity.texts("Students");
            String label = id == null ? "the activity" : "activity " + id;
            if (id != null) {
                Integer firstLine = lineById.putIfAbsent(id, activity.line());
                if (firstLine != null) {
                    problem(activity, "activity id " + id + " is already used on line " + firstLine);
                }
            }
            for (String teacher : activityTeachers) {
                if (!teachers.contains(teacher)) {
                    problem(activity, label + ": teacher \"" + teacher + "\" is not in the Teachers_List");
                }
            }
            if (subject == null) {
                problem(activity, label + " has no <Subject>");
            } else if (!subjects.contains(subject)) {
                problem(activity, label + ": subject \"" + subject + "\" is not in the Subjects_List");
            }
            for (String tag : activityTags) {
                if (!tags.contains(tag)) {
                    problem(activity, label + ": activity tag \"" + tag + "\" is not in the Activity_Tags_List");
                }
            }
            for (String set : activityStudents) {
                if (!students.known(set)) {
                    problem(activity, label + ": students set \"" + set + "\" is not in the Students_List");
                }
            }
            Integer explicitStudents = activity.text("Number_Of_Students") == null ? null
                    : integer(activity, "Number_Of_Students", 0, Integer.MAX_VALUE);
            boolean active = !"false".equals(activity.text("Active"));
            if (problems.size() == before) {
                activities.add(new Activity(id, groupId == 0 ? id : groupId, activityTeachers, subject, activityTags,
                        activityStudents, duration, active, explicitStudents, activity.line()));
            }
        }
        return activities;
    }

    private void constraints(XmlNode list, List<Constraint> constraints) {
        if (list == null) {
            return;
        }
        for (XmlNode constraint : list.children()) {
            String raw = constraint.text("Weight_Percentage");
            double weight = 100.0;
            if (raw != null) {
                try {
                    weight = Double.parseDouble(raw);
                } catch (NumberFormatException e) {
                    problem(constraint, "Weight_Percentage \"" + raw + "\" is not a number");
                    continue;
                }
                if (weight < 0 || weight > 100 || Double.isNaN(weight)) {
                    problem(constraint, "Weight_Percentage must be between 0 and 100, not " + raw);
                    continue;
                }
            }
            constraints.add(new Constraint(constraint.name(), weight, !"false".equals(constraint.text("Active")),
                    constraint));
        }
    }

    /** A whole number child in [min, max], or null after reporting a missing or bad one. */
    private Integer integer(XmlNode parent, String child, int min, int max) {
        String raw = parent.text(child);
        if (raw == null) {
            problem(parent, "<" + child + "> is missing");
            return null;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                problem(parent.child(child), child + " must be between " + min + " and " + max + ", not " + value);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(parent.child(child), child + " \"" + raw + "\" is not a whole number");
            return null;
        }
    }
}
