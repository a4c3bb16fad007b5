package org.commonplan.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.commonplan.bundle.Table.Row;
import org.commonplan.domain.Placement;
import org.commonplan.domain.PreviousSchedule;

/**
 * Reads an earlier output folder as the schedule a re-solve starts from: master_schedule.csv (required) and
 * team_meetings.csv, as CommonPlan writes them. Problems are named by file, line and column like a bundle's.
 */
public final class PreviousScheduleReader {

    /** The earlier output's files a re-solve reads; the output package writes them under these names. */
    public static final String MASTER_SCHEDULE = "master_schedule.csv";
    public static final String TEAM_MEETINGS = "team_meetings.csv";

    private PreviousScheduleReader() {
    }

    /** Reads the earlier schedule from an output folder as CommonPlan writes it. */
    public static PreviousSchedule read(Path folder) throws BundleException, IOException {
        Problems problems = new Problems();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : new String[] {MASTER_SCHEDULE, TEAM_MEETINGS}) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    files.put(name, in.readNBytes(Limits.MAX_FILE_BYTES + 1));
                }
            }
        }
        if (!files.containsKey(MASTER_SCHEDULE)) {
            problems.addFileProblem(MASTER_SCHEDULE, "the file is missing from " + folder
                    + "; --previous takes a folder that solve wrote");
            throw problems.toException();
        }
        return read(files, problems);
    }

    /** Reads the earlier schedule from the two files' bytes by name (team_meetings.csv may be absent). */
    public static PreviousSchedule read(Map<String, byte[]> files) throws BundleException {
        return read(files, new Problems());
    }

    private static PreviousSchedule read(Map<String, byte[]> files, Problems problems) throws BundleException {
        Map<String, Placement> lessons = new LinkedHashMap<>();
        Map<String, Placement> meetings = new LinkedHashMap<>();
        Table lessonTable = table(files, MASTER_SCHEDULE, new String[] {"section", "lesson", "block",
                "room"}, problems);
        if (lessonTable != null) {
            Cells cells = new Cells(lessonTable, problems);
            for (Row row : cells.rows()) {
                String section = cells.required(row, "section");
                Integer number = requiredNumber(cells, row, "lesson");
                if (section != null && number != null && lessons.putIfAbsent(PreviousSchedule.lessonKey(section,
                        number), new Placement(row.get("block"), row.get("room"))) != null) {
                    cells.problem(row, "lesson", "lesson " + number + " of section " + Cells.quote(section)
                            + " is listed twice");
                }
            }
        }
        Table meetingTable = table(files, TEAM_MEETINGS, new String[] {"team", "meeting", "block"},
                problems);
        if (meetingTable != null) {
            Cells cells = new Cells(meetingTable, problems);
            for (Row row : cells.rows()) {
                String team = cells.required(row, "team");
                Integer number = requiredNumber(cells, row, "meeting");
                if (team != null && number != null && meetings.putIfAbsent(PreviousSchedule.meetingKey(team, number),
                        new Placement(row.get("block"), null)) != null) {
                    cells.problem(row, "meeting", "meeting " + number + " of team " + Cells.quote(team)
                            + " is listed twice");
                }
            }
        }
        problems.throwIfAny();
        return new PreviousSchedule(lessons, meetings);
    }

    private static Integer requiredNumber(Cells cells, Row row, String column) {
        return cells.required(row, column) == null ? null : cells.integer(row, column, null, 1, Limits.MAX_MEETINGS);
    }

    private static Table table(Map<String, byte[]> files, String name, String[] columns, Problems problems) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            return null;
        }
        Table table = CsvTables.read(name, bytes, problems);
        if (table == null) {
            return null;
        }
        for (String column : columns) {
            if (!table.has(column)) {
                problems.add(name, 1, column, "the column is missing; " + name + " of an earlier schedule has "
                        + String.join(", ", columns));
                return null;
            }
        }
        return table;
    }
}
