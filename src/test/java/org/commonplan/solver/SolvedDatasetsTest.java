package org.commonplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.commonplan.output.ScheduleWriter;
import org.commonplan.domain.Block;
import org.commonplan.domain.CoachingPair;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Rule;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.report.CollaborationReport;
import org.commonplan.report.ObservationChecks;
import org.commonplan.report.RuleCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Solves the bundled schools and checks the score against the collaboration report, which recounts the rules
 * from the schedule with code of its own.
 */
class SolvedDatasetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"small-middle", "small-elementary"})
    void bundledSchoolSolvesToACompleteScheduleThatTheReportConfirms(String dataset) {
        School solved = SolverTestSupport.solve(SolverTestSupport.read(dataset), 200_000);

        assertThat(solved.getScore().isFeasible()).as("score %s", solved.getScore()).isTrue();
        assertThat(solved.getScore().mediumScore()).isZero();
        CollaborationReport report = CollaborationReport.of(solved);
        assertThat(report.hardViolations()).isEmpty();
        assertThat(report.summary().feasible()).isTrue();
        assertThat(report.summary().meetingsScheduled()).isEqualTo(report.summary().meetingsRequested());
        assertThat(report.teams()).allSatisfy(team -> assertThat(team.scheduledMinutes()).isPositive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"small-middle", "small-elementary"})
    void reportRecountMatchesHardAndMediumScoreOnBrokenSchedules(String dataset) {
        School school = SolverTestSupport.solve(SolverTestSupport.read(dataset), 2_000);
        Random random = new Random(7);
        boolean singletonsClashed = false;
        for (int round = 0; round < 25; round++) {
            breakSomething(school, random);
            if (round % 5 == 4) {
                clashTwoSingletons(school, random);
            }
            HardMediumSoftLongScore score = ScheduleSolver.score(school);
            CollaborationReport report = recountAgrees(school, score, round);
            assertThat(report.summary().feasible()).isEqualTo(score.isFeasible());
            long unscheduledPenalty = school.getMeetings().stream().filter(meeting -> meeting.getBlock() == null)
                    .mapToLong(meeting -> (long) meeting.getMinutes() * meeting.getTeam().getPriority()).sum();
            long singletonPenalty = singletonConflictStudents(school);
            singletonsClashed |= singletonPenalty > 0;
            assertThat(mediumWeight(school, Rule.UNSCHEDULED_MEETING) * unscheduledPenalty
                    + mediumWeight(school, Rule.SINGLETON_CONFLICT) * singletonPenalty)
                    .as("round %d: medium recount vs score %s", round, score).isEqualTo(-score.mediumScore());
            boolean unscheduled = report.summary().meetingsScheduled() < report.summary().meetingsRequested();
            assertThat(unscheduled).isEqualTo(unscheduledPenalty > 0);
            assertThat(unscheduled).isEqualTo(ScheduleSolver.explain(school).stream()
                    .anyMatch(rule -> rule.rule().equals(Rule.UNSCHEDULED_MEETING.id())));
        }
        assertThat(singletonsClashed).as("some round clashes singletons")
                .isEqualTo(!school.getCourseConflicts().isEmpty());
    }

    /** The rule's medium weight for this school: its override if it has one, else the default. */
    private static long mediumWeight(School school, Rule rule) {
        HardMediumSoftLongScore override = school.getConstraintWeightOverrides().getConstraintWeight(rule.id());
        return (override != null ? override : rule.defaultWeight()).mediumScore();
    }

    /** Students of a course conflict times each pair of placed singleton lessons of its two courses that overlap. */
    private static long singletonConflictStudents(School school) {
        long students = 0;
        for (org.commonplan.domain.CourseConflict conflict : school.getCourseConflicts()) {
            for (Lesson lesson : singletonLessons(school, conflict.courseA())) {
                for (Lesson other : singletonLessons(school, conflict.courseB())) {
                    if (lesson.getBlock().getSlots().overlaps(other.getBlock().getSlots())) {
                        students += conflict.students();
                    }
                }
            }
        }
        return students;
    }

    private static List<Lesson> singletonLessons(School school, String course) {
        return school.getLessons().stream().filter(lesson -> lesson.getBlock() != null
                && lesson.getSection().isSingleton() && lesson.getSection().getCourse().equals(course)).toList();
    }

    /** Puts a singleton lesson of a random course conflict in the block of a lesson of the other course, if any. */
    private static void clashTwoSingletons(School school, Random random) {
        List<org.commonplan.domain.CourseConflict> conflicts = school.getCourseConflicts();
        if (conflicts.isEmpty()) {
            return;
        }
        org.commonplan.domain.CourseConflict conflict = conflicts.get(random.nextInt(conflicts.size()));
        List<Lesson> ofA = singletonLessons(school, conflict.courseA());
        List<Lesson> ofB = singletonLessons(school, conflict.courseB());
        if (!ofA.isEmpty() && !ofB.isEmpty()) {
            ofA.get(random.nextInt(ofA.size())).setBlock(ofB.get(random.nextInt(ofB.size())).getBlock());
        }
    }

    /**
     * Each coaching pair's observations are planned in timeslots where the leader is free and the coached teacher
     * teaches, no leader in two places, and the solver's coaching-shortfall rule pays for exactly the observations the
     * report could not plan: on the solved school and on schedules broken at random.
     */
    @ParameterizedTest
    @ValueSource(strings = {"small-middle", "small-elementary"})
    void plannedObservationsAreWhereLeaderAndTeacherAreAndTheSolverAgrees(String dataset) throws Exception {
        School school = SolverTestSupport.solve(SolverTestSupport.read(dataset), 2_000);
        assertThat(school.getCoachingPairs()).isNotEmpty();
        assertThat(observationsAgree(school)).isPositive();
        // Wanting more than the week holds makes the coached teachers of a leader compete for their timeslots.
        school.getCoachingPairs().replaceAll(pair -> new CoachingPair(pair.leader(), pair.teacher(), 30));
        assertThat(ObservationChecks.solverPlansAsTheReport(school)).isPositive();
        Random random = new Random(5);
        for (int round = 0; round < 25; round++) {
            breakSomething(school, random);
            observationsAgree(school);
        }
    }

    private static int observationsAgree(School school) throws java.io.IOException {
        CollaborationReport report = CollaborationReport.of(school);
        int rows = ObservationChecks.observationsAreWherePeopleAre(school,
                ScheduleWriter.render(school, report, List.of()));
        ObservationChecks.solverPlansAsTheReport(school);
        return rows;
    }

    /**
     * The rules real schools state, each switched on for some teachers, groups and sections of small-middle: the
     * score's hard level and the report's own recount agree on schedules broken at random.
     */
    @org.junit.jupiter.api.Test
    void recountOfTheRealSchoolRulesMatchesTheHardScoreOnBrokenSchedules() {
        School school = SolverTestSupport.solve(SolverTestSupport.read("small-middle"), 500);
        List<org.commonplan.domain.Teacher> teachers = school.getTeachers();
        for (int i = 0; i < teachers.size(); i++) {
            teachers.get(i).setLimits(new org.commonplan.domain.TeacherLimits(i % 3 == 0 ? 4 : -1,
                    i % 3 == 1 ? 5 : -1, i % 2 == 0 ? 0 : 1, i % 2 == 0 ? 1 : -1, i % 4 == 0 ? 2 : -1));
        }
        school.getGroups().forEach(group -> group.setLimits(new org.commonplan.domain.GroupLimits(0, 1, 5, 6, 0)));
        List<org.commonplan.domain.Section> sections = school.getSections();
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).setMinDaysBetween(sections.get(i).getMeetings() > 1 ? 2 : 0);
            sections.get(i).setEndsDay(i % 7 == 0);
            sections.get(i).setCourseSpread(i % 9 != 0);
        }
        for (int i = 0; i + 1 < sections.size(); i += 5) {
            org.commonplan.domain.SectionLink.Kind kind = org.commonplan.domain.SectionLink.Kind.values()[i / 5
                    % org.commonplan.domain.SectionLink.Kind.values().length];
            org.commonplan.domain.SectionLink link = new org.commonplan.domain.SectionLink(kind,
                    List.of(sections.get(i), sections.get(i + 1)));
            sections.get(i).setLinks(List.of(link));
            sections.get(i + 1).setLinks(List.of(link));
        }
        // Sections 47 and 48, 52 and 53 meet in SINGLE blocks (most meet daily, on every day at once): links on
        // days and periods that moves break often.
        for (int first : new int[] {47, 52}) {
            org.commonplan.domain.SectionLink link = new org.commonplan.domain.SectionLink(first == 47
                    ? org.commonplan.domain.SectionLink.Kind.SAME_DAY : org.commonplan.domain.SectionLink.Kind.SAME_HOUR,
                    List.of(sections.get(first), sections.get(first + 1)));
            sections.get(first).setLinks(List.of(link));
            sections.get(first + 1).setLinks(List.of(link));
        }
        Random random = new Random(11);
        java.util.Set<String> rulesSeen = new java.util.TreeSet<>();
        for (int round = 0; round < 40; round++) {
            breakSomething(school, random);
            CollaborationReport report = recountAgrees(school, ScheduleSolver.score(school), round);
            report.hardViolations().forEach(violation -> rulesSeen.add(violation.rule()));
        }
        assertThat(rulesSeen).contains("teacher-days", "teacher-short-day", "teacher-gaps", "teacher-lessons-in-a-row",
                "group-gaps", "group-daily-lessons", "group-late-start", "min-days-between", "same-start", "consecutive",
                "ordered", "ends-day", "course-spread", "same-day", "same-hour", "grouped", "same-room");
    }

    /** The report of the schedule, whose own recount of the hard rules adds up to the hard score. */
    private static CollaborationReport recountAgrees(School school, HardMediumSoftLongScore score, int round) {
        CollaborationReport report = CollaborationReport.of(school);
        int recountedHard = report.hardViolations().stream().mapToInt(RuleCheck.Violation::units).sum();
        assertThat(recountedHard).as("round %d: hard recount vs score %s: %s", round, score,
                report.hardViolations()).isEqualTo(-score.hardScore());
        return report;
    }

    /** Moves a random lesson (block, maybe room) or meeting within its range, or unschedules a meeting. */
    static void breakSomething(School school, Random random) {
        if (random.nextInt(3) == 0) {
            TeamMeeting meeting = school.getMeetings().get(random.nextInt(school.getMeetings().size()));
            List<Block> blocks = meeting.getTeam().getAllowedBlocks();
            meeting.setBlock(random.nextInt(4) == 0 ? null : blocks.get(random.nextInt(blocks.size())));
        } else {
            Lesson lesson = school.getLessons().get(random.nextInt(school.getLessons().size()));
            List<Block> blocks = lesson.getSection().getAllowedBlocks();
            lesson.setBlock(blocks.get(random.nextInt(blocks.size())));
            if (random.nextInt(3) == 0) {
                List<org.commonplan.domain.Room> rooms = lesson.getSection().getSuitableRooms();
                lesson.setRoom(rooms.get(random.nextInt(rooms.size())));
            }
        }
    }
}
