package org.commonplan.fetimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.fetimport.FetImportException.FetProblem;

/**
 * The timetable FET writes beside a generated file, {@code <name>_activities.xml}: each placed activity's day,
 * starting hour and room, by FET's names. Read with the same secure parser as a FET file.
 *
 * @param fileName   the file's name, for problems
 * @param placements every placed activity, in file order
 */
public record FetTimetable(String fileName, List<Placement> placements) {

    /** The root element FET gives the file. */
    static final String ROOT = "Activities_Timetable";

    /**
     * Where FET placed one activity.
     *
     * @param day  the day's FET name, or null when FET did not place the activity (a run that ended before
     *             placing every activity writes the most it placed, the others with an empty day and hour)
     * @param hour the starting hour's FET name, or null with the day
     * @param room the room's FET name, or null when the activity takes no room
     */
    public record Placement(int activityId, String day, String hour, String room, int line) {

        /** Whether FET placed the activity. */
        public boolean isPlaced() {
            return day != null;
        }
    }

    public FetTimetable {
        placements = List.copyOf(placements);
    }

    /**
     * Reads the file; an activity without an id, with a day but no hour or an hour but no day, or listed twice, is a
     * problem.
     */
    public static FetTimetable read(String fileName, byte[] bytes) throws FetImportException {
        if (bytes.length > FetReader.MAX_FILE_BYTES) {
            throw new FetImportException(new FetProblem(fileName, 0, null, "the file is larger than the limit of "
                    + FetReader.MAX_FILE_BYTES / (1024 * 1024) + " MB"));
        }
        XmlNode root = FetXml.parse(fileName, bytes, ROOT, "a FET timetable (<name>_activities.xml)");
        List<FetProblem> problems = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        Map<Integer, Integer> lineById = new HashMap<>();
        for (XmlNode activity : root.children("Activity")) {
            String id = activity.text("Id");
            String day = activity.text("Day");
            String hour = activity.text("Hour");
            Integer number = null;
            try {
                number = id == null ? null : Integer.valueOf(id);
            } catch (NumberFormatException e) {
                problems.add(new FetProblem(fileName, activity.line(), "Activity", "Id \"" + id
                        + "\" is not a whole number"));
                continue;
            }
            if (number == null || (day == null) != (hour == null)) {
                problems.add(new FetProblem(fileName, activity.line(), "Activity", "an activity needs an <Id>, and a "
                        + "<Day> and an <Hour> when FET placed it; this one has no <" + (number == null ? "Id"
                        : day == null ? "Day" : "Hour") + ">"));
                continue;
            }
            Integer firstLine = lineById.putIfAbsent(number, activity.line());
            if (firstLine != null) {
                problems.add(new FetProblem(fileName, activity.line(), "Activity", "activity " + number
                        + " is already placed on line " + firstLine));
                continue;
            }
            placements.add(new Placement(number, day, hour, activity.text("Room"), activity.line()));
        }
        if (!problems.isEmpty()) {
            throw new FetImportException(problems);
        }
        return new FetTimetable(fileName, placements);
    }
}
