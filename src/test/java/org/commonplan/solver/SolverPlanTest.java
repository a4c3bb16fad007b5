package org.commonplan.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.io.jaxb.SolverConfigIO;

import org.commonplan.bundle.TestBundles;
import org.commonplan.domain.School;
import org.commonplan.solver.SolverPlan.Phase;
import org.commonplan.solver.SolverPlan.RunSettings;
import org.commonplan.solver.SolverPlan.Variant;
import org.commonplan.solver.moves.MoveMix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolverPlanTest {

    private static final RunSettings SEEDED = RunSettings.of(null, 7L);

    private static String xml(PhaseConfig<?> phase) {
        StringWriter xml = new StringWriter();
        new SolverConfigIO().write(new SolverConfig().withPhases(phase), xml);
        return xml.toString();
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void productionRunsEveryPhaseInOrder() {
        SolverPlan plan = SolverPlan.production(SEEDED);

        assertThat(plan.phases()).containsExactly(Phase.values());
        assertThat(plan.solverConfig().getPhaseConfigList()).hasSize(Phase.values().length);
        assertThat(plan.phase(Phase.CONFLICT_DIRECTED_SEARCH)).isInstanceOfSatisfying(CustomPhaseConfig.class,
                search -> assertThat(search.getCustomProperties()).containsEntry("randomSeed", "7"));
        assertThat(SolverPlan.production(RunSettings.of(null, null)).phase(Phase.CONFLICT_DIRECTED_SEARCH)
                .getTerminationConfig()).isNull();
    }

    @Test
    void theImprovingPhaseDrawsItsMovesByTheWeightsOfThePlan() {
        LocalSearchPhaseConfig improve = (LocalSearchPhaseConfig) SolverPlan.production(SEEDED).phase(Phase.IMPROVE);

        assertThat(improve.getMoveSelectorConfig()).isInstanceOfSatisfying(MoveIteratorFactoryConfig.class, mix -> {
            assertThat(mix.getMoveIteratorFactoryClass()).isEqualTo(MoveMix.class);
            assertThat(mix.getMoveIteratorFactoryCustomProperties())
                    .isEqualTo(Map.of("weights", SolverPlan.improvingMoveWeights()));
        });
    }

    @Test
    void bothRepairsSearchWithTheSameMovesAndEndDifferently() {
        SolverPlan plan = SolverPlan.production(SEEDED);
        LocalSearchPhaseConfig first = (LocalSearchPhaseConfig) plan.phase(Phase.FIRST_REPAIR);
        LocalSearchPhaseConfig repair = (LocalSearchPhaseConfig) plan.phase(Phase.REPAIR);

        assertThat(xml(new LocalSearchPhaseConfig().withMoveSelectorConfig(first.getMoveSelectorConfig())))
                .isEqualTo(xml(new LocalSearchPhaseConfig().withMoveSelectorConfig(repair.getMoveSelectorConfig())));
        assertThat(first.getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(2));
        assertThat(repair.getTerminationConfig().getSpentLimit()).isNull();
        assertThat(repair.getTerminationConfig().getUnimprovedSecondsSpentLimit()).isEqualTo(10L);
    }

    @Test
    void theNoConflictSearchVariantIsProductionLessTheConflictDirectedSearch() {
        SolverPlan production = SolverPlan.production(SEEDED);
        SolverPlan variant = SolverPlan.of(Variant.NO_CONFLICT_SEARCH, SEEDED);

        assertThat(variant.phases()).containsExactlyElementsOf(production.phases().stream()
                .filter(phase -> phase != Phase.CONFLICT_DIRECTED_SEARCH && phase != Phase.LESSONS_BY_SEARCH)
                .toList());
        for (Phase phase : variant.phases()) {
            assertThat(xml(variant.phase(phase))).as(phase.name()).isEqualTo(xml(production.phase(phase)));
        }
        assertThatThrownBy(() -> variant.phase(Phase.CONFLICT_DIRECTED_SEARCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CONFLICT_DIRECTED_SEARCH");
    }

    @Test
    void theLateAcceptanceVariantIsProductionWithLateAcceptanceInsteadOfTabu() {
        SolverPlan production = SolverPlan.production(SEEDED);
        SolverPlan variant = SolverPlan.of(Variant.LATE_ACCEPTANCE, SEEDED);

        assertThat(variant.phases()).isEqualTo(production.phases());
        List<Phase> localSearches = List.of(Phase.FIRST_REPAIR, Phase.REPAIR, Phase.IMPROVE);
        for (Phase phase : variant.phases()) {
            String lateAcceptance = xml(variant.phase(phase));
            if (localSearches.contains(phase)) {
                assertThat(xml(production.phase(phase))).contains("<entityTabuSize>");
                assertThat(lateAcceptance).doesNotContain("<entityTabuSize>", "<pickEarlyType>");
                assertThat(occurrences(lateAcceptance, "<lateAcceptanceSize>400</lateAcceptanceSize>")).isOne();
                assertThat(occurrences(lateAcceptance, "<acceptedCountLimit>1</acceptedCountLimit>")).isOne();
                LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) variant.phase(phase);
                assertThat(xml(new LocalSearchPhaseConfig().withMoveSelectorConfig(search.getMoveSelectorConfig())
                        .withTerminationConfig(search.getTerminationConfig())))
                        .isEqualTo(xml(new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(((LocalSearchPhaseConfig) production.phase(phase))
                                        .getMoveSelectorConfig())
                                .withTerminationConfig(production.phase(phase).getTerminationConfig())));
            } else {
                assertThat(lateAcceptance).as(phase.name()).isEqualTo(xml(production.phase(phase)));
            }
        }
    }

    @Test
    void theOlderVariantsHaveTheirOwnPhases() {
        assertThat(SolverPlan.of(Variant.LESSONS_FIRST, SEEDED).phases())
                .containsExactly(Phase.LESSONS, Phase.MEETINGS, Phase.IMPROVE);
        SolverConfig timefoldDefault = SolverPlan.of(Variant.TIMEFOLD_DEFAULT, SEEDED).solverConfig();
        assertThat(timefoldDefault.getPhaseConfigList()).isNull();
        assertThat(timefoldDefault.getRandomSeed()).isEqualTo(7L);
    }

    @Test
    void theRunSettingsReachTheSolverConfiguration() {
        TerminationConfig atFeasible = new TerminationConfig().withBestScoreFeasible(true);
        SolverConfig config = SolverPlan.production(new RunSettings(Duration.ofSeconds(30), 3L,
                EnvironmentMode.FULL_ASSERT, atFeasible)).solverConfig();

        assertThat(config.getRandomSeed()).isEqualTo(3L);
        assertThat(config.getEnvironmentMode()).isEqualTo(EnvironmentMode.FULL_ASSERT);
        assertThat(config.getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.getTerminationConfig().getBestScoreFeasible()).isTrue();
        assertThat(atFeasible.getSpentLimit()).as("the caller's termination is left as it was").isNull();
        assertThat(SolverPlan.production(RunSettings.of(null, null)).solverConfig().getEnvironmentMode())
                .isEqualTo(EnvironmentMode.NO_ASSERT);
    }

    @Test
    void aPlanCanStopAfterAPhaseAndEndAPhaseByItsOwnTermination() {
        SolverPlan plan = SolverPlan.production(SEEDED).until(Phase.FIRST_REPAIR)
                .withTermination(Phase.FIRST_REPAIR, new TerminationConfig().withStepCountLimit(5));

        assertThat(plan.phases()).containsExactly(Phase.MEETINGS, Phase.LESSONS_BY_SEARCH, Phase.LESSONS,
                Phase.MEETINGS_AFTER_LESSONS, Phase.CONFLICT_DIRECTED_SEARCH, Phase.FIRST_REPAIR);
        SolverConfig config = plan.solverConfig();
        assertThat(config.getPhaseConfigList()).hasSize(6);
        assertThat(config.getPhaseConfigList().get(5).getTerminationConfig().getStepCountLimit()).isEqualTo(5);
        // The configuration is a copy: changing it leaves the plan as it was.
        config.getPhaseConfigList().get(5).setTerminationConfig(new TerminationConfig().withStepCountLimit(9));
        assertThat(plan.phase(Phase.FIRST_REPAIR).getTerminationConfig().getStepCountLimit()).isEqualTo(5);
    }

    /**
     * A local search's entity tabu is fitted to what can move: a lesson narrowed to one block and room, and a
     * meeting the meeting bound rules out (the repairs never place it), are not counted. Counted, they let the tabu
     * list hold every lesson and meeting that can move, and a step ended on counts never ended (FET's
     * 6th-Primary-School with subject teams, 364 of 377 lessons fixed and 9 of 13 teams that can never meet).
     */
    @Test
    void theEntityTabuIsFittedToWhatCanMove(@TempDir Path dir) throws IOException {
        // a teaches P1 and P3, b teaches P2 (all fixed): team T can never meet, so none of its 4 meetings can move.
        // N is fixed to P3 in its one room of kind LAB; Z's two lessons are free.
        School school = TestBundles.read(dir, Map.of(), Map.of(
                "bell_schedule.csv", "day,period,start,end,kind\nMON,P1,08:00,08:50,CLASS\n"
                        + "MON,P2,08:55,09:45,CLASS\nMON,P3,09:50,10:40,CLASS\n",
                "rooms.csv", "id,capacity,kind\nR1,30,GENERAL\nR2,30,GENERAL\nL1,30,LAB\n",
                "settings.csv", "key,value\nmin_planning_minutes_per_week,0\n",
                "teachers.csv", "id,name\na,Ana\nb,Ben\nn,Nia\nz,Zoe\n",
                "sections.csv", """
                        id,course,teacher,room_kind,family,meetings,fixed_block,fixed_room
                        A1,CA,a,GENERAL,SINGLE,1,MON-P1,R1
                        A3,CA3,a,GENERAL,SINGLE,1,MON-P3,R1
                        B1,CB,b,GENERAL,SINGLE,1,MON-P2,R1
                        N,CN,n,LAB,SINGLE,1,MON-P3,
                        Z,CZ,z,GENERAL,SINGLE,2,,
                        """,
                "teams.csv", "id,kind,members,meetings_per_week,family\nT,GRADE,a;b,4,SINGLE\n"));
        SolverConfig config = SolverPlan.production(RunSettings.reproducible(null, 7L, 6_000L)).solverConfig();

        assertThat(SolverPlan.movable(school)).isEqualTo(2);
        List<Integer> tabu = SolverPlan.fittedTo(config, school).getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance)
                .map(phase -> ((LocalSearchPhaseConfig) phase).getAcceptorConfig().getEntityTabuSize()).toList();
        assertThat(tabu).hasSize(3).containsOnly(1);
    }
}
