package org.commonplan.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.commonplan.batch.SchoolSolve;
import org.commonplan.batch.ServerSolves;
import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.PreviousScheduleReader;
import org.commonplan.domain.School;

/**
 * A comparison's scenarios solved on a running CommonPlan service, all submitted at once so that a cluster solves
 * them side by side. Each finished schedule is downloaded into its scenario's folder and put back into the
 * scenario read here, so that the comparison is made of the same figures as a comparison solved here.
 */
public final class ServiceScenarios {

    /** What the scenarios do on the service; called from one thread per scenario. */
    public interface Listener {

        default void started(String scenario, int started) {
        }

        default void newBest(String scenario, String score) {
        }

        default void finished(String scenario, SchoolSolve.Solved solved, int finished) {
        }

        /** Something the user should know that does not stop the comparison. */
        default void note(String line) {
        }
    }

    private final ServerSolves server;
    private volatile boolean stopped;

    public ServiceScenarios(ServerSolves server) {
        this.server = server;
    }

    /**
     * Solves the scenarios on the service and writes each one's outputs into {@code out/<scenario>/}.
     *
     * @param bundles  scenario name to bundle folder, baseline first
     * @param problems scenario name to the school read from that bundle; each becomes the solved school
     * @return the solved scenarios in the bundles' order, or null when {@link #stop()} came first (the unfinished
     *         jobs are then withdrawn from the service)
     * @throws ServerSolves.ServerFailure when the service fails a scenario (the others are withdrawn)
     */
    public List<Comparison.Scenario> solve(Map<String, Path> bundles, Map<String, School> problems, Path out,
            Listener listener) throws ServerSolves.ServerFailure, IOException, InterruptedException {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(bundles.size(), task -> {
            Thread thread = new Thread(task, "compare-on-service");
            thread.setDaemon(true);
            return thread;
        });
        ExecutorCompletionService<Comparison.Scenario> running = new ExecutorCompletionService<>(pool);
        try {
            for (Map.Entry<String, Path> scenario : bundles.entrySet()) {
                String name = scenario.getKey();
                running.submit(() -> {
                    listener.started(name, started.incrementAndGet());
                    ServerSolves.Finished job = server.follow(scenario.getValue(), name, out.resolve(name),
                            score -> listener.newBest(name, score));
                    if (job == null) {
                        return null;
                    }
                    SchoolSolve.Solved solved = recount(name, problems.get(name), out.resolve(name), job, listener);
                    listener.finished(name, solved, finished.incrementAndGet());
                    return new Comparison.Scenario(name, solved);
                });
            }
            // In the order they finish, so that a failed scenario stops the others at once.
            Map<String, Comparison.Scenario> done = new LinkedHashMap<>();
            for (int i = 0; i < bundles.size(); i++) {
                Comparison.Scenario result = result(running.take());
                if (result == null || stopped) {
                    return null;
                }
                done.put(result.name(), result);
            }
            List<Comparison.Scenario> solved = new ArrayList<>();
            bundles.keySet().forEach(name -> solved.add(done.get(name)));
            return solved;
        } catch (ServerSolves.ServerFailure | IOException | RuntimeException failure) {
            // One scenario is lost, so is the comparison: the others would solve for nobody.
            server.stop();
            throw failure;
        } catch (InterruptedException e) {
            stop();
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stops following the scenarios and withdraws the unfinished ones from the service. */
    public void stop() {
        stopped = true;
        server.stop();
    }

    /** The downloaded schedule put back into the scenario as read here, scored and reported here. */
    private static SchoolSolve.Solved recount(String name, School problem, Path folder, ServerSolves.Finished job,
            Listener listener) throws ServerSolves.ServerFailure, IOException {
        SchoolSolve.Solved solved;
        try {
            solved = SchoolSolve.recount(problem, PreviousScheduleReader.read(folder), job.seconds());
        } catch (BundleException e) {
            throw new ServerSolves.ServerFailure("the schedule the service gave for " + name + " (job " + job.id()
                    + ") cannot be read: " + e.getMessage());
        }
        String scored = job.report().path("score").asText();
        String recounted = String.valueOf(solved.school().getScore());
        if (!scored.equals(recounted)) {
            // Another version weighs rules otherwise; the comparison keeps to what the schedule counts here.
            listener.note(name + ": the service reported score " + scored + " for its schedule, which counted here "
                    + "scores " + recounted + "; the comparison shows " + recounted);
        }
        return solved;
    }

    private static Comparison.Scenario result(Future<Comparison.Scenario> scenario)
            throws ServerSolves.ServerFailure, IOException, InterruptedException {
        try {
            return scenario.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ServerSolves.ServerFailure failure) {
                throw failure;
            }
            if (cause instanceof IOException failure) {
                throw failure;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(cause);
        }
    }
}
