package org.commonplan.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/** A job's server-sent events as a client reads them, line by line, each line waited for up to a time limit. */
final class EventStream implements AutoCloseable {

    /** One event: its name and its data, or a comment line (name null) such as a heartbeat. */
    record Event(String name, JsonNode data, String comment) {
    }

    private static final Optional<String> END = Optional.empty();

    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
    private final Stream<String> body;

    private EventStream(Stream<String> body) {
        this.body = body;
        Thread reader = new Thread(() -> {
            try {
                body.forEach(line -> lines.add(Optional.of(line)));
            } catch (UncheckedIOException e) {
                // The connection closed: the end of the stream, as a client sees it.
            } finally {
                lines.add(END);
            }
        }, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(int port, String jobId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/schedules/"
                + jobId + "/events")).header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new AssertionError("events of " + jobId + " answered " + response.statusCode());
            }
            return new EventStream(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next event or comment, or empty at the end of the stream; fails after {@code timeout}. */
    Optional<Event> next(Duration timeout) {
        String name = null;
        JsonNode data = null;
        while (true) {
            Optional<String> line = poll(timeout);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            String text = line.get();
            if (text.startsWith(":")) {
                return Optional.of(new Event(null, null, text.substring(1)));
            } else if (text.startsWith("event:")) {
                name = text.substring("event:".length());
            } else if (text.startsWith("data:")) {
                data = parse(text.substring("data:".length()));
            } else if (text.isEmpty() && name != null) {
                return Optional.of(new Event(name, data, null));
            }
        }
    }

    /** Every event and comment until the stream ends, which must happen within {@code timeout}. */
    List<Event> rest(Duration timeout) {
        List<Event> events = new ArrayList<>();
        for (Optional<Event> event = next(timeout); event.isPresent(); event = next(timeout)) {
            events.add(event.get());
        }
        return events;
    }

    private static JsonNode parse(String json) {
        try {
            return ApiClient.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("event data is not JSON: " + json, e);
        }
    }

    private Optional<String> poll(Duration timeout) {
        try {
            Optional<String> line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("no event within " + timeout);
            }
            if (line.isEmpty()) {
                lines.add(END);
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        body.close();
    }
}
