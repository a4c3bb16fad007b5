package org.commonplan.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The jobs in SQL (tables of db/migration, kept up to date by Flyway), through Spring's JdbcTemplate. */
@Repository
class JdbcJobStore implements JobStore {

    private final JdbcTemplate jdbc;

    JdbcJobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(StoredJob job) {
        jdbc.update("INSERT INTO schedule_job (id, name, based_on, status, created_ms, updated_ms, started_ms, "
                + "finished_ms, time_limit_ms, stop_when, stopped_early, error, solved_ms, score, bundle_form, "
                + "bundle_name, bundle, start_lessons, start_meetings, previous_lessons, previous_meetings, "
                + "pinned_lessons, pinned_meetings) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                job.id(), job.name(), job.basedOn(), job.status().name(), millis(job.createdAt()),
                millis(job.updatedAt()), millis(job.startedAt()), millis(job.finishedAt()),
                job.timeLimit().toMillis(), job.stopWhen().name(), job.stoppedEarly(), job.error(),
                job.solved().toMillis(), null, job.bundle().form(), job.bundle().defaultName(), job.bundle().bytes(),
                job.start() == null ? null : job.start().lessons(), job.start() == null ? null : job.start().meetings(),
                job.previous() == null ? null : job.previous().lessons(),
                job.previous() == null ? null : job.previous().meetings(),
                ids(job.pinnedLessons()), ids(job.pinnedMeetings()));
    }

    @Override
    public void started(String id, Instant startedAt) {
        jdbc.update("UPDATE schedule_job SET status = ?, started_ms = COALESCE(started_ms, ?), updated_ms = ? "
                + "WHERE id = ? AND status IN ('QUEUED', 'SOLVING')", JobStatus.SOLVING.name(), millis(startedAt),
                millis(startedAt), id);
    }

    @Override
    public void saveBest(String id, SavedSchedule best, String score, Duration solved, Instant now) {
        jdbc.update("UPDATE schedule_job SET best_lessons = ?, best_meetings = ?, score = ?, solved_ms = ?, "
                + "updated_ms = ? WHERE id = ? AND status IN ('QUEUED', 'SOLVING')", best.lessons(), best.meetings(),
                score, solved.toMillis(), millis(now), id);
    }

    @Override
    public void finish(ScheduleJob.State ended, SavedSchedule best, String score, Duration solved, byte[] report) {
        if (best != null) {
            jdbc.update("UPDATE schedule_job SET best_lessons = ?, best_meetings = ?, score = ? WHERE id = ?",
                    best.lessons(), best.meetings(), score, ended.id());
        }
        jdbc.update("UPDATE schedule_job SET status = ?, stopped_early = ?, error = ?, solved_ms = ?, report = ?, "
                + "started_ms = ?, finished_ms = ?, updated_ms = ? WHERE id = ?", ended.status().name(),
                ended.stoppedEarly(), ended.error(), solved.toMillis(), report, millis(ended.startedAt()),
                millis(ended.finishedAt()), millis(ended.updatedAt()), ended.id());
    }

    @Override
    public void event(String id, String name, String data, Instant at) {
        jdbc.update("INSERT INTO schedule_job_event (job_id, seq, at_ms, name, data) SELECT ?, "
                + "COALESCE(MAX(seq), 0) + 1, ?, ?, ? FROM schedule_job_event WHERE job_id = ?", id, millis(at), name,
                data, id);
    }

    @Override
    public List<StoredEvent> events(String id, long after) {
        return jdbc.query("SELECT seq, name, data FROM schedule_job_event WHERE job_id = ? AND seq > ? ORDER BY seq",
                (rs, row) -> new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3)), id, after);
    }

    @Override
    public long lastEvent(String id) {
        Long last = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) FROM schedule_job_event WHERE job_id = ?",
                Long.class, id);
        return last == null ? 0 : last;
    }

    @Override
    public JobStatus status(String id) {
        return jdbc.queryForList("SELECT status FROM schedule_job WHERE id = ?", String.class, id).stream()
                .findFirst().map(JobStatus::valueOf).orElse(null);
    }

    @Override
    public void delete(String id) {
        jdbc.update("DELETE FROM schedule_job_event WHERE job_id = ?", id);
        jdbc.update("DELETE FROM schedule_job WHERE id = ?", id);
    }

    @Override
    public StoredBundle bundle(String id) {
        return jdbc.query("SELECT bundle_form, bundle_name, bundle FROM schedule_job WHERE id = ?",
                (rs, row) -> new StoredBundle(rs.getString(1), rs.getString(2), rs.getBytes(3)), id)
                .stream().findFirst().orElse(null);
    }

    @Override
    public List<StoredJob> all() {
        return jdbc.query("SELECT * FROM schedule_job ORDER BY created_ms, id", (rs, row) -> stored(rs));
    }

    @Override
    public StoredJob one(String id) {
        return jdbc.query("SELECT * FROM schedule_job WHERE id = ?", (rs, row) -> stored(rs), id).stream().findFirst()
                .orElse(null);
    }

    @Override
    public void requestStop(String id) {
        jdbc.update("UPDATE schedule_job SET stop_requested = TRUE WHERE id = ?", id);
    }

    @Override
    public boolean stopRequested(String id) {
        return jdbc.queryForList("SELECT stop_requested FROM schedule_job WHERE id = ?", Boolean.class, id).stream()
                .anyMatch(Boolean.TRUE::equals);
    }

    @Override
    public boolean cancelQueued(String id, Instant now) {
        return jdbc.update("UPDATE schedule_job SET status = ?, finished_ms = ?, updated_ms = ? WHERE id = ? "
                + "AND status = ?", JobStatus.CANCELLED.name(), millis(now), millis(now), id,
                JobStatus.QUEUED.name()) == 1;
    }

    @Override
    public void takenBy(String id, String instance) {
        jdbc.update("UPDATE schedule_job SET solved_by = COALESCE(solved_by || '\n', '') || ? WHERE id = ?",
                instance, id);
    }

    @Override
    public List<String> takenBy(String id) {
        return jdbc.queryForList("SELECT solved_by FROM schedule_job WHERE id = ?", String.class, id).stream()
                .filter(java.util.Objects::nonNull).flatMap(text -> Arrays.stream(text.split("\n"))).toList();
    }

    @Override
    public long count(JobStatus status) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM schedule_job WHERE status = ?", Long.class,
                status.name());
        return count == null ? 0 : count;
    }

    @Override
    public void deleteFinished(Instant cutoff, int kept) {
        String finished = "finished_ms IS NOT NULL AND status NOT IN ('QUEUED', 'SOLVING')";
        jdbc.update("DELETE FROM schedule_job WHERE " + finished + " AND (finished_ms < ? OR id NOT IN (SELECT id "
                + "FROM schedule_job WHERE " + finished + " ORDER BY finished_ms DESC, id LIMIT ?))",
                millis(cutoff), kept);
    }

    private static StoredJob stored(ResultSet rs) throws SQLException {
        byte[] startLessons = rs.getBytes("start_lessons");
        byte[] previousLessons = rs.getBytes("previous_lessons");
        byte[] bestLessons = rs.getBytes("best_lessons");
        return new StoredJob(rs.getString("id"), rs.getString("name"), rs.getString("based_on"),
                JobStatus.valueOf(rs.getString("status")), instant(rs, "created_ms"), instant(rs, "updated_ms"),
                instant(rs, "started_ms"), instant(rs, "finished_ms"), Duration.ofMillis(rs.getLong("time_limit_ms")),
                StopWhen.valueOf(rs.getString("stop_when")), rs.getBoolean("stopped_early"), rs.getString("error"),
                Duration.ofMillis(rs.getLong("solved_ms")),
                new StoredBundle(rs.getString("bundle_form"), rs.getString("bundle_name"), rs.getBytes("bundle")),
                startLessons == null ? null : new SavedSchedule(startLessons, rs.getBytes("start_meetings")),
                previousLessons == null ? null : new SavedSchedule(previousLessons, rs.getBytes("previous_meetings")),
                idSet(rs.getString("pinned_lessons")), idSet(rs.getString("pinned_meetings")),
                bestLessons == null ? null : new SavedSchedule(bestLessons, rs.getBytes("best_meetings")));
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    /** Ids one a line: lesson and meeting ids hold no line breaks (the bundle reader refuses them). */
    private static String ids(Set<String> ids) {
        return ids == null || ids.isEmpty() ? null : String.join("\n", ids);
    }

    private static Set<String> idSet(String text) {
        return text == null || text.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(text.split("\n")));
    }
}
