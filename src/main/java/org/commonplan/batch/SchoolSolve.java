package org.commonplan.batch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.commonplan.bound.MeetingBound;
import org.commonplan.output.ScheduleWriter;
import org.commonplan.domain.PreviousSchedule;
import org.commonplan.domain.School;
import org.commonplan.report.CollaborationReport;
import org.commonplan.solver.RuleScore;
import org.commonplan.solver.ScheduleSolver;
import org.commonplan.solver.SolverPlan;

/**
 * One school's solve that another thread can stop: a batch interrupted by Ctrl-C stops its running solves and
 * keeps none of their half-searched schedules.
 */
public final class SchoolSolve {

    private final School problem;
    private final SolverConfig config;
    private volatile Solver<School> solver;
    private volatile boolean stopped;

    /** A solved school with everything the outputs and summaries are made of. */
    public record Solved(School school, CollaborationReport report, List<RuleScore> analysis, MeetingBound bound,
            double seconds) {

        public boolean feasible() {
            return school.getScore() != null && school.getScore().isFeasible();
        }

        /** The output files of the README, rendered in memory. */
        public Map<String, byte[]> render() throws IOException {
            return ScheduleWriter.render(school, report, analysis);
        }
    }

    /**
     * A schedule solved elsewhere (a service), put back into its problem read here and scored and reported here, so
     * that it is what a solve here would have made of that schedule.
     *
     * @param problem  the school read from the bundle the schedule was solved from; it becomes the solved school
     * @param seconds  how long the solve took where it ran
     */
    public static Solved recount(School problem, PreviousSchedule schedule, double seconds) {
        MeetingBound bound = MeetingBound.of(problem);
        schedule.placeInto(problem);
        problem.setScore(ScheduleSolver.score(problem));
        return new Solved(problem, CollaborationReport.of(problem), ScheduleSolver.explain(problem), bound, seconds);
    }

    public SchoolSolve(School problem, SolverConfig config) {
        this.problem = problem;
        this.config = config;
    }

    /**
     * Solves, reporting each new best score; returns null when {@link #stop()} ended the search first, because a
     * stopped search is not the schedule that was asked for.
     */
    public Solved run(Consumer<Score<?>> onNewBestScore) {
        long started = System.nanoTime();
        // The bound reads only the problem, so it is taken before the solver changes anything.
        MeetingBound bound = MeetingBound.of(problem);
        Solver<School> built = SolverFactory.<School>create(SolverPlan.fittedTo(config, problem)).buildSolver();
        if (onNewBestScore != null) {
            built.addEventListener(event -> onNewBestScore.accept(event.getNewBestScore()));
        }
        solver = built;
        if (stopped) {
            return null;
        }
        School solved = built.solve(problem);
        if (stopped) {
            return null;
        }
        CollaborationReport report = CollaborationReport.of(solved);
        List<RuleScore> analysis = ScheduleSolver.explain(solved);
        return new Solved(solved, report, analysis, bound, (System.nanoTime() - started) / 1e9);
    }

    /** Ends the search as soon as it can; safe to call from any thread, any number of times. */
    public void stop() {
        stopped = true;
        Solver<School> running = solver;
        if (running != null) {
            running.terminateEarly();
        }
    }

    public boolean isStopped() {
        return stopped;
    }
}
