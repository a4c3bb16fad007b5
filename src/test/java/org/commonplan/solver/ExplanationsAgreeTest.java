package org.commonplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.commonplan.domain.Block;
import org.commonplan.domain.BuildingLimits;
import org.commonplan.domain.GroupLimits;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.TagLimit;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherLimits;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.report.RuleCheck;
import org.commonplan.solver.justifications.BuildingChangeGapJustification;
import org.commonplan.solver.justifications.BuildingChangesJustification;
import org.commonplan.solver.justifications.CourseSpreadJustification;
import org.commonplan.solver.justifications.GapsJustification;
import org.commonplan.solver.justifications.GroupConflictJustification;
import org.commonplan.solver.justifications.GroupDayShapeJustification;
import org.commonplan.solver.justifications.Justification;
import org.commonplan.solver.justifications.MeetingMemberBusyJustification;
import org.commonplan.solver.justifications.MinDaysBetweenJustification;
import org.commonplan.solver.justifications.MinGapJustification;
import org.commonplan.solver.justifications.PlanningProtectedJustification;
import org.commonplan.solver.justifications.RoomCapacityJustification;
import org.commonplan.solver.justifications.RoomConflictJustification;
import org.commonplan.solver.justifications.SectionLinkJustification;
import org.commonplan.solver.justifications.TaggedLessonsJustification;
import org.commonplan.solver.justifications.TeacherConflictJustification;
import org.commonplan.solver.justifications.TeacherDaysJustification;
import org.commonplan.solver.justifications.TeacherLessonsInARowJustification;
import org.commonplan.solver.justifications.TeacherShortDayJustification;
import org.commonplan.solver.justifications.TeachingLoadJustification;
import org.commonplan.solver.justifications.UnavailableJustification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The explanation of every hard rule agrees with the report's own recount ({@link RuleCheck}): the rule's penalty is
 * its weight times the recount's units; each match's penalty is the weight times the count its words state; there
 * are as many matches as the recount has teachers, rooms, groups, lessons or pairs in breach; and the counts the
 * words give per timeslot or day (a room holding 7 lessons, a teacher's 7 lessons on MON) are the recount's. Checked
 * on solved schools, on schedules broken at random, and on schools made infeasible on purpose.
 */
class ExplanationsAgreeTest {

    private static final Pattern LESSONS_AT = Pattern.compile("(\\S+) \\((\\d+) lessons\\)");
    private static final Pattern CLASS_ALONE_AT = Pattern.compile("(\\S+) \\(a lesson while class \\S+ has no one else\\)");
    private static final Pattern DAY_COUNT = Pattern.compile("(\\S+) \\((\\d+)\\)");
    private static final Pattern CHANGE_TOO_SOON = Pattern.compile("(\\S+) \\((\\S+) to (\\S+), (\\d+) between\\)");

    @ParameterizedTest
    @ValueSource(strings = {"small-middle", "small-elementary"})
    void explanationsOfSolvedAndBrokenSchedulesAgreeWithTheRecount(String dataset) {
        School school = SolverTestSupport.solve(SolverTestSupport.read(dataset), 2_000);
        Set<String> rulesSeen = new TreeSet<>(agree(school));
        Random random = new Random(3);
        for (int round = 0; round < 30; round++) {
            SolvedDatasetsTest.breakSomething(school, random);
            rulesSeen.addAll(agree(school));
        }
        assertThat(rulesSeen).contains("teacher-conflict", "room-conflict", "group-conflict", "course-spread",
                "meeting-member-busy");
    }

    /**
     * The PE lessons of small-middle all in one timeslot and one gym, and every other lesson of their teacher there
     * too: one room conflict of many lessons, one teacher with a pile, groups in two places, days over the limit.
     */
    @Test
    void aScheduleCrowdedIntoTheGymIsExplainedWithTheRecountsNumbers() {
        School school = SolverTestSupport.solve(SolverTestSupport.read("small-middle"), 2_000);
        Lesson first = school.getLessons().stream().filter(lesson -> "GYM".equals(lesson.getSection().getRoomKind()))
                .findFirst().orElseThrow();
        Teacher pe = first.getSection().getTeacher();
        Block block = first.getBlock();
        Room gym = first.getRoom();
        int crowded = 0;
        for (Lesson lesson : school.getLessons()) {
            if (lesson.getSection().getStaff().contains(pe) && lesson.getSection().getAllowedBlocks().contains(block)) {
                lesson.setBlock(block);
                lesson.setRoom(gym);
                crowded++;
            }
        }
        assertThat(crowded).isGreaterThan(3);

        Set<String> rules = agree(school);

        assertThat(rules).contains("teacher-conflict", "room-conflict", "group-conflict");
        RoomConflictJustification gymConflict = justifications(school, RoomConflictJustification.class).stream()
                .filter(conflict -> conflict.room().equals(gym.getId())).findFirst().orElseThrow();
        assertThat(gymConflict.description()).contains("(" + crowded + " lessons)");
    }

    /**
     * The real schools' rules switched on for small-middle (limits no schedule of it keeps), solved briefly and then
     * broken at random: the rules of teachers' and groups' days and of linked sections are explained too.
     */
    @Test
    void anInfeasibleSchoolsHardRulesAreExplainedAsTheRecountCountsThem() {
        School school = SolverTestSupport.read("small-middle");
        List<Teacher> teachers = school.getTeachers();
        for (int i = 0; i < teachers.size(); i++) {
            teachers.get(i).setLimits(new TeacherLimits(i % 3 == 0 ? 4 : -1, i % 3 == 1 ? 5 : -1, i % 2 == 0 ? 0 : 1,
                    i % 2 == 0 ? 1 : -1, i % 4 == 0 ? 2 : -1));
        }
        school.getGroups().forEach(group -> group.setLimits(new GroupLimits(0, 1, 5, 6, 0)));
        List<Section> sections = school.getSections();
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).setMinDaysBetween(sections.get(i).getMeetings() > 1 ? 2 : 0);
            sections.get(i).setEndsDay(i % 7 == 0);
        }
        linkEveryFifthPair(school);
        School solved = SolverTestSupport.solve(school, 500);
        assertThat(solved.getScore().isFeasible()).isFalse();
        Set<String> rulesSeen = agreeWhileBreaking(solved, 30);
        assertThat(rulesSeen).contains("teacher-days", "teacher-short-day", "teacher-gaps",
                "teacher-lessons-in-a-row", "group-gaps", "group-daily-lessons", "group-late-start",
                "min-days-between", "same-start", "consecutive", "ordered", "ends-day", "course-spread");
    }

    /**
     * Every kind of section link on small-elementary, whose lessons take one day's block each (small-middle's
     * daily periods cannot break a same-day link), solved briefly and then broken where the links are.
     */
    @Test
    void everyKindOfLinkBrokenIsExplainedAsTheRecountCountsIt() {
        School school = SolverTestSupport.read("small-elementary");
        linkEveryFifthPair(school);
        School solved = SolverTestSupport.solve(school, 200);
        Set<String> rulesSeen = agreeWhileBreaking(solved, 60);
        assertThat(rulesSeen).contains("same-start", "no-overlap", "consecutive", "ordered", "same-day", "same-hour",
                "grouped", "same-room", "min-gap");
    }

    /** Links every fifth section to the next, the kinds in turn (a MIN_GAP of 2 timeslots). */
    private static void linkEveryFifthPair(School school) {
        List<Section> sections = school.getSections();
        SectionLink.Kind[] kinds = SectionLink.Kind.values();
        for (int i = 0; i + 1 < sections.size(); i += 5) {
            SectionLink.Kind kind = kinds[i / 5 % kinds.length];
            SectionLink link = new SectionLink(kind, List.of(sections.get(i), sections.get(i + 1)),
                    kind == SectionLink.Kind.MIN_GAP ? 2 : 0);
            sections.get(i).setLinks(List.of(link));
            sections.get(i + 1).setLinks(List.of(link));
        }
    }

    /** Breaks the schedule at random, each round also moving a linked section's lesson; checks after each round. */
    private static Set<String> agreeWhileBreaking(School solved, int rounds) {
        Set<String> rulesSeen = new TreeSet<>(agree(solved));
        List<Lesson> linkedLessons = solved.getLessons().stream()
                .filter(lesson -> !lesson.getSection().getLinks().isEmpty()).toList();
        Random random = new Random(13);
        for (int round = 0; round < rounds; round++) {
            SolvedDatasetsTest.breakSomething(solved, random);
            Lesson linked = linkedLessons.get(random.nextInt(linkedLessons.size()));
            List<Block> blocks = linked.getSection().getAllowedBlocks();
            // every other round onto a linked lesson's block, which random blocks seldom hit (a broken NOT_OVERLAPPING)
            Block partners = linkedLessons.stream()
                    .filter(other -> other.getSection() != linked.getSection()
                            && other.getSection().getLinks().equals(linked.getSection().getLinks()))
                    .map(Lesson::getBlock).filter(blocks::contains).findFirst().orElse(null);
            linked.setBlock(round % 2 == 1 && partners != null ? partners : blocks.get(random.nextInt(blocks.size())));
            rulesSeen.addAll(agree(solved));
        }
        return rulesSeen;
    }

    /**
     * small-middle's rooms spread over a NORTH and a SOUTH building (some in none), with limits on building changes
     * for teachers and groups that its schedules break, and its sections tagged with limits on tagged lessons: the
     * building rules and the tag rule are explained as the recount counts them.
     */
    @Test
    void buildingChangesAndTaggedLessonsAreExplainedAsTheRecountCountsThem(@TempDir Path folder) throws Exception {
        School school = SolverTestSupport.smallMiddleInBuildings(folder);
        List<Teacher> teachers = school.getTeachers();
        for (int i = 0; i < teachers.size(); i++) {
            teachers.get(i).setBuildingLimits(new BuildingLimits(i % 2 == 0 ? 0 : -1, i % 3 == 0 ? 2 : -1,
                    i % 2 == 1 ? 2 : -1));
        }
        school.getGroups().forEach(group -> group.setBuildingLimits(new BuildingLimits(1, 3, 1)));
        List<Section> sections = school.getSections();
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).setTags(i % 3 == 2 ? List.of() : List.of(i % 3 == 0 ? "CORE" : "ELECTIVE"));
        }
        for (int i = 0; i < teachers.size(); i++) {
            teachers.get(i).setTagLimits(List.of(new TagLimit("CORE", i % 2 == 0 ? 1 : -1, i % 2 == 0 ? -1 : 1),
                    new TagLimit("ELECTIVE", 2, 1)));
        }

        School solved = SolverTestSupport.solve(school, 30);
        Set<String> rulesSeen = new TreeSet<>(agree(solved));
        Random random = new Random(17);
        for (int round = 0; round < 20; round++) {
            SolvedDatasetsTest.breakSomething(solved, random);
            rulesSeen.addAll(agree(solved));
        }
        assertThat(rulesSeen).contains("building-changes", "building-change-gap", "teacher-tagged-lessons");
    }

    // ---------------------------------------------------------------- the check

    /** Checks every hard rule of the schedule; returns the rules broken. */
    private static Set<String> agree(School school) {
        Map<String, List<RuleCheck.Violation>> recount = RuleCheck.hardViolations(school).stream()
                .collect(Collectors.groupingBy(RuleCheck.Violation::rule, TreeMap::new, Collectors.toList()));
        Map<String, ConstraintAnalysis<HardMediumSoftLongScore>> analyses = new TreeMap<>();
        ScheduleSolver.analyze(school).constraintAnalyses().stream()
                .filter(constraint -> constraint.score().hardScore() != 0)
                .forEach(constraint -> analyses.put(constraint.constraintName(), constraint));
        assertThat(analyses.keySet()).as("rules the score and the recount find broken").isEqualTo(recount.keySet());
        for (Map.Entry<String, ConstraintAnalysis<HardMediumSoftLongScore>> entry : analyses.entrySet()) {
            String rule = entry.getKey();
            ConstraintAnalysis<HardMediumSoftLongScore> constraint = entry.getValue();
            List<RuleCheck.Violation> violations = recount.get(rule);
            long weight = Math.abs(constraint.weight().hardScore());
            int recountUnits = violations.stream().mapToInt(RuleCheck.Violation::units).sum();
            assertThat(-constraint.score().hardScore()).as("%s penalty vs recount %s", rule, violations)
                    .isEqualTo(weight * recountUnits);
            List<Justification> words = new ArrayList<>();
            for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
                Justification justification = (Justification) match.justification();
                words.add(justification);
                assertThat(-match.score().hardScore()).as("%s: %s", rule, justification.description())
                        .isEqualTo(weight * statedUnits(school, rule, justification));
            }
            assertThat(words).as("%s: one explanation per subject of the recount %s", rule, violations)
                    .hasSize(subjects(rule, violations).size());
            assertThat(statedCounts(rule, words)).as("%s: counts in the words vs the recount %s", rule, violations)
                    .isEqualTo(recountedCounts(rule, violations));
        }
        return analyses.keySet();
    }

    /** The units a match costs, from the numbers its words state. */
    private static long statedUnits(School school, String rule, Justification justification) {
        if (justification instanceof RoomConflictJustification room) {
            assertThat(beyondFirst(room.timeslots())).isEqualTo(room.beyondFirst());
            return beyondFirst(room.timeslots());
        } else if (justification instanceof GroupConflictJustification group) {
            assertThat(beyondFirst(group.timeslots())).isEqualTo(group.beyondFirst());
            return beyondFirst(group.timeslots());
        } else if (justification instanceof TeacherConflictJustification teacher) {
            long units = beyondFirst(teacher.timeslots()) + teacher.timeslots().stream()
                    .filter(timeslot -> CLASS_ALONE_AT.matcher(timeslot).matches()).count();
            assertThat(units).isEqualTo(teacher.beyondFirst());
            return units;
        } else if (justification instanceof RoomCapacityJustification capacity) {
            return capacity.enrollment() - capacity.capacity();
        } else if (justification instanceof UnavailableJustification unavailable) {
            return unavailable.timeslots().size();
        } else if (justification instanceof MeetingMemberBusyJustification busy) {
            return busy.timeslots().size();
        } else if (justification instanceof TeachingLoadJustification load) {
            return dayCounts(load.days()).values().stream().mapToLong(count -> count - load.limitPerDay()).sum();
        } else if (justification instanceof PlanningProtectedJustification planning) {
            int slotMinutes = Math.max(1, school.getBellSchedule().getMeanClassMinutes());
            return (planning.minimumMinutes() - planning.planningMinutes() + slotMinutes - 1) / slotMinutes;
        } else if (justification instanceof MinDaysBetweenJustification days) {
            List<String> dayIds = school.getBellSchedule().getDays();
            return days.minDays() - Math.abs(dayIds.indexOf(days.day()) - dayIds.indexOf(days.otherDay()));
        } else if (justification instanceof CourseSpreadJustification spread) {
            return spread.crowdedDays().stream().mapToLong(day -> day.split(",").length - spread.maxPerDay()).sum();
        } else if (justification instanceof TeacherDaysJustification days) {
            return days.daysBeyond();
        } else if (justification instanceof TeacherShortDayJustification shortDay) {
            return dayCounts(shortDay.shortDays()).values().stream()
                    .mapToLong(count -> shortDay.minLessons() - count).sum();
        } else if (justification instanceof GapsJustification gaps) {
            return GapCount.excess(gaps.gapsPerDay().stream()
                    .mapToInt(day -> Integer.parseInt(day.substring(day.indexOf(' ') + 1))).toArray(),
                    gaps.maxPerDay(), gaps.maxPerWeek());
        } else if (justification instanceof BuildingChangesJustification changes) {
            return GapCount.excess(changes.changesPerDay().stream()
                    .mapToInt(day -> Integer.parseInt(day.substring(day.indexOf(' ') + 1))).toArray(),
                    changes.maxPerDay(), changes.maxPerWeek());
        } else if (justification instanceof BuildingChangeGapJustification tooSoon) {
            return tooSoon.changes().size();
        } else if (justification instanceof TaggedLessonsJustification tagged) {
            return tagged.daysOver().stream().mapToLong(day -> Integer.parseInt(day.substring(day.indexOf(' ') + 1))
                    - tagged.maxPerDay()).sum() + tagged.beyondInARow();
        } else if (justification instanceof TeacherLessonsInARowJustification inARow) {
            return inARow.beyond();
        } else if (justification instanceof GroupDayShapeJustification shape) {
            return groupDayUnits(school, rule, shape);
        } else if (justification instanceof MinGapJustification gap) {
            return gap.minGap() - gap.gap();
        } else if (justification instanceof SectionLinkJustification link && rule.equals("no-overlap")) {
            return school.getBellSchedule().block(link.block()).getSlots()
                    .intersectionSize(school.getBellSchedule().block(link.otherBlock()).getSlots());
        }
        return 1;
    }

    private static long groupDayUnits(School school, String rule, GroupDayShapeJustification shape) {
        GroupLimits limits = school.getGroups().stream().filter(group -> group.getId().equals(shape.group()))
                .map(StudentGroup::getLimits).findFirst().orElseThrow();
        if (rule.equals("group-late-start")) {
            return shape.days().stream().filter(day -> day.endsWith("late start")).count() - limits.maxLateStarts();
        }
        long units = 0;
        for (String day : shape.days()) {
            int lessons = Integer.parseInt(day.split(" ")[1]);
            units += limits.minLessonsPerDay() >= 0 ? Math.max(0, limits.minLessonsPerDay() - lessons) : 0;
            units += limits.maxLessonsPerDay() >= 0 ? Math.max(0, lessons - limits.maxLessonsPerDay()) : 0;
        }
        return units;
    }

    /** Lessons beyond the first over timeslots written {@code FRI-P6 (7 lessons)}. */
    private static long beyondFirst(List<String> timeslots) {
        long units = 0;
        for (String timeslot : timeslots) {
            Matcher matcher = LESSONS_AT.matcher(timeslot);
            if (matcher.matches()) {
                units += Integer.parseInt(matcher.group(2)) - 1;
            }
        }
        return units;
    }

    /** Days written {@code MON (7)}, with their counts. */
    private static Map<String, Integer> dayCounts(List<String> days) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String day : days) {
            Matcher matcher = DAY_COUNT.matcher(day);
            assertThat(matcher.matches()).as(day).isTrue();
            counts.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        return counts;
    }

    /** What the recount finds broken, one entry per teacher, room, group, lesson or pair: what a match explains. */
    private static Set<String> subjects(String rule, List<RuleCheck.Violation> violations) {
        Set<String> subjects = new LinkedHashSet<>();
        for (RuleCheck.Violation violation : violations) {
            String[] words = violation.description().split(" ");
            subjects.add(switch (rule) {
                case "teacher-conflict", "teaching-load", "planning-protected", "teacher-days", "teacher-short-day",
                        "teacher-gaps", "teacher-lessons-in-a-row", "room-kind", "room-capacity", "unavailable",
                        "unplaced-lesson" -> words[0];
                case "room-conflict", "group-conflict", "group-gaps", "group-daily-lessons", "group-late-start" ->
                        words[1];
                // "teacher ana changes building ...", "group 5A changes building ..."
                case "building-changes", "building-change-gap" -> words[0] + " " + words[1];
                // "ana teaches LAB lessons ...": one explanation per teacher and tag
                case "teacher-tagged-lessons" -> words[0] + " " + words[2];
                // "group 6A has MATH6 2 times on TUE, share 1": one explanation per group and course
                case "course-spread" -> String.join(" ", Arrays.copyOf(words, 4));
                default -> violation.description();
            });
        }
        return subjects;
    }

    /** The counts the words give per timeslot or day, e.g. {@code FRI-P6 7}, over all the rule's matches. */
    private static List<String> statedCounts(String rule, List<Justification> words) {
        List<String> counts = new ArrayList<>();
        for (Justification justification : words) {
            if (justification instanceof RoomConflictJustification room) {
                room.timeslots().forEach(timeslot -> counts.add(lessonsAt(timeslot)));
            } else if (justification instanceof GroupConflictJustification group) {
                group.timeslots().forEach(timeslot -> counts.add(lessonsAt(timeslot)));
            } else if (justification instanceof TeacherConflictJustification teacher) {
                teacher.timeslots().forEach(timeslot -> counts.add(CLASS_ALONE_AT.matcher(timeslot).matches()
                        ? timeslot.substring(0, timeslot.indexOf(' ')) + " alone" : lessonsAt(timeslot)));
            } else if (justification instanceof TeachingLoadJustification load) {
                dayCounts(load.days()).forEach((day, count) -> counts.add(day + " " + count));
            } else if (justification instanceof TeacherShortDayJustification shortDay) {
                dayCounts(shortDay.shortDays()).forEach((day, count) -> counts.add(day + " " + count));
            } else if (justification instanceof BuildingChangesJustification changes) {
                // the days over the daily limit, e.g. "MON 3"
                changes.changesPerDay().stream().filter(day -> changes.maxPerDay() >= 0
                        && Integer.parseInt(day.substring(day.indexOf(' ') + 1)) > changes.maxPerDay())
                        .forEach(counts::add);
            } else if (justification instanceof TaggedLessonsJustification tagged) {
                tagged.daysOver().forEach(day -> counts.add(tagged.tag() + " " + day));
            } else if (justification instanceof BuildingChangeGapJustification tooSoon) {
                for (String change : tooSoon.changes()) {
                    Matcher matcher = CHANGE_TOO_SOON.matcher(change);
                    assertThat(matcher.matches()).as(change).isTrue();
                    counts.add(matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3) + " "
                            + matcher.group(4));
                }
            } else if (justification instanceof CourseSpreadJustification spread) {
                spread.crowdedDays().forEach(day -> counts.add(day.substring(0, day.indexOf(' ')) + " "
                        + day.split(",").length));
            }
        }
        return counts.stream().sorted().toList();
    }

    private static String lessonsAt(String timeslot) {
        Matcher matcher = LESSONS_AT.matcher(timeslot);
        assertThat(matcher.matches()).as(timeslot).isTrue();
        return matcher.group(1) + " " + matcher.group(2);
    }

    /** The same counts as the recount words them. */
    private static List<String> recountedCounts(String rule, List<RuleCheck.Violation> violations) {
        List<String> counts = new ArrayList<>();
        for (RuleCheck.Violation violation : violations) {
            String[] words = violation.description().split(" ");
            String text = violation.description();
            switch (rule) {
                // "room GYM holds 7 lessons in FRI-P6", "group 6A has 2 lessons in MON-P1"
                case "room-conflict", "group-conflict" -> counts.add(words[words.length - 1] + " " + words[3]);
                // "pe teaches 3 lessons in MON-P1" or "hana teaches read-3b#1 in MON-P1 while their class has no one"
                case "teacher-conflict" -> counts.add(text.endsWith("has no one") ? words[4] + " alone"
                        : words[words.length - 1] + " " + words[2]);
                // "pe teaches 7 timeslots on MON, limit 6", "pe teaches 1 lessons on TUE"
                case "teaching-load", "teacher-short-day" -> counts.add(words[5].replace(",", "") + " " + words[2]);
                // "group 6A has MATH6 2 times on TUE, share 1"
                case "course-spread" -> counts.add(words[7].replace(",", "") + " " + words[4]);
                // "teacher ana changes building 3 times on MON" (the week's line has no day)
                case "building-changes" -> {
                    if (!text.endsWith("in the week")) {
                        counts.add(words[7] + " " + words[4]);
                    }
                }
                // "ana teaches LAB lessons 3 timeslots on MON" (not the lines on lessons in a row)
                case "teacher-tagged-lessons" -> {
                    if (text.contains(" timeslots on ")) {
                        counts.add(words[2] + " " + words[7] + " " + words[4]);
                    }
                }
                // "group 5A changes building from NORTH to SOUTH in MON-P2 after 0 timeslots"
                case "building-change-gap" -> counts.add(words[9] + " " + words[5] + " " + words[7] + " " + words[11]);
                default -> {
                }
            }
        }
        return counts.stream().sorted().toList();
    }

    private static <T extends Justification> List<T> justifications(School school, Class<T> type) {
        List<T> found = new ArrayList<>();
        ScheduleSolver.analyze(school).constraintAnalyses().forEach(constraint -> constraint.matches()
                .forEach(match -> {
                    if (type.isInstance(match.justification())) {
                        found.add(type.cast(match.justification()));
                    }
                }));
        return found;
    }

}
