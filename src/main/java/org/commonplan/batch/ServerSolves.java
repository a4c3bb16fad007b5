package org.commonplan.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.commonplan.output.ScheduleWriter;

/**
 * Solves a batch's schools (or a comparison's scenarios) on a running CommonPlan service (one instance or a cluster behind one address) through
 * its HTTP API: each bundle is uploaded as a zip, followed until it is done, and its output files downloaded.
 */
public final class ServerSolves {

    /** How often a job is asked for its state; a solve takes seconds to minutes. */
    private static final Duration POLL = Duration.ofMillis(500);
    /** How long a submit refused for a full queue waits before it tries again. */
    private static final Duration FULL_QUEUE_WAIT = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI server;
    private final String token;
    private final Duration timeLimit;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Jobs submitted and not yet finished, so that a stopped batch can withdraw them. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    /** A job the service could not solve, or an answer it should not have given; the school becomes FAILED. */
    public static final class ServerFailure extends Exception {

        public ServerFailure(String message) {
            super(message);
        }
    }

    /**
     * @param server    the service's address, e.g. http://localhost:8080
     * @param token     its API token, or null when it takes requests without one
     * @param timeLimit solve time per school, or null for each bundle's own time_limit setting
     */
    public ServerSolves(URI server, String token, Duration timeLimit) {
        String address = server.toString();
        this.server = URI.create(address.endsWith("/") ? address : address + "/");
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.timeLimit = timeLimit;
    }

    /** Asks the service for its job list once; throws with a message for the user when it cannot be reached. */
    public void check() throws ServerFailure, InterruptedException {
        try {
            HttpResponse<byte[]> answer = send(request("api/v1/schedules?size=1").GET());
            if (answer.statusCode() != 200) {
                throw new ServerFailure(server + " answers " + answer.statusCode() + " to a list of its jobs"
                        + detail(answer) + "; is it a CommonPlan service (and is the token right)?");
            }
        } catch (IOException e) {
            throw new ServerFailure("cannot reach the service at " + server + ": " + e);
        }
    }

    /**
     * A job the service finished and whose outputs are written.
     *
     * @param report  its report.json
     * @param seconds how long it solved on the service
     */
    public record Finished(String id, JsonNode report, double seconds) {
    }

    /**
     * Uploads one bundle folder, follows its job to the end and writes its output files into {@code outDir}.
     * Returns the job's report.json, or null when the batch was stopped first (the job is then withdrawn).
     */
    JsonNode solve(Path bundle, String name, Path outDir, Consumer<String> newBest)
            throws ServerFailure, IOException, InterruptedException {
        Finished finished = follow(bundle, name, outDir, newBest);
        return finished == null ? null : finished.report();
    }

    /**
     * Uploads one bundle folder, follows its job to the end, reporting each new best score, and writes its output
     * files into {@code outDir}. Null when {@link #stop()} came first (the job is then withdrawn).
     */
    public Finished follow(Path bundle, String name, Path outDir, Consumer<String> newBest)
            throws ServerFailure, IOException, InterruptedException {
        String id = submit(bundle, name);
        running.add(id);
        try {
            if (stopped) {
                // Submitted while stop() withdrew the others: it may not have seen this one.
                withdraw(id);
                return null;
            }
            String lastScore = null;
            while (!stopped) {
                JsonNode job = json(send(request("api/v1/schedules/" + id + "?view=summary").GET()), 200);
                String status = job.path("status").asText();
                String score = job.path("score").isTextual() ? job.path("score").asText() : null;
                if (score != null && !score.equals(lastScore)) {
                    lastScore = score;
                    newBest.accept(score);
                }
                switch (status) {
                    case "DONE" -> {
                        return new Finished(id, download(id, outDir), job.path("elapsedSeconds").asDouble());
                    }
                    case "FAILED" -> throw new ServerFailure("the service failed job " + id + ": "
                            + job.path("error").asText("no reason given"));
                    case "CANCELLED" -> throw new ServerFailure("job " + id + " was stopped on the service "
                            + "before it was solved");
                    default -> Thread.sleep(POLL.toMillis());
                }
            }
            return null;
        } finally {
            running.remove(id);
        }
    }

    /** Stops following jobs and withdraws the unfinished ones from the service, so that none solves for nobody. */
    public void stop() {
        stopped = true;
        for (String id : List.copyOf(running)) {
            withdraw(id);
        }
    }

    private void withdraw(String id) {
        try {
            send(request("api/v1/schedules/" + id + "?discard=true").DELETE());
        } catch (IOException | InterruptedException e) {
            // The service is gone or shutting down: its job is gone with it or will be finished unread.
        }
    }

    private String submit(Path bundle, String name) throws ServerFailure, IOException, InterruptedException {
        // A compare scenario may be a zip or a JSON bundle of its own: sent as it is, the service reads both.
        boolean json = Files.isRegularFile(bundle)
                && bundle.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        byte[] body = Files.isRegularFile(bundle) ? Files.readAllBytes(bundle) : zipOf(bundle);
        StringBuilder path = new StringBuilder("api/v1/schedules?name=")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8));
        if (timeLimit != null) {
            path.append("&timeLimit=").append(timeLimit);
        }
        while (true) {
            HttpResponse<byte[]> answer = send(request(path.toString()).header("Content-Type", json ? "application/json" : "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
            // A full queue takes this school once a solve ends.
            if (answer.statusCode() == 429 && !stopped) {
                Thread.sleep(FULL_QUEUE_WAIT.toMillis());
                continue;
            }
            return json(answer, 202).path("id").asText();
        }
    }

    /** The bundle's own CSV files at the zip's root; its subfolders (scenarios/) are other bundles. */
    static byte[] zipOf(Path bundle) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(bundle)) {
            files = list.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private JsonNode download(String id, Path outDir) throws ServerFailure, IOException, InterruptedException {
        HttpResponse<byte[]> answer = send(request("api/v1/schedules/" + id + "/export").GET());
        if (answer.statusCode() != 200) {
            throw new ServerFailure("the service answers " + answer.statusCode() + " to the outputs of job " + id
                    + detail(answer));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(answer.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                // Only the files a schedule's folder holds, whatever else the zip might name.
                if (ScheduleWriter.OUTPUT.files().contains(entry.getName())) {
                    files.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        if (!files.containsKey(ScheduleWriter.REPORT)) {
            throw new ServerFailure("the outputs of job " + id + " hold no " + ScheduleWriter.REPORT);
        }
        ScheduleWriter.write(files, outDir);
        return JSON.readTree(files.get(ScheduleWriter.REPORT));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofMinutes(2));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> answer, int expected) throws ServerFailure, IOException {
        if (answer.statusCode() != expected) {
            throw new ServerFailure("the service answers " + answer.statusCode() + " to "
                    + answer.request().method() + " " + answer.uri().getPath() + detail(answer));
        }
        return JSON.readTree(answer.body());
    }

    /** The problem's detail the service gives, after a colon, or nothing. */
    private static String detail(HttpResponse<byte[]> answer) {
        try {
            JsonNode problem = JSON.readTree(answer.body());
            return problem.hasNonNull("detail") ? ": " + problem.get("detail").asText() : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
