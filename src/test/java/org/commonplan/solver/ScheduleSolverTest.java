package org.commonplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.bundle.TestBundles;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Rule;
import org.commonplan.domain.School;
import org.commonplan.report.CollaborationReport;
import org.commonplan.solver.SolverPlan.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleSolverTest {

    @TempDir
    Path dir;

    private Path copyOf(String dataset, String as) throws IOException {
        return TestBundles.copyOf(dataset, dir, as);
    }

    private static int roomsBeyondFirst(School school) {
        Map<Object, Long> roomsPerTeacher = school.getLessons().stream()
                .collect(Collectors.groupingBy(lesson -> lesson.getSection().getTeacher(),
                        Collectors.mapping(Lesson::getRoom, Collectors.collectingAndThen(Collectors.toSet(),
                                rooms -> (long) rooms.size()))));
        return roomsPerTeacher.values().stream().mapToInt(rooms -> (int) (rooms - 1)).sum();
    }

    @ParameterizedTest
    @ValueSource(longs = {1000, 2000, 10_000})
    void anyTimeLimitGivesTheRepairPhaseAThirdInWholeMilliseconds(long limitMillis) {
        SolverPlan plan = SolverPlan.production(SolverPlan.RunSettings.of(Duration.ofMillis(limitMillis), 1L));

        TerminationConfig firstRepair = plan.phase(Phase.FIRST_REPAIR).getTerminationConfig();
        TerminationConfig repair = plan.phase(Phase.REPAIR).getTerminationConfig();
        // The first repair keeps its own 2 s when that is shorter; neither keeps a second time limit to add up.
        assertThat(firstRepair.getSpentLimit()).isEqualTo(Duration.ofMillis(Math.min(2000, limitMillis / 3)));
        assertThat(repair.getSpentLimit()).isEqualTo(Duration.ofMillis(limitMillis / 3));
        assertThat(List.of(firstRepair, repair)).allSatisfy(termination -> {
            assertThat(termination.getSecondsSpentLimit()).isNull();
            assertThat(termination.getBestScoreLimit()).isNotNull();
        });
        // The conflict-directed search keeps its own clock: a third, or two thirds where it sees every hard rule.
        assertThat(((CustomPhaseConfig) plan.phase(Phase.CONFLICT_DIRECTED_SEARCH)).getCustomProperties())
                .containsEntry("spentLimitMillis", Long.toString(limitMillis / 3))
                .containsEntry("spentLimitMillisWhereItSeesEveryRule", Long.toString(2 * (limitMillis / 3)));
        if (limitMillis == 1000) {
            School solved = ScheduleSolver.solve(SolverTestSupport.read("small-middle"), plan.solverConfig(), null);
            assertThat(solved.getLessons()).allMatch(lesson -> lesson.getBlock() != null && lesson.getRoom() != null);
        }
    }

    /** A solve cut short in construction: five lessons placed, the rest without a block or room. */
    @Test
    void aScheduleWithUnplacedLessonsIsNeverFeasible() {
        SolverConfig config = SolverPlan.production(SolverPlan.RunSettings.of(null, 1L)).until(Phase.LESSONS)
                .withTermination(Phase.LESSONS, new TerminationConfig().withStepCountLimit(10)).solverConfig();

        School cut = ScheduleSolver.solve(SolverTestSupport.read("small-middle"), config, null);

        long unplaced = cut.getLessons().stream()
                .filter(lesson -> lesson.getBlock() == null || lesson.getRoom() == null).count();
        assertThat(unplaced).isEqualTo(cut.getLessons().size() - 5L); // a step sets a block or a room
        assertThat(cut.getScore().isFeasible()).isFalse();
        assertThat(ScheduleSolver.explain(cut)).filteredOn(rule -> rule.rule().equals(Rule.UNPLACED_LESSON.id()))
                .singleElement().satisfies(rule -> assertThat(rule.matches()).isEqualTo((int) unplaced));
        CollaborationReport report = CollaborationReport.of(cut);
        assertThat(report.summary().feasible()).isFalse();
        assertThat(report.hardViolations()).filteredOn(violation -> violation.rule().equals("unplaced-lesson"))
                .hasSize((int) unplaced);
    }

    @Test
    void aWeightOverrideInSettingsChangesTheSchedule() throws IOException, BundleException {
        Path quiet = copyOf("small-middle", "quiet");
        Files.writeString(quiet.resolve("settings.csv"), "weight.room-spread,0hard/0medium/0soft\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path strict = copyOf("small-middle", "strict");
        Files.writeString(strict.resolve("settings.csv"), "weight.room-spread,0hard/0medium/5000soft\n",
                java.nio.file.StandardOpenOption.APPEND);

        School ignoringRooms = ScheduleSolver.solve(BundleReader.read(quiet), SolverTestSupport.fixedSteps(40), null);
        School keepingRooms = ScheduleSolver.solve(BundleReader.read(strict), SolverTestSupport.fixedSteps(40), null);

        assertThat(keepingRooms.getConstraintWeightOverrides().getConstraintWeight(Rule.ROOM_SPREAD.id()))
                .isEqualTo(HardMediumSoftLongScore.ofSoft(5000));
        assertThat(roomsBeyondFirst(keepingRooms)).isLessThan(roomsBeyondFirst(ignoringRooms));
        assertThat(ScheduleSolver.explain(ignoringRooms)).noneMatch(rule -> rule.rule().equals(Rule.ROOM_SPREAD.id()));
    }

    @Test
    void pinnedLessonsStayWhereTheyWerePinned() throws IOException, BundleException {
        Path bundle = copyOf("small-middle", "pinned");
        List<String> rows = Files.readAllLines(bundle.resolve("sections.csv"));
        // Pin the first three sections to P7 in the room they would choose least: the last GENERAL room listed.
        List<String> rooms = Files.readAllLines(bundle.resolve("rooms.csv"));
        StringBuilder pinned = new StringBuilder(rows.get(0) + ",fixed_block,fixed_room\n");
        List<String> generalRooms = rooms.stream().skip(1).filter(line -> line.endsWith(",GENERAL"))
                .map(line -> line.split(",")[0]).toList();
        Map<String, String> roomBySection = new java.util.LinkedHashMap<>();
        // Sections with no teacher or group in common: pins that clash are refused as the bundle is read.
        java.util.Set<String> pinnedPeople = new java.util.HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> people = List.of(rows.get(i).split(",")).subList(3, 6).stream()
                    .flatMap(cell -> java.util.Arrays.stream(cell.split(";"))).filter(id -> !id.isEmpty()).toList();
            boolean pin = roomBySection.size() < 3 && rows.get(i).contains(",GENERAL,")
                    && people.stream().noneMatch(pinnedPeople::contains);
            if (pin) {
                pinnedPeople.addAll(people);
            }
            String room = generalRooms.get(generalRooms.size() - 1 - roomBySection.size());
            pinned.append(rows.get(i)).append(pin ? ",P7," + room : ",,").append('\n');
            if (pin) {
                roomBySection.put(rows.get(i).split(",")[0], room);
            }
        }
        Files.writeString(bundle.resolve("sections.csv"), pinned);

        School solved = ScheduleSolver.solve(BundleReader.read(bundle), SolverTestSupport.fixedSteps(30), null);

        Map<String, Lesson> byId = solved.getLessons().stream().collect(Collectors.toMap(Lesson::getId,
                Function.identity()));
        assertThat(roomBySection).hasSize(3);
        roomBySection.forEach((sectionId, room) -> {
            Lesson lesson = byId.get(sectionId);
            assertThat(lesson.isPinned()).isTrue();
            assertThat(lesson.getBlock().getId()).isEqualTo("P7");
            assertThat(lesson.getRoom().getId()).isEqualTo(room);
        });
    }

    /**
     * Slow: runs only with -Dcommonplan.fullAssert=true. Every move's score is recalculated from scratch, in every
     * phase (each local search stops after a few steps, not at a complete schedule), on the small schools and one
     * planted school of each kind.
     */
    @ParameterizedTest
    @ValueSource(strings = {"small-middle", "small-elementary", "elementary-planted", "middle-planted",
            "high-traditional-planted", "high-4x4-planted", "high-ab-planted"})
    @EnabledIfSystemProperty(named = "commonplan.fullAssert", matches = "true")
    void fullAssertFindsNoScoreCorruptionInAnyPhase(String dataset) {
        SolverConfig config = SolverTestSupport.everyPhase(15, EnvironmentMode.FULL_ASSERT);
        DefaultSolver<School> solver = (DefaultSolver<School>) SolverFactory.<School>create(config).buildSolver();
        List<String> phasesRun = new ArrayList<>();
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseEnded(AbstractPhaseScope<School> phaseScope) {
                phasesRun.add(phaseScope.getClass().getSimpleName());
            }
        });

        School solved = solver.solve(SolverTestSupport.read(dataset));

        assertThat(solved.getScore()).isNotNull();
        assertThat(phasesRun).hasSize(Phase.values().length); // production runs every named phase
    }

    /**
     * A solve cut off inside construction (50 evaluated moves end it among the meetings, 1,000 among the lessons):
     * the score handed back, and that of the new best schedule the construction's end tells listeners of, is that
     * of the schedule it holds, not of the last placement construction tried.
     */
    @ParameterizedTest
    @ValueSource(longs = {50, 1000})
    void aSolveCutOffInConstructionHasTheScoreOfItsSchedule(long moves) {
        SolverConfig config = ScheduleSolver.config(Duration.ofSeconds(60), 0L, null,
                new TerminationConfig().withMoveCountLimit(moves));
        Solver<School> solver = SolverFactory.<School>create(config).buildSolver();
        List<String> toldAndOwn = new ArrayList<>();
        solver.addEventListener(event -> {
            School told = ScheduleSolver.scoredAsPlaced(event.getNewBestSolution(), event.getProducerId());
            toldAndOwn.add(told.getScore() + " " + ScheduleSolver.score(told));
        });
        solver.solve(SolverTestSupport.read("small-elementary"));
        assertThat(toldAndOwn).isNotEmpty().allSatisfy(scores -> assertThat(scores.split(" ")[0])
                .isEqualTo(scores.split(" ")[1]));

        School solved = ScheduleSolver.solve(SolverTestSupport.read("small-elementary"), config, null);

        assertThat(solved.getLessons()).as("cut off in construction")
                .anyMatch(lesson -> lesson.getBlock() == null || lesson.getRoom() == null);
        HardMediumSoftLongScore handedBack = solved.getScore();
        assertThat(ScheduleSolver.score(solved)).isEqualTo(handedBack);
    }
}
