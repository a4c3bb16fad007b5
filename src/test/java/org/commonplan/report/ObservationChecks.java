package org.commonplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;

import org.commonplan.output.ScheduleWriter;
import org.commonplan.domain.CoachingPair;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Timeslot;
import org.commonplan.domain.Rule;
import org.commonplan.solver.ScheduleSolver;
import org.commonplan.solver.justifications.CoachingShortfallJustification;

/**
 * Checks of planned observations against the schedule itself, read from the domain with code of their own rather
 * than the report's: shared by the tests of solved and planted schools.
 */
public final class ObservationChecks {

    private ObservationChecks() {
    }

    /**
     * Every observations.csv row is a pair of the school, in a CLASS timeslot where the leader is in and has no lesson,
     * meeting or homeroom class and the coached teacher teaches or is with their class; no leader is in two places,
     * no pair gets more than it wants, the report's per-pair figures count the rows, and the leader's timetable
     * says OBSERVING with the coached teacher in those timeslots and nowhere else.
     *
     * @return the number of rows
     */
    public static int observationsAreWherePeopleAre(School school, Map<String, byte[]> files) {
        List<Map<String, String>> observations = rows(files.get(ScheduleWriter.OBSERVATIONS));
        Map<String, CoachingPair> pairs = new HashMap<>();
        school.getCoachingPairs().forEach(pair -> pairs.put(pair.leader().getId() + "->" + pair.teacher().getId(),
                pair));
        Map<String, Timeslot> timeslots = new HashMap<>();
        school.getBellSchedule().getTimeslots().forEach(timeslot -> timeslots.put(timeslot.id(), timeslot));
        Set<String> leaderPlaces = new HashSet<>();
        Map<String, Integer> perPair = new TreeMap<>();
        Set<String> observing = new HashSet<>();
        for (Map<String, String> row : observations) {
            String pairId = row.get("leader") + "->" + row.get("teacher");
            CoachingPair pair = pairs.get(pairId);
            assertThat(pair).as("row %s is a coaching pair", row).isNotNull();
            Timeslot timeslot = timeslots.get(row.get("day") + "-" + row.get("period"));
            assertThat(timeslot).as("row %s is a timeslot", row).isNotNull();
            assertThat(row.get("start") + "-" + row.get("end")).isEqualTo(timeslot.start() + "-" + timeslot.end());
            assertThat(timeslot.isClass()).as("row %s", row).isTrue();
            assertThat(free(school, pair.leader(), timeslot.index())).as("leader free in %s", row).isTrue();
            assertThat(instructing(school, pair.teacher(), timeslot.index())).as("teacher teaching in %s", row)
                    .isTrue();
            assertThat(leaderPlaces.add(row.get("leader") + "@" + timeslot.id()))
                    .as("%s observes twice in %s", row.get("leader"), timeslot.id()).isTrue();
            perPair.merge(pairId, 1, Integer::sum);
            observing.add(row.get("leader") + "," + timeslot.day() + "," + timeslot.period() + "," + row.get("teacher"));
        }
        Map<String, Integer> reported = new TreeMap<>();
        for (CollaborationReport.CoachingReport pair : CollaborationReport.of(school).coaching()) {
            assertThat(pair.observationsPlanned()).isLessThanOrEqualTo(pair.observationsWanted())
                    .isEqualTo(pair.timeslots().size());
            if (pair.observationsPlanned() > 0) {
                reported.put(pair.leader() + "->" + pair.teacher(), pair.observationsPlanned());
            }
        }
        assertThat(reported).isEqualTo(perPair);
        Set<String> timetable = new HashSet<>();
        for (Map<String, String> row : rows(files.get(ScheduleWriter.TIMETABLE))) {
            if (row.get("activity").equals("OBSERVING")) {
                timetable.add(row.get("teacher") + "," + row.get("day") + "," + row.get("period") + "," + row.get("ref"));
            }
        }
        assertThat(timetable).isEqualTo(observing);
        return observations.size();
    }

    /**
     * The solver's coaching-shortfall matches are the pairs the report plans short, each with the same wanted and
     * planned figures, and the rule's score is its weight times what is missing.
     *
     * @return the observations missing over all pairs
     */
    public static int solverPlansAsTheReport(School school) {
        List<String> solver = new ArrayList<>();
        long[] penalty = {0};
        ScheduleSolver.analyze(school).constraintAnalyses().stream()
                .filter(constraint -> constraint.constraintName().equals(Rule.COACHING_SHORTFALL.id()))
                .forEach(constraint -> {
                    penalty[0] = -constraint.score().softScore();
                    constraint.matches().forEach(match -> {
                        CoachingShortfallJustification shortfall = (CoachingShortfallJustification) match
                                .justification();
                        solver.add(shortfall.leader() + "->" + shortfall.teacher() + ": " + shortfall.planned()
                                + " of " + shortfall.wanted());
                        assertThat(-match.score().softScore()).isEqualTo(
                                Rule.COACHING_SHORTFALL.defaultWeight().softScore()
                                        * (shortfall.wanted() - shortfall.planned()));
                    });
                });
        List<String> report = new ArrayList<>();
        int missing = 0;
        for (CollaborationReport.CoachingReport pair : CollaborationReport.of(school).coaching()) {
            if (pair.observationsPlanned() < pair.observationsWanted()) {
                report.add(name(school, pair.leader()) + "->" + name(school, pair.teacher()) + ": "
                        + pair.observationsPlanned() + " of " + pair.observationsWanted());
                missing += pair.observationsWanted() - pair.observationsPlanned();
            }
        }
        assertThat(solver).containsExactlyInAnyOrderElementsOf(report);
        assertThat(penalty[0]).isEqualTo(Rule.COACHING_SHORTFALL.defaultWeight().softScore() * missing);
        return missing;
    }

    private static String name(School school, String teacherId) {
        return school.getTeachers().stream().filter(teacher -> teacher.getId().equals(teacherId)).findFirst()
                .orElseThrow().toString();
    }

    private static boolean free(School school, Teacher teacher, int slot) {
        return teacher.getAvailableClassSlots().contains(slot) && lessonsOf(school, teacher, slot).isEmpty()
                && !withClass(school, teacher, slot) && school.getMeetings().stream()
                        .noneMatch(meeting -> attends(meeting, teacher, slot));
    }

    private static boolean instructing(School school, Teacher teacher, int slot) {
        return !lessonsOf(school, teacher, slot).isEmpty() || withClass(school, teacher, slot);
    }

    private static boolean attends(TeamMeeting meeting, Teacher teacher, int slot) {
        return meeting.getBlock() != null && meeting.getBlock().getSlots().contains(slot)
                && meeting.getTeam().getAttendees().contains(teacher);
    }

    private static List<Lesson> lessonsOf(School school, Teacher teacher, int slot) {
        return school.getLessons().stream().filter(lesson -> lesson.getBlock() != null
                && lesson.getBlock().getSlots().contains(slot) && lesson.getSection().getStaff().contains(teacher))
                .toList();
    }

    /** In and with their homeroom class: no one else has the class then. */
    private static boolean withClass(School school, Teacher teacher, int slot) {
        return teacher.getHomeroom() != null && teacher.getAvailableClassSlots().contains(slot)
                && lessonsOf(school, teacher, slot).isEmpty() && school.getLessons().stream()
                        .noneMatch(lesson -> lesson.getBlock() != null && lesson.getBlock().getSlots().contains(slot)
                                && lesson.getSection().getGroups().contains(teacher.getHomeroom())
                                && !lesson.getSection().getStaff().contains(teacher));
    }

    private static List<Map<String, String>> rows(byte[] csv) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVReader reader = new CSVReader(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            String[] header = reader.readNext();
            String[] cells;
            while ((cells = reader.readNext()) != null) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
        } catch (IOException | CsvValidationException e) {
            throw new AssertionError(e);
        }
        return rows;
    }
}
