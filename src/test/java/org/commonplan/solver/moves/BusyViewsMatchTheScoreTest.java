package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Rule;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;

import org.commonplan.solver.ScheduleSolver;
import org.commonplan.solver.justifications.GroupConflictJustification;
import org.commonplan.solver.justifications.MeetingMemberBusyJustification;
import org.commonplan.solver.justifications.RoomConflictJustification;
import org.commonplan.solver.justifications.TeacherConflictJustification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drift tests: the move heuristics' views of who is busy when, the {@link BusyIndex} (built once, as at the start
 * of a phase) and the conflict-directed search's {@link ActivityModel} with its {@link ActivityAssignment}, name
 * the same clashes as the score's explanations, on a random schedule and after each batch of random moves. The
 * views are compared per teacher, student group, room and meeting attendee, timeslot by timeslot. The lessons by
 * block the factories share ({@link SharedIndexes}), updated each step, match a scan of the schedule.
 */
class BusyViewsMatchTheScoreTest {

    private static final int ROUNDS = 6;
    private static final int MOVES_PER_ROUND = 8;

    @ParameterizedTest
    @ValueSource(strings = {"small-middle", "small-elementary"})
    void busyIndexAndActivityModelNameTheScoresClashesAsMovesChangeTheSchedule(String dataset) {
        School school = ScoredSchools.scrambled(dataset, 23, 6);
        InnerScoreDirector<School, HardMediumSoftLongScore> scoreDirector = ScoredSchools.scoreDirector(school);
        BusyIndex busyIndex = new BusyIndex(school);
        MoveMix moves = new MoveMix();
        moves.setWeights("block 4, block-swap 1, room 1, full-swap 1, block-and-room 1, meeting-block 2, "
                + "meeting-to-free-block 1, make-room-for-meeting 1, kempe-chain 1, meeting-shift 1");
        moves.phaseStarted(scoreDirector);
        Random random = new Random(29);
        int clashesSeen = 0;
        for (int round = 0; round < ROUNDS; round++) {
            clashesSeen += assertViewsAgree(school, busyIndex, round);
            Iterator<Move<School>> draws = moves.createRandomMoveIterator(scoreDirector, random);
            // Read as a factory does at the start of a step: the index is brought up to date from the last one's.
            SharedIndexes shared = SharedIndexes.phaseStarted(school);
            shared.stepStarted(school.getLessons());
            assertLessonsByBlockAgree(school, shared.lessonsByBlock(), round);
            for (int applied = 0; applied < MOVES_PER_ROUND; ) {
                Move<School> move = draws.next();
                if (move.isMoveDoable(scoreDirector)) {
                    scoreDirector.executeMove(move);
                    applied++;
                }
            }
        }
        moves.phaseEnded(scoreDirector);
        assertThat(clashesSeen).as("clashes compared").isGreaterThan(20);
    }

    /** Compares every view with the score's explanations; returns how many clashes the score named. */
    private static int assertViewsAgree(School school, BusyIndex busyIndex, int round) {
        ScoreView score = ScoreView.of(ScheduleSolver.analyze(school));
        BellSchedule bells = school.getBellSchedule();

        // The busy index: a teacher's or group's lessons two at a time, and attendees not free for a meeting.
        Map<String, Set<String>> indexTeachers = new TreeMap<>();
        for (Teacher teacher : school.getTeachers()) {
            put(indexTeachers, teacher.toString(), twiceTaken(busyIndex.lessonsOf(teacher)), bells);
            Set<String> scored = score.teachers().getOrDefault(teacher.toString(), Set.of());
            if (teacher.getHomeroom() == null) {
                assertThat(indexTeachers.getOrDefault(teacher.toString(), Set.of()))
                        .as("round %d: %s teaching two lessons", round, teacher).isEqualTo(scored);
            } else {
                // The score also counts a lesson while the teacher's own class has no one else.
                assertThat(scored).as("round %d: %s teaching two lessons", round, teacher)
                        .containsAll(indexTeachers.getOrDefault(teacher.toString(), Set.of()));
            }
        }
        Map<String, Set<String>> indexGroups = new TreeMap<>();
        for (StudentGroup group : school.getGroups()) {
            put(indexGroups, group.getId(), twiceTaken(busyIndex.lessonsOf(group)), bells);
        }
        assertThat(indexGroups).as("round %d: groups in two lessons", round).isEqualTo(score.groups());
        Map<String, Set<String>> indexAttendees = new TreeMap<>();
        for (TeamMeeting meeting : school.getMeetings()) {
            if (meeting.getBlock() == null) {
                assertThat(busyIndex.hasBusyAttendee(meeting)).isFalse();
                continue;
            }
            boolean someoneBusy = false;
            for (Teacher attendee : meeting.getTeam().getAttendees()) {
                SlotSet unfree = meeting.getBlock().getSlots().intersect(busyIndex.unfreeSlots(attendee, meeting));
                assertThat(busyIndex.isBusyDuring(attendee, meeting)).as("round %d: %s at %s", round, attendee, meeting)
                        .isEqualTo(!unfree.isEmpty());
                assertThat(busyIndex.attendeesUnfree(meeting).overlaps(meeting.getBlock().getSlots()))
                        .isEqualTo(busyIndex.hasBusyAttendee(meeting));
                someoneBusy |= !unfree.isEmpty();
                // Away is the unavailable rule's; the rest is meeting-member-busy's.
                put(indexAttendees, attendance(meeting, attendee), unfree.minus(attendee.getUnavailable()), bells);
            }
            assertThat(busyIndex.hasBusyAttendee(meeting)).as("round %d: %s", round, meeting).isEqualTo(someoneBusy);
        }
        assertThat(indexAttendees).as("round %d: attendees not free", round).isEqualTo(score.attendees());

        // The conflict-directed search's model, every activity where the schedule has it.
        ActivityModel model = ActivityModel.of(school);
        ActivityAssignment assignment = new ActivityAssignment(model);
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (model.startBlock(activity) >= 0) {
                assignment.place(activity, model.startBlock(activity), model.startRoom(activity));
            }
        }
        Map<String, Set<String>> modelTeachers = new TreeMap<>();
        Map<String, Set<String>> modelGroups = new TreeMap<>();
        Map<String, Set<String>> modelRooms = new TreeMap<>();
        Map<String, Set<String>> modelAttendees = new TreeMap<>();
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (assignment.block(activity) < 0) {
                continue;
            }
            Block block = model.block(assignment.block(activity));
            for (int other : assignment.conflicts(activity, assignment.block(activity), assignment.room(activity))) {
                SlotSet both = block.getSlots().intersect(model.block(assignment.block(other)).getSlots());
                Object entity = model.entity(activity);
                Object otherEntity = model.entity(other);
                if (entity instanceof Lesson lesson && otherEntity instanceof Lesson otherLesson) {
                    for (Teacher teacher : lesson.getSection().getStaff()) {
                        if (otherLesson.getSection().getStaff().contains(teacher)) {
                            put(modelTeachers, teacher.toString(), both, bells);
                        }
                    }
                    for (StudentGroup group : lesson.getSection().getGroups()) {
                        if (otherLesson.getSection().getGroups().contains(group)) {
                            put(modelGroups, group.getId(), both, bells);
                        }
                    }
                    if (assignment.room(activity) >= 0 && assignment.room(activity) == assignment.room(other)) {
                        put(modelRooms, model.room(assignment.room(activity)).getId(), both, bells);
                    }
                } else if (entity instanceof TeamMeeting meeting) {
                    List<Teacher> others = otherEntity instanceof Lesson otherLesson
                            ? otherLesson.getSection().getStaff()
                            : ((TeamMeeting) otherEntity).getTeam().getAttendees();
                    for (Teacher attendee : meeting.getTeam().getAttendees()) {
                        if (others.contains(attendee)) {
                            put(modelAttendees, attendance(meeting, attendee), both.minus(attendee.getUnavailable()),
                                    bells);
                        }
                    }
                }
            }
        }
        assertThat(modelTeachers).as("round %d: model's teachers in two lessons", round).isEqualTo(indexTeachers);
        assertThat(modelGroups).as("round %d: model's groups in two lessons", round).isEqualTo(score.groups());
        assertThat(modelRooms).as("round %d: model's rooms with two lessons", round).isEqualTo(score.rooms());
        // The model leaves out a homeroom teacher's class; for anyone else it sees all that keeps them from a meeting.
        for (Map.Entry<String, Set<String>> scored : score.attendees().entrySet()) {
            Set<String> modelled = modelAttendees.getOrDefault(scored.getKey(), Set.of());
            assertThat(scored.getValue()).as("round %d: %s", round, scored.getKey()).containsAll(modelled);
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            for (Teacher attendee : meeting.getTeam().getAttendees()) {
                if (meeting.getBlock() != null && attendee.getHomeroom() == null) {
                    String attendance = attendance(meeting, attendee);
                    assertThat(modelAttendees.getOrDefault(attendance, Set.of()))
                            .as("round %d: model's %s", round, attendance)
                            .isEqualTo(score.attendees().getOrDefault(attendance, Set.of()));
                }
            }
        }
        return score.count();
    }

    /**
     * The lessons by block the solve's factories share, brought up to date step by step, against a scan of the
     * schedule: per lesson, the others in its block with a teacher or group of its, and the others in its room.
     */
    private static void assertLessonsByBlockAgree(School school, LessonsByBlock index, int round) {
        for (Lesson lesson : school.getLessons()) {
            if (lesson.getBlock() == null) {
                continue;
            }
            Set<Lesson> sharing = new java.util.HashSet<>();
            index.forEachSharingPeople(lesson.getBlock(), lesson, sharing::add);
            Set<Lesson> inRoom = new java.util.HashSet<>();
            index.forEachInRoom(lesson.getBlock(), lesson.getRoom(), inRoom::add);
            List<Lesson> sameBlock = school.getLessons().stream()
                    .filter(other -> other != lesson && other.getBlock() == lesson.getBlock()).toList();
            assertThat(sharing).as("round %d: sharing people with %s", round, lesson)
                    .isEqualTo(Set.copyOf(sameBlock.stream().filter(other -> sharesPeople(lesson, other)).toList()));
            assertThat(index.clashes(lesson)).isEqualTo(!sharing.isEmpty());
            if (lesson.getRoom() != null) {
                Set<Lesson> expectedInRoom = new java.util.HashSet<>(sameBlock.stream()
                        .filter(other -> other.getRoom() == lesson.getRoom()).toList());
                expectedInRoom.add(lesson);
                assertThat(inRoom).as("round %d: in the room of %s", round, lesson).isEqualTo(expectedInRoom);
            }
        }
    }

    private static boolean sharesPeople(Lesson lesson, Lesson other) {
        return lesson.getSection().getStaff().stream().anyMatch(other.getSection().getStaff()::contains)
                || lesson.getSection().getGroups().stream().anyMatch(other.getSection().getGroups()::contains);
    }

    /** Timeslots in which two or more of the lessons are. */
    private static SlotSet twiceTaken(List<Lesson> lessons) {
        Map<Integer, Integer> uses = new HashMap<>();
        for (Lesson lesson : lessons) {
            if (lesson.getBlock() != null) {
                lesson.getBlock().getSlots().forEach(slot -> uses.merge(slot, 1, Integer::sum));
            }
        }
        return SlotSet.of(uses.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .mapToInt(Map.Entry::getKey).toArray());
    }

    private static String attendance(TeamMeeting meeting, Teacher attendee) {
        return meeting.getTeam().getName() + " / " + attendee;
    }

    /** Adds the timeslots' ids under the key, leaving no entry for none. */
    private static void put(Map<String, Set<String>> view, String key, SlotSet slots, BellSchedule bells) {
        if (!slots.isEmpty()) {
            Set<String> ids = view.computeIfAbsent(key, k -> new TreeSet<>());
            slots.forEach(slot -> ids.add(bells.getTimeslot(slot).id()));
        }
    }

    /** The clashes the score's explanations name, per teacher, group, room and meeting attendee. */
    private record ScoreView(Map<String, Set<String>> teachers, Map<String, Set<String>> groups,
            Map<String, Set<String>> rooms, Map<String, Set<String>> attendees, int count) {

        static ScoreView of(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
            Map<String, Set<String>> teachers = new TreeMap<>();
            Map<String, Set<String>> groups = new TreeMap<>();
            Map<String, Set<String>> rooms = new TreeMap<>();
            Map<String, Set<String>> attendees = new TreeMap<>();
            int count = 0;
            for (String rule : List.of(Rule.TEACHER_CONFLICT.id(), Rule.GROUP_CONFLICT.id(), Rule.ROOM_CONFLICT.id(),
                    Rule.MEETING_MEMBER_BUSY.id())) {
                ConstraintAnalysis<HardMediumSoftLongScore> constraint = analysis.constraintAnalyses().stream()
                        .filter(candidate -> candidate.constraintName().equals(rule)).findFirst().orElse(null);
                if (constraint == null) {
                    continue;
                }
                for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
                    count++;
                    Object justification = match.justification();
                    if (justification instanceof TeacherConflictJustification teacher) {
                        ids(teachers, teacher.teacher()).addAll(slotIds(teacher.timeslots()));
                    } else if (justification instanceof GroupConflictJustification group) {
                        ids(groups, group.group()).addAll(slotIds(group.timeslots()));
                    } else if (justification instanceof RoomConflictJustification room) {
                        ids(rooms, room.room()).addAll(slotIds(room.timeslots()));
                    } else {
                        MeetingMemberBusyJustification busy = (MeetingMemberBusyJustification) justification;
                        ids(attendees, busy.team() + " / " + busy.teacher()).addAll(busy.timeslots());
                    }
                }
            }
            return new ScoreView(teachers, groups, rooms, attendees, count);
        }

        private static Set<String> ids(Map<String, Set<String>> view, String key) {
            return view.computeIfAbsent(key, k -> new TreeSet<>());
        }

        /** "MON-P1 (2 lessons)" to "MON-P1". */
        private static List<String> slotIds(List<String> described) {
            return described.stream().map(text -> text.substring(0, text.indexOf(' '))).toList();
        }
    }
}
