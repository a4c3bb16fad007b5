package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances on one PostgreSQL, each a process of its own with one solver: the jobs submitted through one are
 * shared by both and each solved once, either answers for every job and streams its events, a stop asked on one
 * stops the job on the other, and a job whose instance is killed is finished by the other from its saved best
 * schedule.
 */
class ClusterTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    /** A service's start, generous: on a busy machine a JVM and Spring take long to start. */
    private static final Duration START = Duration.ofSeconds(150);

    @Test
    @Timeout(600)
    void twoInstancesShareTheJobsAndEitherFinishesWhatTheOtherLeft(@TempDir Path temp) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            JdbcTemplate database = new JdbcTemplate(postgres.getPostgresDatabase());
            byte[] school = ApiClient.datasetZip("small-elementary");
            try (ServiceProcess first = ServiceProcess.start(temp.resolve("a.log"), START, settings(postgres, "a"));
                    ServiceProcess second = ServiceProcess.start(temp.resolve("b.log"), START,
                            settings(postgres, "b"))) {
                Map<String, ServiceProcess> instances = Map.of("a", first, "b", second);
                ApiClient a = first.client();
                ApiClient b = second.client();

                // Six short jobs through a: both instances solve, each job once, and b answers for all of them.
                List<String> shared = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    shared.add(ApiClient.idOf(a.postZip("/api/v1/schedules?timeLimit=2s&name=shared-" + i, school)));
                }
                Map<String, Integer> solvedBy = new HashMap<>();
                for (String id : shared) {
                    JsonNode done = b.awaitFinished(id, WAIT);
                    assertThat(done.path("status").asText()).as(first.output() + second.output()).isEqualTo("DONE");
                    assertThat(done.path("score").asText()).isNotBlank();
                    assertThat(b.get("/api/v1/schedules/" + id + "/export/report.json").statusCode()).isEqualTo(200);
                    List<String> takenBy = takenBy(database, id);
                    assertThat(takenBy).as("instances that took job %s", id).hasSize(1);
                    solvedBy.merge(takenBy.get(0), 1, Integer::sum);
                }
                assertThat(solvedBy.keySet()).as("each instance solved some of %s", solvedBy)
                        .containsExactlyInAnyOrder("a", "b");
                assertThat(ApiClient.json(b.get("/api/v1/schedules?size=100")).path("items").findValuesAsText("id"))
                        .containsAll(shared);

                // A stream opened on either instance follows the job to its end, also where it is not solved.
                String followed = ApiClient.idOf(a.postZip("/api/v1/schedules?timeLimit=3s&name=followed", school));
                Map<String, List<EventStream.Event>> streamed = new HashMap<>();
                try (EventStream onA = EventStream.open(first.port(), followed);
                        EventStream onB = EventStream.open(second.port(), followed)) {
                    streamed.put("a", onA.rest(WAIT));
                    streamed.put("b", onB.rest(WAIT));
                }
                String solvedFollowed = takenBy(database, followed).get(0);
                List<EventStream.Event> elsewhere = streamed.get(solvedFollowed.equals("a") ? "b" : "a").stream()
                        .filter(event -> event.name() != null).toList();
                List<String> sent = elsewhere.stream().map(EventStream.Event::name).toList();
                assertThat(sent).as("events on the instance not solving the job").startsWith(
                        ScheduleJob.EVENT_STATUS).contains(ScheduleJob.EVENT_BEST_SCORE).endsWith(ScheduleJob.EVENT_DONE);
                JsonNode end = elsewhere.get(elsewhere.size() - 1).data();
                assertThat(end.path("status").asText()).isEqualTo("DONE");
                assertThat(end.path("score").asText()).isEqualTo(b.awaitFinished(followed, WAIT).path("score").asText());

                // A stop asked on the instance that does not solve the job stops it where it runs.
                String stopped = ApiClient.idOf(b.postZip("/api/v1/schedules?timeLimit=60s&name=stopped", school));
                b.awaitScore(stopped, WAIT);
                String solver = Awaitility.await().atMost(WAIT).until(() -> takenBy(database, stopped),
                        names -> !names.isEmpty()).get(0);
                ApiClient other = solver.equals("a") ? b : a;
                JsonNode stop = ApiClient.json(other.delete("/api/v1/schedules/" + stopped + "?view=summary"));
                assertThat(stop.path("status").asText()).as(stop.toString()).isEqualTo("DONE");
                assertThat(stop.path("stoppedEarly").asBoolean()).isTrue();
                assertThat(stop.path("elapsedSeconds").asDouble()).isLessThan(60);

                // The instance solving a job is killed: the other takes it over and finishes it.
                String orphan = ApiClient.idOf(a.postZip("/api/v1/schedules?timeLimit=8s&name=orphan", school));
                a.awaitScore(orphan, WAIT);
                String dying = Awaitility.await().atMost(WAIT).until(() -> takenBy(database, orphan),
                        names -> !names.isEmpty()).get(0);
                String survivor = dying.equals("a") ? "b" : "a";
                instances.get(dying).kill();

                JsonNode finished = instances.get(survivor).client().awaitFinished(orphan, WAIT);
                assertThat(finished.path("status").asText()).as(instances.get(survivor).output())
                        .isEqualTo("DONE");
                assertThat(finished.path("score").asText()).isNotBlank();
                assertThat(takenBy(database, orphan)).containsExactly(dying, survivor);
                // Each start says SOLVING: the first with no schedule yet, the takeover's with the one it continues.
                List<JsonNode> starts = database.queryForList("SELECT data FROM schedule_job_event WHERE job_id = ? "
                        + "AND name = ? ORDER BY seq", String.class, orphan, ScheduleJob.EVENT_STATUS).stream()
                        .map(ClusterTest::json).filter(event -> event.path("status").asText().equals("SOLVING"))
                        .toList();
                assertThat(starts).hasSize(2);
                assertThat(starts.get(0).path("score").isNull()).as(starts.toString()).isTrue();
                assertThat(starts.get(1).path("score").asText()).as(starts.toString()).isNotBlank();

                // A third instance joins; the one solving a job is stopped with SIGTERM and gives the job back.
                try (ServiceProcess third = ServiceProcess.start(temp.resolve("c.log"), START,
                        settings(postgres, "c"))) {
                    Map<String, ServiceProcess> running = Map.of(survivor, instances.get(survivor), "c", third);
                    String handedOver = ApiClient.idOf(third.client().postZip(
                            "/api/v1/schedules?timeLimit=8s&name=handed-over", school));
                    third.client().awaitScore(handedOver, WAIT);
                    String leaving = Awaitility.await().atMost(WAIT).until(() -> takenBy(database, handedOver),
                            names -> !names.isEmpty()).get(0);
                    String taker = leaving.equals("c") ? survivor : "c";
                    running.get(leaving).terminate();

                    JsonNode ended;
                    try {
                        ended = running.get(taker).client().awaitFinished(handedOver, WAIT);
                    } catch (org.awaitility.core.ConditionTimeoutException e) {
                        throw new AssertionError(leaving + ":\n" + running.get(leaving).output() + "\n" + taker
                                + ":\n" + running.get(taker).output(), e);
                    }
                    assertThat(ended.path("status").asText()).as(running.get(taker).output()).isEqualTo("DONE");
                    assertThat(takenBy(database, handedOver)).containsExactly(leaving, taker);
                }
            }
        }
    }

    private static String[] settings(EmbeddedPostgres postgres, String instance) {
        return new String[] {"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres", "--commonplan.cluster.enabled=true",
            "--commonplan.cluster.instance-name=" + instance, "--commonplan.cluster.polling-interval=250ms",
            "--commonplan.cluster.heartbeat=1s", "--commonplan.cluster.missed-heartbeats=4",
            "--commonplan.cluster.stop-poll=200ms", "--commonplan.api.max-concurrent-solves=1",
            "--commonplan.jobs.save-interval=500ms"};
    }

    private static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> takenBy(JdbcTemplate database, String id) {
        return database.queryForList("SELECT solved_by FROM schedule_job WHERE id = ?", String.class, id).stream()
                .filter(java.util.Objects::nonNull).flatMap(text -> Arrays.stream(text.split("\n"))).toList();
    }
}
