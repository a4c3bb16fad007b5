package org.commonplan.bound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.bundle.TestBundles;
import org.commonplan.domain.School;
import org.commonplan.report.CollaborationReport;
import org.commonplan.solver.ScheduleSolver;
import org.commonplan.solver.SolverTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bound on placeable team meetings, on schools small enough to count by hand: each case says why its answer
 * is what it is, and a solve shows that the bound is reached (so it is exact there, not just an upper limit).
 */
@Timeout(120)
class MeetingBoundTest {

    /** Steps each repair and the last phase may take in the solves that show a bound reached. */
    private static final int REPAIR_STEPS = 2;

    private static final String ONE_DAY_THREE_PERIODS = """
            day,period,start,end,kind
            MON,P1,08:00,08:50,CLASS
            MON,P2,08:55,09:45,CLASS
            MON,P3,09:50,10:40,CLASS
            """;

    @TempDir
    Path dir;

    /** Every bundle with a schedule known to keep every hard rule: (bundle, meetings it places). */
    static Stream<Arguments> plantedSchedules() throws IOException {
        // Both hand-made datasets were checked by hand for such a schedule that places every meeting.
        List<Arguments> schedules = new ArrayList<>(List.of(Arguments.of(Path.of("datasets", "small-middle"), 8),
                Arguments.of(Path.of("datasets", "small-elementary"), 7)));
        try (Stream<Path> paths = Files.walk(Path.of("datasets"))) {
            for (Path planted : paths.filter(path -> path.endsWith("planted") && Files.isDirectory(path)).sorted()
                    .toList()) {
                long placed = Files.readAllLines(planted.resolve("team_meetings.csv")).stream().skip(1)
                        .filter(line -> !line.split(",", -1)[2].isEmpty()).count();
                schedules.add(Arguments.of(planted.getParent(), (int) placed));
            }
        }
        return schedules.stream();
    }

    @ParameterizedTest
    @MethodSource("plantedSchedules")
    void theBoundIsAtLeastWhatAKnownSchedulePlacesAndAtMostTheRequest(Path bundle, int placed)
            throws IOException, BundleException {
        MeetingBound bound = MeetingBound.of(BundleReader.read(bundle));

        assertThat(bound.bound()).isGreaterThanOrEqualTo(placed).isLessThanOrEqualTo(bound.requested());
        assertThat(bound.teams()).allSatisfy(team -> assertThat(team.bound()).isLessThanOrEqualTo(team.requested()));
        assertThat(bound.notes()).isEmpty();
    }

    @Test
    void pinnedLessonsLeaveOneCommonBlock() throws IOException {
        // a teaches P1, b teaches P2 (both pinned): only P3 has both free, so 1 of the 3 meetings asked for.
        // z, on no team, has two lessons for the solver to move: with none, its swap moves never find a pair.
        School school = read(Map.of(
                "bell_schedule.csv", ONE_DAY_THREE_PERIODS,
                "teachers.csv", "id,name\na,Ana\nb,Ben\nz,Zoe\n",
                "sections.csv", """
                        id,course,teacher,family,meetings,fixed_block,fixed_room
                        A1,CA,a,SINGLE,1,MON-P1,R1
                        B1,CB,b,SINGLE,1,MON-P2,R1
                        Z,CZ,z,SINGLE,2,,
                        """,
                "teams.csv", "id,kind,members,meetings_per_week,family\nT,GRADE,a;b,3,SINGLE\n"));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.requested()).isEqualTo(3);
        assertThat(bound.bound()).isEqualTo(1);
        assertThat(bound.teams().get(0).possibleBlocks()).isEqualTo(1);
        assertThat(bound.teams().get(0).limit()).contains("only 1");
        assertReached(school, bound);
    }

    @Test
    void twoTeamsWhoseOnlyBlockIsTheSameShareItsOneMeeting() throws IOException {
        // b and c teach P1 and P2 (pinned), so both teams can meet only at P3; a is on both, so one meets, though a
        // has all 3 periods free.
        School school = read(Map.of(
                "bell_schedule.csv", ONE_DAY_THREE_PERIODS,
                "teachers.csv", "id,name\na,Ana\nb,Ben\nc,Cy\nz,Zoe\n",
                // A third room lets z's two lessons sit beside b's and c's.
                "rooms.csv", "id,capacity\nR1,30\nR2,30\nR3,30\n",
                "sections.csv", """
                        id,course,teacher,family,meetings,fixed_block,fixed_room
                        B1,CB1,b,SINGLE,1,MON-P1,R1
                        B2,CB2,b,SINGLE,1,MON-P2,R1
                        C1,CC1,c,SINGLE,1,MON-P1,R2
                        C2,CC2,c,SINGLE,1,MON-P2,R2
                        Z,CZ,z,SINGLE,2,,
                        """,
                "teams.csv", "id,kind,members,meetings_per_week,family\nT1,GRADE,a;b,1,SINGLE\n"
                        + "T2,GRADE,a;c,1,SINGLE\n"));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.teams()).extracting(MeetingBound.TeamBound::bound).containsExactly(1, 1);
        assertThat(bound.bound()).isEqualTo(1);
        assertReached(school, bound);
    }

    @Test
    void aMemberOfTwoTeamsHasTimeForTwoMeetingsInAll() throws IOException {
        // a teaches 2 of 4 periods, so a has 2 free periods for the 4 meetings of T1 and T2 together.
        School school = read(twoTeamsSharingA("0"));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.requested()).isEqualTo(4);
        assertThat(bound.teams()).extracting(MeetingBound.TeamBound::bound).containsExactly(2, 2);
        assertThat(bound.bound()).isEqualTo(2);
        assertReached(school, bound);
    }

    @Test
    void planningTimeComesOffTheTimeForMeetings() throws IOException {
        // As above, but a keeps 50 minutes (one period) of planning: one period left for one meeting.
        School school = read(twoTeamsSharingA("50"));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.bound()).isEqualTo(1);
        assertThat(bound.teams().get(0).limit()).contains("time of Ana");
        assertReached(school, bound);
    }

    @Test
    void aHomeroomTeacherMeetsOnlyWhileTheClassIsAway() throws IOException {
        // h's class G is away only at its one special (one period), so h can meet once of the 2 asked for.
        School school = read(Map.of(
                "bell_schedule.csv", ONE_DAY_THREE_PERIODS,
                "groups.csv", "id,size\nG,20\n",
                "teachers.csv", "id,name,role,homeroom\nh,Hana,TEACHER,G\ns,Sol,SPECIALIST,\nx,Xu,TEACHER,\n",
                // The art teacher's club gives the solver a second lesson to move; it does not touch h or x.
                "sections.csv", "id,course,teacher,groups,family,meetings\nART,ART,s,G,SINGLE,1\n"
                        + "CLUB,CLUB,s,,SINGLE,1\n",
                "teams.csv", "id,kind,members,meetings_per_week,family\nT,GRADE,h;x,2,SINGLE\n"));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.teams().get(0).possibleBlocks()).isEqualTo(3);
        assertThat(bound.bound()).isEqualTo(1);
        assertReached(school, bound);
    }

    @Test
    void classesAtLessonsAllDayLeaveNoPeriodForTwoOfThreeTeachersToMeet() throws IOException {
        // Both classes are at a lesson in each of the 3 periods: 2 lessons a period need 2 of the 3 teachers, so a
        // and b are never free together, though each alone has a free period.
        School school = read(twoClassesAndATeamOfTwo(2));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.bound()).isZero();
        assertThat(bound.teams().get(0).possibleBlocks()).isEqualTo(3);
        assertThat(bound.teams().get(0).limit()).contains("classes left without a teacher");
        assertReached(school, bound);
    }

    @Test
    void aPeriodTheClassesLeaveFreeHoldsOneMeeting() throws IOException {
        // G2 has 2 lessons of 3 periods: while a and b meet, c teaches G1 and G2 is free.
        School school = read(twoClassesAndATeamOfTwo(1));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.bound()).isEqualTo(1);
        assertReached(school, bound);
    }

    @Test
    void aPeriodFewTeachersCanTeachUsesUpTheClassesFreeTime() throws IOException {
        // Of 8 class periods the lessons leave 1 free; at P4 only a may teach, so one class is free at P4 and none
        // in P1-P3, where a and b meeting would leave one of the two classes without a teacher.
        School school = read(Map.of(
                "bell_schedule.csv", ONE_DAY_THREE_PERIODS + "MON,P4,10:45,11:35,CLASS\n",
                "groups.csv", "id,size\nG1,20\nG2,20\n",
                "teachers.csv", "id,name,unavailable\na,Ana,\nb,Ben,MON-P4\nc,Cy,MON-P4\n",
                "sections.csv", "id,course,teacher,groups,family,meetings\nA1,CA1,a,G1,SINGLE,1\n"
                        + "A2,CA2,a,G2,SINGLE,1\nB,CB,b,G2,SINGLE,2\nC,CC,c,G1,SINGLE,3\n",
                "teams.csv", "id,kind,members,meetings_per_week,family\nT,GRADE,a;b,1,SINGLE\n"));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.bound()).isZero();
        assertReached(school, bound);
    }

    @Test
    void aClassOnlyABusyTeacherCanTakeKeepsTheTeamFromMeeting() throws IOException {
        // Every teacher is at an assembly in P1, so the three classes, at a lesson in each of P2-P4, are idle only
        // then. G1 has a twice and b once, G2 b once and c twice: while a and c meet, G1 and G2 both need b. Counted
        // per period (step 7) the three other teachers could take the three classes; class by class (step 8) not.
        School school = read(Map.of(
                "bell_schedule.csv", ONE_DAY_THREE_PERIODS + "MON,P4,10:45,11:35,CLASS\n",
                "rooms.csv", "id,capacity\nR1,30\nR2,30\nR3,30\nR4,30\nR5,30\n",
                "groups.csv", "id,size\nG1,20\nG2,20\nG3,20\n",
                "teachers.csv", "id,name\na,Ana\nb,Ben\nc,Cy\ne,Eve\nf,Fay\n",
                "sections.csv", "id,course,teacher,groups,family,meetings,fixed_block\n"
                        + "A,CA,a,G1,SINGLE,2,\nB1,CB1,b,G1,SINGLE,1,\nB2,CB2,b,G2,SINGLE,1,\n"
                        + "C,CC,c,G2,SINGLE,2,\nE,CE,e,G3,SINGLE,2,\nF,CF,f,G3,SINGLE,1,\n"
                        + "SA,SA,a,,SINGLE,1,MON-P1\nSB,SB,b,,SINGLE,1,MON-P1\nSC,SC,c,,SINGLE,1,MON-P1\n"
                        + "SE,SE,e,,SINGLE,1,MON-P1\nSF,SF,f,,SINGLE,1,MON-P1\n",
                "teams.csv", "id,kind,members,meetings_per_week,family\nT,CONTENT,a;c,1,SINGLE\n"));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.teams().get(0).possibleBlocks()).isEqualTo(3);
        assertThat(bound.bound()).isZero();
        assertThat(bound.teams().get(0).limit()).contains("classes left without a teacher");
        assertReached(school, bound);
    }

    @Test
    void aTeacherAtALessonOfTwoClassesTakesNoThirdClassThen() throws IOException {
        // Every teacher is at an assembly in P1, so the three classes are at a lesson in each of P2-P4. While b and
        // c meet, G2 and G3 both need m, who has a lesson of G1 and G2 and one of G3 but teaches one at a time. As
        // copies (step 7, step 8's matching) m could take G2 and G3 at once; lesson by lesson not.
        School school = read(Map.of(
                "bell_schedule.csv", ONE_DAY_THREE_PERIODS + "MON,P4,10:45,11:35,CLASS\n",
                "rooms.csv", "id,capacity\nR1,40\nR2,30\nR3,30\nR4,30\n",
                "groups.csv", "id,size\nG1,20\nG2,20\nG3,20\n",
                "teachers.csv", "id,name\na,Ana\nb,Ben\nc,Cy\nm,May\n",
                "sections.csv", "id,course,teacher,groups,family,meetings,fixed_block\n"
                        + "M12,CM12,m,G1;G2,SINGLE,1,\nM3,CM3,m,G3,SINGLE,1,\nA,CA,a,G1,SINGLE,2,\n"
                        + "B,CB,b,G2,SINGLE,2,\nC,CC,c,G3,SINGLE,2,\n"
                        + "SA,SA,a,,SINGLE,1,MON-P1\nSB,SB,b,,SINGLE,1,MON-P1\nSC,SC,c,,SINGLE,1,MON-P1\n"
                        + "SM,SM,m,,SINGLE,1,MON-P1\n",
                "teams.csv", "id,kind,members,meetings_per_week,family\nT,CONTENT,b;c,1,SINGLE\n"));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.teams().get(0).possibleBlocks()).isEqualTo(3);
        assertThat(bound.bound()).isZero();
        assertThat(bound.teams().get(0).limit()).contains("classes left without a teacher");
        assertReached(school, bound);
    }

    @Test
    void aClassNeverIdleKeepsItsOnlyTeacherThenFromMeeting() throws IOException {
        // G1 is at a lesson in all 4 periods (a twice, e twice), and e is away in P1 and P2, so a is with G1 then;
        // d is away in P3 and P4. So a and d could only meet while G1 needs a. G2's two free periods leave the
        // classes' idle periods in all (step 7, step 8) room for one meeting; a class never idle leaves none.
        School school = read(Map.of(
                "bell_schedule.csv", ONE_DAY_THREE_PERIODS + "MON,P4,10:45,11:35,CLASS\n",
                "groups.csv", "id,size\nG1,20\nG2,20\n",
                "teachers.csv", "id,name,unavailable\na,Ana,\nc,Cy,\nd,Dee,MON-P3;MON-P4\ne,Eve,MON-P1;MON-P2\n",
                "sections.csv", "id,course,teacher,groups,family,meetings\nA,CA,a,G1,SINGLE,2\n"
                        + "E,CE,e,G1,SINGLE,2\nC,CC,c,G2,SINGLE,2\n",
                "teams.csv", "id,kind,members,meetings_per_week,family\nT,CONTENT,a;d,1,SINGLE\n"));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.teams().get(0).possibleBlocks()).isEqualTo(2);
        assertThat(bound.bound()).isZero();
        assertReached(school, bound);
    }

    @Test
    void aTeamMeetsOnlyWhereItLeavesNoNeverIdleClassWithoutATeacher() throws IOException {
        // G1 is at a lesson in all 4 periods (a twice, e twice), and e is away in P1 and P2, so a is with G1 then:
        // a and c may meet in P3 or P4 only, though both could be free in any period.
        School school = read(Map.of(
                "bell_schedule.csv", ONE_DAY_THREE_PERIODS + "MON,P4,10:45,11:35,CLASS\n",
                "groups.csv", "id,size\nG1,20\nG2,20\n",
                "teachers.csv", "id,name,unavailable\na,Ana,\nc,Cy,\ne,Eve,MON-P1;MON-P2\n",
                "sections.csv", "id,course,teacher,groups,family,meetings\nA,CA,a,G1,SINGLE,2\n"
                        + "E,CE,e,G1,SINGLE,2\nC,CC,c,G2,SINGLE,2\n",
                "teams.csv", "id,kind,members,meetings_per_week,family\nT,CONTENT,a;c,1,SINGLE\n"));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.teams().get(0).possibleBlocks()).isEqualTo(4);
        assertThat(MeetingBound.possibleBlocks(school).get(school.getTeams().get(0))).hasSize(4);
        assertThat(MeetingBound.blocksLeavingAClassAlone(school).get(school.getTeams().get(0)))
                .extracting(block -> block.getId()).containsExactly("MON-P1", "MON-P2");
        assertThat(bound.bound()).isEqualTo(1);
        assertReached(school, bound);
    }

    @Test
    void overlappingDoubleBlocksHoldOneMeeting() throws IOException {
        // P1+P2 and P2+P3 share P2: two DOUBLE meetings of one team cannot both be placed.
        School school = read(Map.of(
                "bell_schedule.csv", ONE_DAY_THREE_PERIODS,
                "teachers.csv", "id,name\na,Ana\nb,Ben\nz,Zoe\n",
                // z's lessons give the solver something to move; z is on no team.
                "sections.csv", "id,course,teacher,family,meetings\nZ,CZ,z,SINGLE,2\n",
                "teams.csv", "id,kind,members,meetings_per_week,family\nT,CONTENT,a;b,2,DOUBLE\n"));

        MeetingBound bound = MeetingBound.of(school);

        assertThat(bound.teams().get(0).possibleBlocks()).isEqualTo(2);
        assertThat(bound.bound()).isEqualTo(1);
        assertReached(school, bound);
    }

    @Test
    void aRuleTurnedOffIsNotReliedOn() throws IOException {
        // With meeting-member-busy weighted 0, a meeting may sit on a lesson: all 3 can be placed.
        Map<String, String> files = new LinkedHashMap<>(Map.of(
                "bell_schedule.csv", ONE_DAY_THREE_PERIODS,
                "teachers.csv", "id,name\na,Ana\nb,Ben\n",
                "sections.csv", """
                        id,course,teacher,family,fixed_block,fixed_room
                        A1,CA,a,SINGLE,MON-P1,R1
                        B1,CB,b,SINGLE,MON-P2,R1
                        """,
                "teams.csv", "id,kind,members,meetings_per_week,family\nT,GRADE,a;b,3,SINGLE\n"));
        files.put("settings.csv", "key,value\nmin_planning_minutes_per_week,0\n"
                + "weight.meeting-member-busy,0hard/0medium/0soft\n");

        assertThat(MeetingBound.of(read(files)).bound()).isEqualTo(3);
    }

    @Test
    void describeSetsPlacedBesideTheBoundAndTheRequest() {
        MeetingBound bound = new MeetingBound(8, 6, List.of(), List.of());

        assertThat(bound.describe(3)).isEqualTo("team meetings placeable at most (bound from the problem): "
                + "6 of 8 requested; placed 3 = 50% of the bound");
    }

    private static Map<String, String> twoTeamsSharingA(String minPlanning) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("settings.csv", "key,value\nmin_planning_minutes_per_week," + minPlanning + "\n");
        files.put("bell_schedule.csv", ONE_DAY_THREE_PERIODS + "MON,P4,10:45,11:35,CLASS\n");
        files.put("teachers.csv", "id,name\na,Ana\nb,Ben\nc,Cy\n");
        files.put("sections.csv", "id,course,teacher,family,meetings\nA,CA,a,SINGLE,2\n");
        files.put("teams.csv", "id,kind,members,meetings_per_week,family\nT1,GRADE,a;b,2,SINGLE\n"
                + "T2,GRADE,a;c,2,SINGLE\n");
        return files;
    }

    /** Classes G1 (a twice, c once) and G2 (b bLessons times, c once) in a day of 3 periods; team a and b. */
    private static Map<String, String> twoClassesAndATeamOfTwo(int bLessons) {
        return Map.of(
                "bell_schedule.csv", ONE_DAY_THREE_PERIODS,
                "groups.csv", "id,size\nG1,20\nG2,20\n",
                "teachers.csv", "id,name\na,Ana\nb,Ben\nc,Cy\n",
                "sections.csv", "id,course,teacher,groups,family,meetings\nA,CA,a,G1,SINGLE,2\n"
                        + "B,CB,b,G2,SINGLE," + bLessons + "\nC1,CC1,c,G1,SINGLE,1\nC2,CC2,c,G2,SINGLE,1\n",
                "teams.csv", "id,kind,members,meetings_per_week,family\nT,GRADE,a;b,1,SINGLE\n");
    }

    /** A bundle of these files, with two rooms, and no planning minimum unless settings.csv says otherwise. */
    private School read(Map<String, String> files) throws IOException {
        return TestBundles.read(dir, Map.of("rooms.csv", "id,capacity\nR1,30\nR2,30\n",
                "settings.csv", "key,value\nmin_planning_minutes_per_week,0\n"), files);
    }

    /** A solve keeps every hard rule and places exactly as many meetings as the bound. */
    private static void assertReached(School school, MeetingBound bound) {
        // Stop as soon as the bound is reached: every case's meetings are of one length and priority 1.
        long unplacedMinutes = (long) (bound.requested() - bound.bound())
                * school.getMeetings().get(0).getTeam().getMeetingMinutes();
        // Step limits, not time: a repair that cannot end feasible (the meetings beyond the bound still placed)
        // stops after a few steps instead of its 10 unimproved seconds, and the drop that follows takes them out.
        School solved = ScheduleSolver.solve(school, SolverTestSupport.config(REPAIR_STEPS,
                "0hard/" + -unplacedMinutes + "medium/" + Long.MIN_VALUE + "soft"), null);
        CollaborationReport report = CollaborationReport.of(solved);

        assertThat(solved.getScore().isFeasible()).as("score %s", solved.getScore()).isTrue();
        assertThat(report.summary().meetingsScheduled()).isEqualTo(bound.bound());
    }
}
