package org.commonplan.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import ai.timefold.solver.core.config.solver.SolverConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import org.commonplan.bound.MeetingBound;
import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleProblem;
import org.commonplan.bundle.BundleReader;
import org.commonplan.output.OutputFolder;
import org.commonplan.output.SafeCsv;
import org.commonplan.output.ScheduleWriter;
import org.commonplan.domain.School;
import org.commonplan.solver.ScheduleSolver;

/**
 * Solves every school bundle under a folder, N at a time, writing each school's outputs under
 * {@code OUT/<school>/} and one row per school in {@code OUT/summary.csv}. A bad bundle becomes an INVALID row
 * and the batch goes on. Each finished school is recorded at once in {@code OUT/.batch-state.csv}, so a batch
 * that is stopped ({@link #cancel}) keeps what it finished, and a resumed batch skips it.
 */
public final class BatchRunner {

    public static final String SUMMARY = "summary.csv";
    public static final String STATE = ".batch-state.csv";

    /**
     * A batch's folder: an earlier one is known by its state file or summary (one is written before any school),
     * and each school's folder in it is a schedule's.
     */
    public static final OutputFolder.Kind OUTPUT = new OutputFolder.Kind("batch", List.of(SUMMARY, STATE),
            Map.of(STATE, "school,bundle,status,", SUMMARY, "school,bundle,status,"), ScheduleWriter.OUTPUT);

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param timeLimit solver time per school, or null for each bundle's own time_limit setting
     * @param seed      random seed for every solve, or null
     * @param resume    keep schools that an earlier run of this batch finished
     */
    public record Options(Path in, Path out, int parallel, Duration timeLimit, Long seed, boolean resume) {
    }

    /** What a batch reports while it runs; called from worker threads. */
    public interface Listener {

        default void planned(int toSolve, int kept, int total) {
        }

        default void started(String school, int started, int toSolve) {
        }

        default void newBest(String school, String score) {
        }

        default void finished(SchoolResult result, int finished, int toSolve) {
        }
    }

    /**
     * @param results     one row per bundle, in path order (PENDING for those an interruption left unsolved)
     * @param processed   schools read and solved (or found invalid) by this run
     * @param kept        schools kept from an earlier run
     * @param interrupted stopped before every school was done
     */
    public record Outcome(List<SchoolResult> results, int processed, int kept, boolean interrupted, Path summary) {

        public long count(SchoolResult.Status status) {
            return results.stream().filter(result -> result.status() == status).count();
        }

        public long feasible() {
            return results.stream().filter(result -> Boolean.TRUE.equals(result.feasible())).count();
        }

        public long infeasible() {
            return results.stream().filter(result -> Boolean.FALSE.equals(result.feasible())).count();
        }
    }

    private final Options options;
    private final Function<School, SolverConfig> configs;
    private final Listener listener;
    /** The service that solves the schools, or null to solve them here. */
    private final ServerSolves server;
    private final Set<SchoolSolve> running = ConcurrentHashMap.newKeySet();
    private final CountDownLatch over = new CountDownLatch(1);
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final Map<String, SchoolResult> done = new HashMap<>();
    private List<Path> bundles = List.of();
    private Map<Path, String> names = Map.of();
    private int toSolve;
    private volatile boolean cancelled;

    /** A batch whose solves use the project's solver configuration with the options' time limit and seed. */
    public BatchRunner(Options options, Listener listener) {
        this(options, school -> defaultConfig(school, options), listener);
    }

    /** A batch with solver configurations of the caller's own (tests use step limits). */
    public BatchRunner(Options options, Function<School, SolverConfig> configs, Listener listener) {
        this(options, configs, null, listener);
    }

    /** A batch whose schools a running service solves; {@code parallel} is how many it holds at once. */
    public BatchRunner(Options options, ServerSolves server, Listener listener) {
        this(options, null, server, listener);
    }

    private BatchRunner(Options options, Function<School, SolverConfig> configs, ServerSolves server,
            Listener listener) {
        this.options = options;
        this.configs = configs;
        this.server = server;
        this.listener = listener == null ? new Listener() { } : listener;
    }

    private static SolverConfig defaultConfig(School school, Options options) {
        Duration limit = options.timeLimit() != null ? options.timeLimit() : school.getSettings().timeLimit();
        SolverConfig config = ScheduleSolver.config(limit, options.seed(), null, null);
        // Parallelism is across schools; each solve keeps to one thread.
        config.setMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE);
        return config;
    }

    /**
     * Refuses an output folder this batch may not write into (see {@link OutputFolder}): OUT itself, and the
     * folder of every school it would solve. Nothing is written.
     */
    public static void checkOutput(Path in, Path out) throws IOException {
        checkOutput(out, BundleFinder.outputNames(in, BundleFinder.find(in)).values());
    }

    private static void checkOutput(Path out, Collection<String> schools) throws OutputFolder.Refused {
        OutputFolder.check(out, OUTPUT);
        for (String school : schools) {
            OutputFolder.check(out.resolve(school), ScheduleWriter.OUTPUT);
        }
    }

    public Outcome run() throws IOException {
        try {
            return runBatch();
        } finally {
            over.countDown();
        }
    }

    private Outcome runBatch() throws IOException {
        bundles = BundleFinder.find(options.in());
        names = BundleFinder.outputNames(options.in(), bundles);
        checkOutput(options.out(), names.values());
        OutputFolder.create(options.out(), OUTPUT);
        Path statePath = options.out().resolve(STATE);
        Map<String, SchoolResult> previous = options.resume() ? readState(statePath) : Map.of();
        List<Path> queue = new ArrayList<>();
        for (Path bundle : bundles) {
            SchoolResult kept = options.resume() ? keep(bundle, previous.get(names.get(bundle))) : null;
            if (kept != null) {
                done.put(names.get(bundle), kept);
            } else {
                queue.add(bundle);
            }
        }
        int kept = done.size();
        toSolve = queue.size();
        writeState();
        listener.planned(toSolve, kept, bundles.size());
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.parallel()), task -> {
            Thread thread = new Thread(task, "batch-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Path bundle : queue) {
                pool.submit(() -> process(bundle));
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // Workers stop on their own when the batch is cancelled.
            }
        } catch (InterruptedException e) {
            cancelled = true;
            running.forEach(SchoolSolve::stop);
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        List<SchoolResult> results = new ArrayList<>();
        synchronized (this) {
            for (Path bundle : bundles) {
                SchoolResult result = done.get(names.get(bundle));
                results.add(result != null ? result
                        : SchoolResult.pending(names.get(bundle), BundleFinder.relative(options.in(), bundle)));
            }
        }
        Path summary = options.out().resolve(SUMMARY);
        writeCsv(summary, results);
        boolean interrupted = results.stream().anyMatch(result -> result.status() == SchoolResult.Status.PENDING);
        return new Outcome(List.copyOf(results), results.size() - kept
                - (int) results.stream().filter(result -> result.status() == SchoolResult.Status.PENDING).count(),
                kept, interrupted, summary);
    }

    /** Reads, solves and writes one school; a stopped solve leaves no trace. */
    private void process(Path bundle) {
        if (cancelled) {
            return;
        }
        String name = names.get(bundle);
        String relative = BundleFinder.relative(options.in(), bundle);
        long begin = System.nanoTime();
        try {
            listener.started(name, started.incrementAndGet(), toSolve);
            School school;
            try {
                school = BundleReader.read(bundle);
            } catch (BundleException e) {
                record(SchoolResult.invalid(name, relative,
                        e.problems().stream().map(BundleProblem::toString).toList(), seconds(begin)));
                return;
            }
            if (server != null) {
                JsonNode report = server.solve(bundle, name, options.out().resolve(name),
                        score -> listener.newBest(name, score));
                if (report != null) {
                    SchoolResult solved = fromReport(name, relative, school, report, seconds(begin));
                    record(solved != null ? solved : SchoolResult.failed(name, relative, "the service's "
                            + ScheduleWriter.REPORT + " lacks the collaboration summary", seconds(begin)));
                }
                return;
            }
            SchoolSolve solve = new SchoolSolve(school, configs.apply(school));
            running.add(solve);
            try {
                if (cancelled) {
                    return;
                }
                SchoolSolve.Solved solved = solve.run(score -> listener.newBest(name, String.valueOf(score)));
                if (solved == null) {
                    return;
                }
                ScheduleWriter.write(solved.render(), options.out().resolve(name));
                record(SchoolResult.solved(name, relative, solved, seconds(begin)));
            } finally {
                running.remove(solve);
            }
        } catch (ServerSolves.ServerFailure e) {
            if (!cancelled) {
                record(SchoolResult.failed(name, relative, e.getMessage(), seconds(begin)));
            }
        } catch (Exception | LinkageError | AssertionError e) {
            if (!cancelled) {
                record(SchoolResult.failed(name, relative, e.toString(), seconds(begin)));
            }
        }
    }

    private static double seconds(long begin) {
        return (System.nanoTime() - begin) / 1e9;
    }

    private synchronized void record(SchoolResult result) {
        done.put(result.school(), result);
        try {
            writeState();
        } catch (IOException e) {
            throw new IllegalStateException("cannot record " + result.school() + " in " + STATE, e);
        }
        listener.finished(result, finished.incrementAndGet(), toSolve);
    }

    /**
     * Stops the batch: running solves end now and are not kept; finished schools stay written and recorded.
     * Waits at most {@code wait} for the summary to be written; true when it was.
     */
    public boolean cancel(Duration wait) throws InterruptedException {
        cancelled = true;
        if (server != null) {
            server.stop();
        }
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            // Repeated because a solve that was just starting could miss one stop.
            running.forEach(SchoolSolve::stop);
        } while (!over.await(100, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline);
        return over.getCount() == 0;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** A school an earlier run finished: its recorded row, or one re-derived from its report.json. */
    private SchoolResult keep(Path bundle, SchoolResult recorded) {
        String name = names.get(bundle);
        Path report = options.out().resolve(name).resolve(ScheduleWriter.REPORT);
        if (!Files.isRegularFile(report)) {
            return null;
        }
        if (recorded != null) {
            return recorded.status() == SchoolResult.Status.SOLVED ? recorded : null;
        }
        // Written but not recorded: the batch stopped between the two.
        return fromReport(name, BundleFinder.relative(options.in(), bundle), bundle, report);
    }

    private static SchoolResult fromReport(String name, String relative, Path bundle, Path report) {
        try {
            return fromReport(name, relative, BundleReader.read(bundle), JSON.readTree(report.toFile()), null);
        } catch (BundleException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** A solved school's row from its problem and report.json; null when the report lacks its figures. */
    private static SchoolResult fromReport(String name, String relative, School problem, JsonNode document,
            Double seconds) {
        JsonNode summary = document.path("collaboration").path("summary");
        if (summary.isMissingNode() || !document.hasNonNull("score")) {
            return null;
        }
        return new SchoolResult(name, relative, SchoolResult.Status.SOLVED,
                document.path("feasible").asBoolean(), document.get("score").asText(),
                summary.path("teachers").asInt(), integerOrNull(summary, "staff"),
                integerOrNull(summary, "staffOnNoTeam"), problem.getSections().size(),
                summary.path("meetingsScheduled").asInt(), summary.path("meetingsRequested").asInt(),
                MeetingBound.of(problem).bound(), numberOrNull(summary, "meanCollaborativeMinutesAllStaff"),
                integerOrNull(summary, "minCollaborativeMinutesAllStaff"),
                summary.path("meanCollaborativeMinutes").asDouble(),
                summary.path("minCollaborativeMinutes").asInt(),
                numberOrNull(summary, "meanPdHoursPerYearAllStaff"),
                numberOrNull(summary, "shareAtPdThresholdAllStaff"),
                summary.path("meanPdHoursPerTeacherYear").asDouble(),
                numberOrNull(summary, "shareOfTeachersAtPdThreshold"), summary.path("releaseFte").asDouble(),
                summary.path("releaseCost").asDouble(), seconds, "");
    }

    /** A figure of report.json, or null in a report written before it had that figure. */
    private static Integer integerOrNull(JsonNode summary, String field) {
        return summary.hasNonNull(field) ? summary.get(field).asInt() : null;
    }

    private static Double numberOrNull(JsonNode summary, String field) {
        return summary.hasNonNull(field) ? summary.get(field).asDouble() : null;
    }

    private synchronized void writeState() throws IOException {
        List<SchoolResult> rows = new ArrayList<>();
        for (Path bundle : bundles) {
            SchoolResult result = done.get(names.get(bundle));
            if (result != null) {
                rows.add(result);
            }
        }
        writeCsv(options.out().resolve(STATE), rows);
    }

    /** Writes the rows whole, so a reader never sees half a file. */
    static void writeCsv(Path file, List<SchoolResult> rows) throws IOException {
        StringWriter text = new StringWriter();
        SafeCsv.write(text, SchoolResult.HEADER, rows.stream().<List<?>>map(SchoolResult::cells).toList());
        OutputFolder.write(file.toAbsolutePath().getParent(), file.getFileName().toString(),
                text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The rows of a summary or state file by school; an unreadable file counts as none. */
    public static Map<String, SchoolResult> readState(Path file) {
        Map<String, SchoolResult> rows = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReader(reader)) {
            List<String[]> lines = csv.readAll();
            if (lines.isEmpty()) {
                return rows;
            }
            String[] header = lines.get(0);
            for (String[] line : lines.subList(1, lines.size())) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.length && i < line.length; i++) {
                    cells.put(header[i], line[i]);
                }
                SchoolResult result = SchoolResult.fromCells(cells);
                rows.put(result.school(), result);
            }
        } catch (IOException | CsvException | RuntimeException e) {
            rows.clear();
        }
        return rows;
    }
}
