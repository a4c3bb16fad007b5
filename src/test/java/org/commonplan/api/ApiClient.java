package org.commonplan.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain HTTP client of the running service, as an outside client would use it. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(200);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /** The Authorization header's value, or null to send none. */
    private final String authorization;

    ApiClient(int port) {
        this(port, null);
    }

    /** A client that sends {@code Authorization: Bearer token} with every request. */
    ApiClient(int port, String token) {
        this.base = "http://localhost:" + port;
        this.authorization = token == null ? null : "Bearer " + token;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postZip(String path, byte[] zip) {
        return post(path, "application/zip", zip);
    }

    /** multipart/form-data with one file part per entry, named and file-named by the map key. */
    HttpResponse<String> postFiles(String path, Map<String, byte[]> files) {
        return postFiles(path, files, Map.of());
    }

    /** multipart/form-data with one file part per file and one text field per field, as an HTML form sends. */
    HttpResponse<String> postFiles(String path, Map<String, byte[]> files, Map<String, String> fields) {
        String boundary = "----commonplan" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                    + "\"; filename=\"" + file.getKey() + "\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** Polls a job until it is DONE or FAILED, and returns its summary view. */
    JsonNode awaitFinished(String id, Duration timeout) {
        return Awaitility.await("job " + id + " DONE or FAILED").atMost(timeout).pollInterval(POLL)
                .until(() -> summary(id), job -> job.path("status").asText().equals("DONE")
                        || job.path("status").asText().equals("FAILED"));
    }

    /** Polls a job until it is solving and has a score. */
    JsonNode awaitScore(String id, Duration timeout) {
        return Awaitility.await("job " + id + " with a score").atMost(timeout).pollInterval(POLL)
                .until(() -> summary(id), job -> !job.path("score").isMissingNode() && !job.path("score").isNull());
    }

    private JsonNode summary(String id) {
        return json(get("/api/v1/schedules/" + id + "?view=summary"));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The CSV files of a bundled dataset by file name. */
    static Map<String, byte[]> datasetFiles(String dataset) {
        try (Stream<Path> files = Files.list(Path.of("datasets", dataset))) {
            return files.filter(file -> file.toString().endsWith(".csv")).sorted()
                    .collect(Collectors.toMap(file -> file.getFileName().toString(),
                            ApiClient::read, (a, b) -> a, LinkedHashMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip holding the given entries, by entry name. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip of a bundled dataset's folder, as a scheduler would make it. */
    static byte[] datasetZip(String dataset) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        datasetFiles(dataset).forEach((name, bytes) -> entries.put(dataset + "/" + name, bytes));
        return zip(entries);
    }

    /**
     * Posts a bundled dataset to solve until complete (60 s at most), waits for it, checks it ended feasible, and
     * returns its job id: the earlier schedule a change or a lock starts from.
     */
    String solvedFeasibly(String dataset, Duration wait) {
        String id = idOf(postZip("/api/v1/schedules?timeLimit=60s&stopWhen=complete", datasetZip(dataset)));
        JsonNode done = awaitFinished(id, wait);
        assertThat(done.path("feasible").asBoolean()).as(done.toString()).isTrue();
        return id;
    }

    /** A CSV text's rows by column name, in order. */
    static List<Map<String, String>> rows(String text) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVReaderHeaderAware reader = new CSVReaderHeaderAware(new StringReader(text))) {
            for (Map<String, String> row = reader.readMap(); row != null; row = reader.readMap()) {
                rows.add(new LinkedHashMap<>(row));
            }
        } catch (CsvValidationException e) {
            throw new IOException(e);
        }
        return rows;
    }

    /** teachers.csv with one teacher's unavailable column set to the given day or timeslot (the rest as it was). */
    static byte[] teacherAway(byte[] teachers, String teacher, String unavailable) throws IOException {
        List<Map<String, String>> rows = rows(new String(teachers, StandardCharsets.UTF_8));
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
        for (Map<String, String> row : rows) {
            if (row.get("id").equals(teacher)) {
                row.put("unavailable", unavailable);
            }
            text.append(String.join(",", columns.stream().map(row::get).toList())).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String idOf(HttpResponse<String> accepted) {
        return json(accepted).path("id").asText();
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
