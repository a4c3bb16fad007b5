package org.commonplan.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.commonplan.batch.SchoolSolve;
import org.commonplan.bound.MeetingBound;
import org.commonplan.compare.Comparison;
import org.commonplan.compare.ComparisonWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finished jobs side by side, as the compare command's comparison.html shows scenarios. */
@RestController
@RequestMapping("/api/v1/comparisons")
@Tag(name = "schedules")
public class ComparisonsController {

    private static final int MAX_JOBS = 8;

    private final ScheduleJobService jobs;

    public ComparisonsController(ScheduleJobService jobs) {
        this.jobs = jobs;
    }

    @Operation(summary = "Two or more jobs' best schedules side by side, the first the baseline: what changed and "
            + "the figures, as the compare command's HTML")
    @GetMapping
    public ResponseEntity<String> compare(
            @Parameter(description = "Job ids, comma-separated, the baseline first") @RequestParam String jobs) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : jobs.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        if (ids.size() < 2 || ids.size() > MAX_JOBS) {
            throw ApiException.badRequest("jobs names " + ids.size() + " different job(s); a comparison takes 2 to "
                    + MAX_JOBS + ", comma-separated, the baseline first.");
        }
        List<Comparison.Scenario> scenarios = new ArrayList<>();
        for (String id : ids) {
            ScheduleJob.State state = this.jobs.get(id).state();
            JobOutputs outputs = this.jobs.get(id).outputs();
            if (outputs == null) {
                throw ScheduleJobService.noSchedule(state);
            }
            String name = (state.name() != null ? state.name() : outputs.source().getName()) + " ("
                    + id.substring(0, Math.min(8, id.length())) + ")";
            scenarios.add(new Comparison.Scenario(name, new SchoolSolve.Solved(outputs.source(), outputs.report(),
                    outputs.analysis(), MeetingBound.of(state.problem()),
                    state.elapsed(Instant.now()).toMillis() / 1000.0)));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(ComparisonWriter.html(Comparison.of(scenarios)));
    }
}
