package org.commonplan.fetimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Timeslot;
import org.commonplan.fetimport.FetImportException.FetProblem;
import org.commonplan.fetimport.FetImporter.ActivityLesson;
import org.commonplan.fetimport.FetImporter.Imported;

/**
 * FET's timetable of a file as a schedule of the bundle imported from that file: each activity's lesson goes to
 * the block starting at FET's day and hour and to FET's room, so the project's own recount can check it. Lessons
 * whose section needs no room in FET share the made-up rooms of kind NONE, first free first.
 */
public final class FetSchedule {

    /**
     * The bundle's school with FET's placements.
     *
     * @param placed     how many of the school's lessons FET placed
     * @param misplaced  placements the bundle cannot take as FET gave them (a start outside the section's allowed
     *                   starts or its lock): each breaks a hard rule of the bundle that the recount of a placed
     *                   schedule does not see
     */
    public record Placed(School school, int placed, List<Misplaced> misplaced) {
    }

    /** One placement the bundle does not allow; {@code rule} is the hard rule it breaks. */
    public record Misplaced(String rule, int activityId, String lesson, String description) {
    }

    private FetSchedule() {
    }

    /**
     * Places FET's timetable in the imported bundle. A timetable naming an activity, day, hour or room the FET
     * file does not have (the timetable of another file) is refused with its lines.
     */
    public static Placed place(Imported imported, FetTimetable timetable) throws FetImportException {
        School school = read(imported);
        FetImporter.Translation translation = imported.translation();
        Map<String, Lesson> lessonsByKey = new HashMap<>();
        school.getLessons().forEach(lesson -> lessonsByKey.put(key(lesson.getSection().getId(), lesson.getNumber()),
                lesson));
        Map<String, Room> roomsById = new HashMap<>();
        school.getRooms().forEach(room -> roomsById.put(room.getId(), room));
        // A block by its first timeslot and length: FET gives a start and the activity's duration.
        Map<String, Block> blockByStart = new HashMap<>();
        for (Block block : school.getBellSchedule().getAllBlocks()) {
            blockByStart.putIfAbsent(start(block.getTimeslots().get(0)) + "/" + block.getTimeslots().size(), block);
        }
        List<FetProblem> problems = new ArrayList<>();
        List<Misplaced> misplaced = new ArrayList<>();
        List<Lesson> roomless = new ArrayList<>();
        int placed = 0;
        for (FetTimetable.Placement placement : timetable.placements()) {
            ActivityLesson target = translation.lessons().get(placement.activityId());
            int day = placement.isPlaced() ? translation.days().indexOf(placement.day()) : 0;
            int hour = placement.isPlaced() ? translation.hours().indexOf(placement.hour()) : 0;
            String room = placement.room() == null ? null : translation.roomIds().get(placement.room());
            String refusal = target == null ? "activity " + placement.activityId() + " is not an active activity of "
                    + "the FET file" : day < 0 ? "day \"" + placement.day() + "\" is not a day of the FET file"
                    : hour < 0 ? "hour \"" + placement.hour() + "\" is not an hour of the FET file"
                    : placement.room() != null && room == null ? "room \"" + placement.room() + "\" is not a room "
                    + "of the FET file" : null;
            if (refusal != null) {
                problems.add(new FetProblem(timetable.fileName(), placement.line(), "Activity", refusal
                        + "; give the timetable FET wrote for this file"));
                continue;
            }
            Lesson lesson = lessonsByKey.get(key(target.section(), target.number()));
            if (!placement.isPlaced()) {
                // Not where its lock is either: FET did not place it.
                lesson.setBlock(null);
                lesson.setRoom(null);
                continue;
            }
            String label = "activity " + placement.activityId() + " (" + lesson.getId() + ")";
            String at = translation.days().get(day) + " " + translation.hours().get(hour);
            String start = day + ":" + hour;
            // Blocks of several families may start there: the lesson's own first.
            Block block = lesson.getBlockRange().stream().filter(candidate -> start.equals(
                    start(candidate.getTimeslots().get(0))) && candidate.getTimeslots().size() == target.duration())
                    .findFirst().orElse(blockByStart.get(start + "/" + target.duration()));
            placed++;
            if (block == null) {
                lesson.setBlock(null);
                misplaced.add(new Misplaced("allowed-starts", placement.activityId(), lesson.getId(), label
                        + " starts on " + at + ", where no block of its length starts in the bundle"));
            } else {
                lesson.setBlock(block);
                if (!lesson.getBlockRange().contains(block)) {
                    misplaced.add(new Misplaced("allowed-starts", placement.activityId(), lesson.getId(), label
                            + " starts on " + at + " (" + block.getId() + "), not among the starts the bundle "
                            + "allows it (" + (lesson.getLockedBlock() != null ? "its lock, "
                            + lesson.getLockedBlock().getId() : "family " + lesson.getSection().getFamily())
                            + ")"));
                }
            }
            if (lesson.getSection().getListedRooms().isEmpty()
                    && lesson.getSection().getRoomKind().equals(FetImporter.NO_ROOM_KIND)) {
                // No room in FET (or one FET chose for a room constraint the import dropped): a made-up one.
                lesson.setRoom(null);
                roomless.add(lesson);
            } else {
                // A locked room is its section's only room, so the recount's room rule sees a lesson elsewhere.
                lesson.setRoom(room == null ? null : roomsById.get(room));
            }
        }
        if (!problems.isEmpty()) {
            throw new FetImportException(problems);
        }
        shareMadeUpRooms(school, roomless);
        return new Placed(school, placed, misplaced);
    }

    /**
     * Gives each lesson without a FET room the first made-up room free all its timeslots, earliest lesson first;
     * there are as many as the teachers who teach such lessons, so FET's timetable never runs short.
     */
    private static void shareMadeUpRooms(School school, List<Lesson> roomless) {
        List<Room> madeUp = school.getRooms().stream()
                .filter(room -> room.getKind().equals(FetImporter.NO_ROOM_KIND)).toList();
        Map<Room, SlotSet> taken = new HashMap<>();
        roomless.stream().filter(lesson -> lesson.getBlock() != null)
                .sorted(Comparator.comparingInt((Lesson lesson) -> lesson.getBlock().getTimeslots().get(0).index())
                        .thenComparing(Lesson::getId))
                .forEach(lesson -> {
                    SlotSet slots = lesson.getBlock().getSlots();
                    for (Room room : madeUp) {
                        SlotSet busy = taken.getOrDefault(room, SlotSet.EMPTY);
                        if (!busy.overlaps(slots)) {
                            taken.put(room, busy.union(slots));
                            lesson.setRoom(room);
                            return;
                        }
                    }
                    // More at once than made-up rooms: FET's timetable has a teacher in two places; the recount
                    // counts that as a teacher conflict already.
                    lesson.setRoom(madeUp.isEmpty() ? null : madeUp.get(0));
                });
    }

    private static School read(Imported imported) {
        Map<String, byte[]> csv = imported.files().entrySet().stream()
                .filter(file -> file.getKey().endsWith(".csv"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        try {
            return BundleReader.read(csv, imported.schoolName());
        } catch (BundleException e) {
            // The import reads its bundle back before it returns it.
            throw new IllegalStateException("the imported bundle does not read back: " + e.getMessage(), e);
        }
    }

    private static String key(String section, int number) {
        return section + "#" + number;
    }

    private static String start(Timeslot timeslot) {
        return timeslot.dayIndex() + ":" + timeslot.indexInDay();
    }
}
