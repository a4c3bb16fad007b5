package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.fasterxml.jackson.databind.JsonNode;

import org.commonplan.domain.School;
import org.commonplan.solver.ScheduleSolver;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * A job whose solve ends inside construction, some lessons unplaced: its summary, its report.json and the best
 * schedule stored for a restart all give the score of the schedule it returns, placed into the school and scored
 * again. The service's solvers here end after a count of evaluated moves, so that the cut falls at the same place
 * however loaded the machine.
 */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CutOffSolveScoreTest.MoveCountedSolvers.class)
@ActiveProfiles("test")
class CutOffSolveScoreTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Moves a job may evaluate for each second of its time limit, far fewer than a second takes. */
    private static final long MOVES_PER_SECOND = 10;

    /** The service's solvers, each ending after its job's time limit in moves: 5s is 50 moves. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MoveCountedSolvers {

        @Bean
        @Primary
        SolverManager<School, String> moveCountedSolverManager() {
            SolverFactoryPerTimeLimit solvers = new SolverFactoryPerTimeLimit(Duration.ofSeconds(60), 2);
            SolverFactory<School> counted = new SolverFactory<>() {
                @Override
                public Solver<School> buildSolver(SolverConfigOverride<School> override) {
                    if (override.getTerminationConfig() == null) {
                        // SolverManager.create builds one solver without a job, to check the configuration.
                        return solvers.buildSolver(override);
                    }
                    TerminationConfig termination = override.getTerminationConfig().copyConfig();
                    termination.setMoveCountLimit(termination.getSpentLimit().toSeconds() * MOVES_PER_SECOND);
                    return solvers.buildSolver(new SolverConfigOverride<School>().withTerminationConfig(termination));
                }
            };
            return SolverManager.create(counted);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JobStore store;

    /** 50 moves end inside the meetings' construction, 1,000 inside the lessons'. */
    @ParameterizedTest
    @ValueSource(strings = {"5s", "100s"})
    @Timeout(120)
    void aSolveCutOffInConstructionReportsTheScoreOfItsSchedule(String timeLimit) throws Exception {
        ApiClient api = new ApiClient(port);
        byte[] zip = ApiClient.datasetZip("small-elementary");
        String id = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=" + timeLimit, zip));
        JsonNode summary = api.awaitFinished(id, WAIT);
        assertThat(summary.path("status").asText()).isEqualTo("DONE");

        School returned = StoredBundle.zip(zip, "school").read();
        SavedSchedule schedule = new SavedSchedule(exported(api, id, "master_schedule.csv"),
                exported(api, id, "team_meetings.csv"));
        schedule.placeInto(returned);
        String recomputed = String.valueOf(ScheduleSolver.score(returned));
        assertThat(JobOutputs.isComplete(returned)).as("cut off in construction").isFalse();

        assertThat(summary.path("score").asText()).isEqualTo(recomputed);
        JsonNode report = ApiClient.JSON.readTree(exported(api, id, "report.json"));
        assertThat(report.path("score").asText()).isEqualTo(recomputed);
        // What a restart reads back and scores again is the same schedule.
        JobStore.StoredJob stored = store.one(id);
        School restarted = stored.bundle().read();
        stored.best().placeInto(restarted);
        assertThat(String.valueOf(ScheduleSolver.score(restarted))).isEqualTo(recomputed);
    }

    private static byte[] exported(ApiClient api, String id, String file) {
        return api.getBytes("/api/v1/schedules/" + id + "/export/" + file).body();
    }
}
