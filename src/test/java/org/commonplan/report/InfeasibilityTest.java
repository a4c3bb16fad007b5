package org.commonplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.bundle.TestBundles;
import org.commonplan.domain.School;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What no schedule can give, found before solving: one small school per check, built so that only that check
 * can see the cause, and every bundled school (each has a schedule that keeps every hard rule) without any.
 */
class InfeasibilityTest {

    /** Five days of seven 50-minute CLASS periods: 35 CLASS timeslots, a default daily limit of 6 (30 a week). */
    private static final String WEEK_OF_35;

    static {
        StringBuilder bell = new StringBuilder("day,period,start,end,kind\n");
        for (String day : List.of("MON", "TUE", "WED", "THU", "FRI")) {
            for (int period = 1; period <= 7; period++) {
                int start = 8 * 60 + (period - 1) * 55;
                bell.append(String.format("%s,P%d,%02d:%02d,%02d:%02d,CLASS%n", day, period, start / 60, start % 60,
                        (start + 50) / 60, (start + 50) % 60));
            }
        }
        WEEK_OF_35 = bell.toString();
    }

    @TempDir
    Path dir;

    static Stream<Path> bundledSchools() throws IOException {
        try (Stream<Path> paths = Files.walk(Path.of("datasets"))) {
            return paths.filter(path -> Files.isRegularFile(path.resolve("bell_schedule.csv"))).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundledSchools")
    void aSchoolWithAScheduleThatKeepsEveryHardRuleHasNoCause(Path bundle) throws IOException, BundleException {
        assertThat(Infeasibility.of(BundleReader.read(bundle)).messages()).isEmpty();
    }

    @Test
    void aSpecialistWithMoreLessonsThanTheWeekHasTimeslotsIsNamedWithTheNumbers() throws IOException {
        // 9 PE sections of 4 lessons: 36 timeslots; the week has 35 and the daily limit of 6 allows 30.
        School school = read(Map.of(
                "teachers.csv", "id,name,role\npe,Lee Park,SPECIALIST\n",
                "rooms.csv", "id,capacity,kind\nGYM1,60,GYM\nGYM2,60,GYM\n",
                "sections.csv", sections(9, "PE", "pe", "GYM", 4)));

        assertThat(Infeasibility.of(school).causes()).singleElement().satisfies(cause -> {
            assertThat(cause.check()).isEqualTo("teacher-time");
            assertThat(cause.subject()).isEqualTo("pe");
            assertThat(cause.message()).isEqualTo("teacher pe (Lee Park) has lessons that fill 36 timeslots a week, "
                    + "more than the 30 they can teach: they are available in all 35 CLASS timeslots of the week, "
                    + "and their daily limit of 6 (max_teaching_per_day) allows 30");
        });
    }

    @Test
    void theDailyLimitAloneCanLeaveTooFewTimeslotsUnlessItIsNoHardRule() throws IOException {
        // 32 lessons fit in 35 timeslots but not in 6 a day; with teaching-load weighted 0, they may.
        Map<String, String> files = new LinkedHashMap<>(Map.of(
                "teachers.csv", "id,name\npe,Lee Park\n",
                "rooms.csv", "id,capacity,kind\nGYM1,60,GYM\nGYM2,60,GYM\n",
                "sections.csv", sections(8, "PE", "pe", "GYM", 4)));

        assertThat(Infeasibility.of(read(files)).messages()).singleElement().asString()
                .contains("fill 32 timeslots a week, more than the 30 they can teach", "daily limit of 6");

        files.put("settings.csv", "key,value\nmin_planning_minutes_per_week,0\n"
                + "weight.teaching-load,0hard/0medium/1soft\n");
        assertThat(Infeasibility.of(read(files)).messages()).isEmpty();
    }

    @Test
    void aTeacherWhoTeachesOnTwoDaysAtMostHasTwelveTimeslots() throws IOException {
        School school = read(Map.of(
                "teachers.csv", "id,name,max_days_per_week\nart,Ada,2\n",
                "sections.csv", sections(7, "ART", "art", "GENERAL", 2)));

        assertThat(Infeasibility.of(school).messages()).singleElement().asString().contains(
                "fill 14 timeslots a week, more than the 12 they can teach",
                "teaching on at most 2 days (max_days_per_week) allows 12");
    }

    @Test
    void planningTimeComesOffTheWeek() throws IOException {
        // 33 lessons of 50 minutes and 150 minutes of planning need 1,800 minutes; the week has 1,750.
        Map<String, String> files = new LinkedHashMap<>(Map.of(
                "teachers.csv", "id,name,max_teaching_per_day\nm,Mo,7\n",
                "sections.csv", sections(11, "M", "m", "GENERAL", 3)));
        files.put("settings.csv", "key,value\nmin_planning_minutes_per_week,150\n");

        assertThat(Infeasibility.of(read(files)).messages()).containsExactly("teacher m (Mo) has lessons that take at"
                + " least 1650 minutes a week, and with 150 minutes of planning (min_planning_minutes_per_week) that"
                + " is more than the 1750 minutes of CLASS time they are available");
    }

    @Test
    void aStudentGroupWithMoreLessonsThanTheWeekIsNamed() throws IOException {
        // Four teachers with 9 lessons each, all for group 6A: 36 lesson timeslots in a week of 35.
        StringBuilder sections = new StringBuilder("id,course,teacher,groups,family,meetings\n");
        for (String teacher : List.of("a", "b", "c", "d")) {
            sections.append("S-").append(teacher).append(",C-").append(teacher).append(',').append(teacher)
                    .append(",6A,SINGLE,9\n");
        }
        School school = read(Map.of(
                "teachers.csv", "id,name\na,Ana\nb,Ben\nc,Cy\nd,Dee\n",
                "groups.csv", "id,size\n6A,25\n",
                "rooms.csv", "id,capacity\nR1,30\nR2,30\nR3,30\nR4,30\n",
                "sections.csv", sections.toString()));

        assertThat(Infeasibility.of(school).causes()).singleElement().satisfies(cause -> {
            assertThat(cause.check()).isEqualTo("group-time");
            assertThat(cause.message()).isEqualTo("student group 6A has lessons that fill 36 timeslots a week, "
                    + "more than the 35 CLASS timeslots of the week");
        });
    }

    @Test
    void aStudentGroupAwayOnADayHasOnlyTheRestOfTheWeekForItsLessons() throws IOException {
        // Four teachers with 8 lessons each for group 6A, away all Friday: 32 lesson timeslots in the 28 left.
        StringBuilder sections = new StringBuilder("id,course,teacher,groups,family,meetings\n");
        for (String teacher : List.of("a", "b", "c", "d")) {
            sections.append("S-").append(teacher).append(",C-").append(teacher).append(',').append(teacher)
                    .append(",6A,SINGLE,8\n");
        }
        School school = read(Map.of(
                "teachers.csv", "id,name\na,Ana\nb,Ben\nc,Cy\nd,Dee\n",
                "groups.csv", "id,size,unavailable\n6A,25,FRI\n",
                "rooms.csv", "id,capacity\nR1,30\nR2,30\nR3,30\nR4,30\n",
                "sections.csv", sections.toString()));

        assertThat(Infeasibility.of(school).causes()).singleElement().satisfies(cause -> {
            assertThat(cause.check()).isEqualTo("group-time");
            assertThat(cause.message()).isEqualTo("student group 6A has lessons that fill 32 timeslots a week, "
                    + "more than the 28 CLASS timeslots of the week it is not away in");
        });
    }

    @Test
    void aStudentGroupThatMustHaveThreeLessonsADayNeedsFifteenTimeslots() throws IOException {
        School school = read(Map.of(
                "teachers.csv", "id,name\na,Ana\n",
                "groups.csv", "id,size,min_lessons_per_day\n6A,25,3\n",
                "sections.csv", "id,course,teacher,groups,family\nS1,C1,a,6A,DAILY\nS2,C2,a,6A,DAILY\n"));

        assertThat(Infeasibility.of(school).messages()).containsExactly("student group 6A has lessons that fill at "
                + "most 10 timeslots a week, fewer than the 15 its min_lessons_per_day of 3 needs over 5 days");
    }

    @Test
    void lessonsThatNeedAKindOfRoomFitInTheTimeslotsOfThoseRooms() throws IOException {
        // Three PE teachers with 24 lessons each (each within their 30) share two gyms: 72 of 70 room-timeslots.
        StringBuilder sections = new StringBuilder("id,course,teacher,room_kind,family,meetings\n");
        for (String teacher : List.of("p1", "p2", "p3")) {
            for (int section = 1; section <= 6; section++) {
                sections.append(teacher).append('-').append(section).append(",PE,").append(teacher)
                        .append(",GYM,SINGLE,4\n");
            }
        }
        School school = read(Map.of(
                "teachers.csv", "id,name\np1,Pat\np2,Pim\np3,Pol\n",
                "rooms.csv", "id,capacity,kind\nGYM1,60,GYM\nGYM2,60,GYM\nR1,30,GENERAL\n",
                "sections.csv", sections.toString()));

        assertThat(Infeasibility.of(school).causes()).singleElement().satisfies(cause -> {
            assertThat(cause.check()).isEqualTo("room-time");
            assertThat(cause.subject()).isEqualTo("GYM");
            assertThat(cause.message()).isEqualTo("lessons that need a GYM room (sections p1-1, p1-2, p1-3, p1-4, "
                    + "p1-5 and 13 more) fill 72 timeslots a week, more than the 70 room-timeslots of the school's 2 "
                    + "GYM rooms");
        });
    }

    @Test
    void aLessonFixedToATimeItsTeacherIsAwayIsAMistakeOfTheBundleNamedBeforeAnyCheck() {
        // A lock where its teacher is away is refused as the bundle is read, with file, line and column.
        assertThatThrownBy(() -> read(Map.of(
                "teachers.csv", "id,name,unavailable\nclub,Ivy Chen,FRI\n",
                "sections.csv", "id,course,teacher,family,fixed_block\nCLUB-1,CLUB,club,SINGLE,FRI-P6\n")))
                .hasMessageContaining("sections.csv line 2, column fixed_block: teacher \"club\" is unavailable in "
                        + "FRI-P6");
    }

    @Test
    void aSectionWhoseBlocksAllFallWhenItsTeacherIsAwayIsNamed() throws IOException {
        School school = read(Map.of(
                "teachers.csv", "id,name,unavailable\nart,Ada,MON-P1;TUE\n",
                "sections.csv", "id,course,teacher,family,blocks\nART-1,ART,art,SINGLE,MON-P1;TUE-P1\n"));

        assertThat(Infeasibility.of(school).messages()).containsExactly("section ART-1 may take 2 blocks (its blocks "
                + "list), but in none of them is teacher art (Ada) available");
    }

    @Test
    void aSectionWithFewerBlocksThanLessonsIsNamed() throws IOException {
        School school = read(Map.of(
                "teachers.csv", "id,name\nart,Ada\n",
                "sections.csv", "id,course,teacher,family,meetings,blocks\nART-1,ART,art,SINGLE,3,MON-P1;TUE-P1\n"));

        assertThat(Infeasibility.of(school).causes()).singleElement().satisfies(cause -> {
            assertThat(cause.check()).isEqualTo("section-blocks");
            assertThat(cause.message()).isEqualTo("section ART-1 has 3 lessons a week, which share its teacher, but "
                    + "only 2 of the blocks it may take (MON-P1, TUE-P1) do not overlap");
        });
    }

    @Test
    void aSectionWhoseFirstLessonIsLockedInTimeOnlyIsNotShortOfBlocks() throws IOException {
        // Lesson 1 is locked to MON-P1 (its room left free), lesson 2 may take any other block of the week.
        School school = read(Map.of(
                "teachers.csv", "id,name\nart,Ada\n",
                "sections.csv", "id,course,teacher,family,meetings,fixed_block,min_days_between\n"
                        + "ART-1,ART,art,SINGLE,2,MON-P1;,2\n"));

        assertThat(Infeasibility.of(school).messages()).isEmpty();
    }

    @Test
    void lessonsThatMustBeDaysApartNeedBlocksOnDaysFarEnoughApart() throws IOException {
        School school = read(Map.of(
                "teachers.csv", "id,name\nart,Ada\n",
                "sections.csv", "id,course,teacher,family,meetings,blocks,min_days_between\n"
                        + "ART-1,ART,art,SINGLE,2,MON-P1;MON-P2;TUE-P1,2\n"));

        assertThat(Infeasibility.of(school).messages()).containsExactly("section ART-1 has 2 lessons a week at least "
                + "2 days apart (min_days_between), but the blocks it may take fall on MON, TUE, which leave room "
                + "for 1");
    }

    @Test
    void twoFixedLessonsOfOneGroupOrInOneRoomClash() throws IOException {
        School school = read(Map.of(
                "teachers.csv", "id,name\na,Ana\nb,Ben\nc,Cy\n",
                "groups.csv", "id,size\n6A,25\n",
                // Not locks, which the bundle refuses when they clash: each a list of one block and one room.
                "sections.csv", """
                        id,course,teacher,groups,family,blocks,rooms
                        A,CA,a,6A,SINGLE,MON-P1,
                        B,CB,b,6A,SINGLE,MON-P1,
                        C,CC,c,,DAILY,P2,R1
                        D,CD,a,,SINGLE,TUE-P2,R1
                        """));

        assertThat(Infeasibility.of(school).causes())
                .extracting(Infeasibility.Cause::check, Infeasibility.Cause::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pin-clash", "A (only possible block MON-P1) and B (only "
                                + "possible block MON-P1) both meet in MON-P1, but share student group 6A"),
                        org.assertj.core.groups.Tuple.tuple("pin-clash", "C (only possible block P2) and D (only "
                                + "possible block TUE-P2) both meet in TUE-P2, but share their only room R1"));
    }

    @Test
    void moreFixedLessonsOnADayThanTheDailyLimitIsNamed() throws IOException {
        StringBuilder sections = new StringBuilder("id,course,teacher,family,fixed_block\n");
        for (int period = 1; period <= 7; period++) {
            sections.append("M").append(period).append(",M,m,SINGLE,MON-P").append(period).append('\n');
        }
        School school = read(Map.of("teachers.csv", "id,name\nm,Mo\n", "sections.csv", sections.toString()));

        assertThat(Infeasibility.of(school).causes()).singleElement().satisfies(cause -> {
            assertThat(cause.check()).isEqualTo("pinned-load");
            assertThat(cause.message()).isEqualTo("teacher m (Mo) must teach 7 timeslots on MON, where their lessons "
                    + "are fixed (lessons M1, M2, M3, M4, M5 and 2 more), more than their daily limit of 6 "
                    + "(max_teaching_per_day)");
        });
    }

    @Test
    void aTeamWhoseMembersAreNeverFreeTogetherIsNamed() throws IOException {
        // Ana teaches MON-P1 and MON-P2, Ben MON-P3, in a one-day week of three periods.
        School school = read(Map.of(
                "bell_schedule.csv", "day,period,start,end\nMON,P1,08:00,08:50\nMON,P2,08:55,09:45\n"
                        + "MON,P3,09:50,10:40\n",
                "teachers.csv", "id,name,max_teaching_per_day\na,Ana,3\nb,Ben,3\n",
                "sections.csv", """
                        id,course,teacher,family,fixed_block
                        A1,CA,a,SINGLE,MON-P1
                        A2,CB,a,SINGLE,MON-P2
                        B1,CC,b,SINGLE,MON-P3
                        """,
                "teams.csv", "id,kind,members,meetings_per_week\nT,GRADE,a;b,1\n"));

        assertThat(Infeasibility.of(school).causes()).singleElement().satisfies(cause -> {
            assertThat(cause.check()).isEqualTo("team-never-free");
            assertThat(cause.message()).isEqualTo("team T can never meet (it asks for 1 meeting a week): teachers "
                    + "a (Ana) and b (Ben) are never both free in one SINGLE block, being unavailable, fixed to "
                    + "teach or with their class");
        });
    }

    /** {@code count} sections of one teacher, each with {@code meetings} SINGLE lessons in a room of {@code kind}. */
    private static String sections(int count, String prefix, String teacher, String kind, int meetings) {
        StringBuilder rows = new StringBuilder("id,course,teacher,room_kind,family,meetings\n");
        for (int section = 1; section <= count; section++) {
            rows.append(prefix).append('-').append(section).append(',').append(prefix).append(',').append(teacher)
                    .append(',').append(kind).append(",SINGLE,").append(meetings).append('\n');
        }
        return rows.toString();
    }

    /** A bundle of these files over {@link #WEEK_OF_35}, two GENERAL rooms and no planning minimum, unless given. */
    private School read(Map<String, String> files) throws IOException {
        return TestBundles.read(dir, Map.of("bell_schedule.csv", WEEK_OF_35, "rooms.csv", "id,capacity\nR1,30\nR2,30\n",
                "settings.csv", "key,value\nmin_planning_minutes_per_week,0\n"), files);
    }
}
