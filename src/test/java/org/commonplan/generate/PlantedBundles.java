package org.commonplan.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/**
 * Reads a bundle with the project's reader and puts each lesson and team meeting where its planted/ files say,
 * matching lessons by section id and lesson number and meetings by team id and meeting number. Written apart from
 * the generator's own check, so the test does not trust the code it tests.
 */
final class PlantedBundles {

    private PlantedBundles() {
    }

    /** Every folder under {@code root} that is a bundle (holds bell_schedule.csv), in path order. */
    static List<Path> bundlesUnder(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> Files.isRegularFile(path.resolve("bell_schedule.csv"))).sorted().toList();
        }
    }

    static boolean isPlanted(Path bundle) {
        return Files.isRegularFile(bundle.resolve("planted/master_schedule.csv"));
    }

    static School read(Path bundle) throws IOException {
        try {
            return BundleReader.read(bundle);
        } catch (BundleException e) {
            throw new AssertionError(bundle + " does not read: " + e.problems(), e);
        }
    }

    /** The school of the bundle with its planted schedule applied; fails when a lesson or meeting is not in it. */
    static School readPlanted(Path bundle) throws IOException {
        School school = read(bundle);
        Map<String, Room> rooms = new HashMap<>();
        school.getRooms().forEach(room -> rooms.put(room.getId(), room));
        Map<String, String[]> lessons = new HashMap<>();
        for (Map<String, String> row : rows(bundle.resolve("planted/master_schedule.csv"))) {
            lessons.put(row.get("section") + "#" + row.get("lesson"), new String[] {row.get("block"), row.get("room")});
        }
        for (Lesson lesson : school.getLessons()) {
            String[] planted = lessons.get(lesson.getSection().getId() + "#" + lesson.getNumber());
            if (planted == null) {
                throw new AssertionError("no planted row for lesson " + lesson.getId() + " in " + bundle);
            }
            lesson.setBlock(block(school, planted[0]));
            lesson.setRoom(rooms.get(planted[1]));
        }
        Map<String, String> meetings = new HashMap<>();
        for (Map<String, String> row : rows(bundle.resolve("planted/team_meetings.csv"))) {
            meetings.put(row.get("team") + "#" + row.get("meeting"), row.get("block"));
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            String planted = meetings.get(meeting.getTeam().getId() + "#" + meeting.getNumber());
            if (planted == null || planted.isEmpty()) {
                throw new AssertionError("no planted block for meeting " + meeting.getId() + " in " + bundle);
            }
            meeting.setBlock(block(school, planted));
        }
        return school;
    }

    private static Block block(School school, String id) {
        Block block = school.getBellSchedule().block(id);
        if (block == null) {
            throw new AssertionError("planted block " + id + " is not a block of the school");
        }
        return block;
    }

    private static List<Map<String, String>> rows(Path csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVReader csvReader = new CSVReader(reader)) {
            String[] header = csvReader.readNext();
            for (String[] cells = csvReader.readNext(); cells != null; cells = csvReader.readNext()) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : "");
                }
                rows.add(row);
            }
        } catch (CsvValidationException e) {
            throw new IOException(e);
        }
        return rows;
    }
}
