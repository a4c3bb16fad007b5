package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.commonplan.bundle.BundleReader;
import org.commonplan.bundle.TestBundles;
import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.ScheduleSolver;
import org.commonplan.solver.SolverPlan;
import org.commonplan.solver.SolverPlan.Phase;
import org.commonplan.solver.SolverPlan.RunSettings;
import org.commonplan.solver.SolverTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class MeetingsFirstPlacementTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void theConstructionBuildsTheSameScheduleWhateverTheOrderOfTeamsCsv() throws Exception {
        Path inOrder = TestBundles.copyOf("small-middle", dir, "in-order");
        Path reversed = TestBundles.copyOf("small-middle", dir, "reversed");
        List<String> lines = new ArrayList<>(Files.readAllLines(reversed.resolve("teams.csv")));
        Collections.reverse(lines.subList(1, lines.size()));
        Files.write(reversed.resolve("teams.csv"), lines);

        School first = construct(BundleReader.read(inOrder));
        School second = construct(BundleReader.read(reversed));

        assertThat(first.getTeams()).extracting(Team::getId)
                .isNotEqualTo(second.getTeams().stream().map(Team::getId).toList());
        assertThat(placements(second)).isEqualTo(placements(first));
        assertThat(placements(first)).doesNotContainValue("-");
    }

    @Test
    @Timeout(120)
    void theWholeSearchGivesTheSameScheduleWhateverTheOrderOfTeamsCsv() throws Exception {
        Path inOrder = TestBundles.copyOf("elementary-planted", dir, "in-order");
        Path reversed = TestBundles.copyOf("elementary-planted", dir, "reversed");
        List<String> lines = new ArrayList<>(Files.readAllLines(reversed.resolve("teams.csv")));
        Collections.reverse(lines.subList(1, lines.size()));
        Files.write(reversed.resolve("teams.csv"), lines);

        // Every phase, the local searches step-limited: the same seed and steps on both.
        School first = ScheduleSolver.solve(BundleReader.read(inOrder), SolverTestSupport.fixedSteps(30), null);
        School second = ScheduleSolver.solve(BundleReader.read(reversed), SolverTestSupport.fixedSteps(30), null);

        assertThat(placements(second)).isEqualTo(placements(first));
        assertThat(second.getScore()).isEqualTo(first.getScore());
    }

    @Test
    @Timeout(120)
    void theMeetingsConstructionKeepsTheScoreTrueUnderFullAssert() throws Exception {
        School school = BundleReader.read(Path.of("datasets", "small-middle"));
        SolverPlan plan = SolverPlan.production(new RunSettings(null, 1L, EnvironmentMode.FULL_ASSERT, null))
                .until(Phase.MEETINGS);

        School built = SolverFactory.<School>create(plan.solverConfig()).buildSolver().solve(school);

        assertThat(built.getMeetings()).allSatisfy(meeting -> assertThat(meeting.getBlock()).isNotNull());
    }

    @Test
    void theNthTeamByIdTriesItsBlocksFromTheNthBlockOn() throws Exception {
        School school = BundleReader.read(Path.of("datasets", "small-middle"));
        List<Team> byId = school.getTeams().stream().sorted((a, b) -> a.getId().compareTo(b.getId())).toList();
        for (int number = 0; number < byId.size(); number++) {
            Team team = byId.get(number);
            List<Block> family = school.getBellSchedule().blocksOf(team.getFamily());
            Block start = family.get(number % family.size());
            List<Block> inTurn = MeetingsFirstPlacement.blocksInTurn(school, team);

            assertThat(inTurn).containsExactlyInAnyOrderElementsOf(team.getAllowedBlocks());
            if (team.getAllowedBlocks().contains(start)) {
                assertThat(inTurn.get(0)).isEqualTo(start);
            }
        }
    }

    /**
     * A one-day week of three periods. Ana's lessons are fixed in P1 and P2, Ben's in P3, so team AB can never meet;
     * team AC (Ana and Cy) can meet only in P3, team BC only in P1 and P2.
     */
    private School ruledOutTeams() throws Exception {
        return TestBundles.read(dir, Map.of(), Map.of(
                "bell_schedule.csv", "day,period,start,end\nMON,P1,08:00,08:50\nMON,P2,08:55,09:45\n"
                        + "MON,P3,09:50,10:40\n",
                "rooms.csv", "id,capacity\nR1,30\nR2,30\n",
                "settings.csv", "key,value\nmin_planning_minutes_per_week,0\n",
                "teachers.csv", "id,name,max_teaching_per_day\na,Ana,3\nb,Ben,3\nc,Cy,3\n",
                "sections.csv", """
                        id,course,teacher,family,fixed_block
                        A1,CA,a,SINGLE,MON-P1
                        A2,CB,a,SINGLE,MON-P2
                        B1,CC,b,SINGLE,MON-P3
                        """,
                "teams.csv", "id,kind,members,meetings_per_week\nAB,GRADE,a;b,1\nAC,GRADE,a;c,1\n"
                        + "BC,GRADE,b;c,1\n"));
    }

    @Test
    @Timeout(60)
    void theConstructionPlacesNoMeetingTheBoundRulesOutAndTheRestOnlyWhereTheyCanBeHeld() throws Exception {
        School built = SolverFactory.<School>create(SolverPlan.production(RunSettings.of(null, 1L))
                .until(Phase.MEETINGS).solverConfig()).buildSolver().solve(ruledOutTeams());

        // AC, second by id, would start from P2, where Ana teaches; BC, third, from P3, where Ben does.
        assertThat(placements(built)).containsEntry("AB#1", "-").containsEntry("AC#1", "MON-P3")
                .containsEntry("BC#1", "MON-P1");
    }

    @Test
    @Timeout(60)
    void whereTheAttendeesTimeLimitsTheMeetingsTheyWaitForTheLessonsAndTakeOnlyFreeBlocks() throws Exception {
        // A one-day week of four periods. Ana teaches three of them, so of teams AB and AC (each able to meet on its
        // own) only one can meet: the bound in all, 1, is below the teams' own bounds added up, 2.
        School school = TestBundles.read(dir, Map.of(), Map.of(
                "bell_schedule.csv", "day,period,start,end\nMON,P1,08:00,08:50\nMON,P2,08:55,09:45\n"
                        + "MON,P3,09:50,10:40\nMON,P4,10:45,11:35\n",
                "rooms.csv", "id,capacity\nR1,30\nR2,30\n",
                "settings.csv", "key,value\nmin_planning_minutes_per_week,0\n",
                "teachers.csv", "id,name,max_teaching_per_day\na,Ana,4\nb,Ben,4\nc,Cy,4\n",
                "sections.csv", "id,course,teacher,family,meetings\nA1,CA,a,SINGLE,3\n",
                "teams.csv", "id,kind,members,meetings_per_week\nAB,GRADE,a;b,1\nAC,GRADE,a;c,1\n"));

        School meetingsFirst = SolverFactory.<School>create(SolverPlan.production(RunSettings.of(null, 1L))
                .until(Phase.MEETINGS).solverConfig()).buildSolver().solve(school);
        School built = SolverFactory.<School>create(SolverPlan.production(RunSettings.of(null, 1L))
                .until(Phase.MEETINGS_AFTER_LESSONS).solverConfig()).buildSolver().solve(school);

        assertThat(meetingsFirst.getMeetings()).allSatisfy(meeting -> assertThat(meeting.getBlock()).isNull());
        assertThat(built.getMeetings()).filteredOn(meeting -> meeting.getBlock() != null).singleElement()
                .satisfies(meeting -> assertThat(built.getLessons()).allSatisfy(lesson -> assertThat(
                        lesson.getBlock().getSlots().overlaps(meeting.getBlock().getSlots())).isFalse()));
        assertThat(built.getScore().hardScore()).isZero();
    }

    /** Both constructions (meetings, then lessons), which end on their own: no time limit, no randomness. */
    private static School construct(School school) {
        SolverPlan plan = SolverPlan.production(RunSettings.of(null, 1L)).until(Phase.LESSONS);
        return SolverFactory.<School>create(plan.solverConfig()).buildSolver().solve(school);
    }

    /** Each lesson's block and room and each meeting's block, by id. */
    private static Map<String, String> placements(School school) {
        Map<String, String> placements = new TreeMap<>();
        for (Lesson lesson : school.getLessons()) {
            placements.put(lesson.getId(), (lesson.getBlock() == null ? "-" : lesson.getBlock().getId()) + " "
                    + (lesson.getRoom() == null ? "-" : lesson.getRoom().getId()));
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            placements.put(meeting.getId(), meeting.getBlock() == null ? "-" : meeting.getBlock().getId());
        }
        return placements;
    }
}
