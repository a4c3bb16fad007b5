package org.commonplan.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import org.commonplan.domain.School;
import org.commonplan.solver.SolverPlan;
import org.commonplan.solver.SolverPlan.Variant;

/**
 * Solves one school with one solver variant and records how fast it gets complete (0 hard, every meeting
 * placed) and how many meetings it has placed at given checkpoints of solver time.
 *
 * @param secondsToFeasible  solver seconds until 0 hard, or -1 if never
 * @param secondsToComplete  solver seconds until 0 hard and 0 medium, or -1 if never
 * @param placedAt           meetings placed in the best schedule at each checkpoint
 */
public record CompletionRun(String dataset, String variant, int meetingsRequested, double secondsToFeasible,
        double secondsToComplete, List<Integer> placedAt, HardMediumSoftLongScore finalScore,
        long moveEvaluationSpeed) {

    public static CompletionRun run(String dataset, School school, Variant variant, long seed,
            List<Duration> checkpoints) {
        Duration limit = checkpoints.get(checkpoints.size() - 1);
        SolverConfig config = BenchmarkPlan.solverConfig(variant, seed, limit);
        DefaultSolver<School> solver = (DefaultSolver<School>) SolverFactory.<School>create(SolverPlan.fittedTo(config, school))
                .buildSolver();
        List<long[]> bestByTime = new ArrayList<>(); // {millis, placed, hard, medium}
        solver.addEventListener(event -> {
            School best = event.getNewBestSolution();
            HardMediumSoftLongScore score = best.getScore();
            if (best.getLessons().stream().anyMatch(lesson -> lesson.getBlock() == null)) {
                return; // construction under way: unplaced lessons break no rule yet
            }
            long placed = best.getMeetings().stream().filter(meeting -> meeting.getBlock() != null).count();
            bestByTime.add(new long[] {event.getTimeMillisSpent(), placed, score.hardScore(), score.mediumScore()});
        });
        School solved = solver.solve(school);
        double feasibleAt = -1;
        double completeAt = -1;
        for (long[] best : bestByTime) {
            if (feasibleAt < 0 && best[2] == 0) {
                feasibleAt = best[0] / 1000.0;
            }
            if (completeAt < 0 && best[2] == 0 && best[3] == 0) {
                completeAt = best[0] / 1000.0;
            }
        }
        List<Integer> placedAt = new ArrayList<>();
        for (Duration checkpoint : checkpoints) {
            int placed = 0;
            for (long[] best : bestByTime) {
                if (best[0] <= checkpoint.toMillis()) {
                    placed = (int) best[1];
                }
            }
            placedAt.add(placed);
        }
        return new CompletionRun(dataset, variant.benchmarkName(), solved.getMeetings().size(), feasibleAt,
                completeAt, List.copyOf(placedAt), solved.getScore(), solver.getMoveEvaluationSpeed());
    }
}
