package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.solver.ScheduleSolver;
import org.commonplan.solver.SolverTestSupport;

/** A re-solve read back from the store, as a restarted service continues it. */
class StoredReSolveTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aContinuedReSolveStillPrefersItsPreviousSchedule() throws Exception {
        DataSource database = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).load().migrate();
        JdbcJobStore store = new JdbcJobStore(new JdbcTemplate(database));
        StoredBundle bundle = StoredBundle.zip(ApiClient.datasetZip("small-elementary"), "small-elementary");
        School solved = SolverTestSupport.solve(bundle.read(), 20);
        SavedSchedule previous = SavedSchedule.of(solved);
        School started = bundle.read();
        previous.startAsPrevious(started);
        Instant now = Instant.now();
        store.insert(new JobStore.StoredJob("resolve", "small-elementary", "first", JobStatus.SOLVING, now, now, now,
                null, Duration.ofSeconds(10), StopWhen.TIME_LIMIT, false, null, Duration.ZERO, bundle,
                SavedSchedule.of(started), previous, Set.of(), Set.of(), null));

        School restored = ScheduleJobService.schoolOf(store.one("resolve"));

        assertThat(restored.getPreviousSchedule()).isNotNull();
        Lesson moved = restored.getLessons().get(0);
        Lesson before = solved.getLessons().stream().filter(lesson -> lesson.getId().equals(moved.getId()))
                .findFirst().orElseThrow();
        assertThat(moved.getBlock()).isNotNull();
        assertThat(moved.getBlock().getId()).isEqualTo(before.getBlock().getId());
        moved.setBlock(restored.getBellSchedule().getAllBlocks().stream().filter(block -> block != moved.getBlock()
                && moved.getBlockRange().contains(block)).findFirst().orElseThrow());
        assertThat(ScheduleSolver.explain(restored)).anyMatch(rule -> rule.rule().equals("moved-from-previous")
                && rule.matches() == 1);
    }
}
