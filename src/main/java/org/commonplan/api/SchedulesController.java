package org.commonplan.api;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.commonplan.bundle.BundleException;
import org.commonplan.domain.School;
import org.commonplan.report.CollaborationReport;
import org.commonplan.solver.RuleScore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Schedule jobs: submit a school, follow its solve, read its schedule, report and files, stop and re-solve it. */
@RestController
@RequestMapping("/api/v1/schedules")
@Tag(name = "schedules", description = "Solve a school's master schedule asynchronously")
public class SchedulesController {

    private static final String SUBMIT = "Submit a school to solve: the JSON document, its CSV files, or a zip";
    private static final String SUBMIT_DETAIL = "The three POST forms share one path, told apart by Content-Type. "
            + "A JSON document has the bundle's file names without .csv as keys (GET /api/v1/datasets/{name} gives "
            + "one); multipart parts are named by their file names; a zip holds one bundle folder. Answers 202 with "
            + "the job and a Location header.";
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ScheduleJobService jobs;
    private final BundleUploads uploads;

    public SchedulesController(ScheduleJobService jobs, BundleUploads uploads) {
        this.jobs = jobs;
        this.uploads = uploads;
    }

    @Operation(summary = SUBMIT, description = SUBMIT_DETAIL)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<JobViews.Summary> submitJson(HttpServletRequest request,
            @Parameter(description = "Solve time such as 30s or 2m (capped by the service)")
            @RequestParam(required = false) String timeLimit,
            @Parameter(description = "Job name; also the school's name when settings gives none")
            @RequestParam(required = false) String name,
            @Parameter(description = "Stop early: feasible or complete")
            @RequestParam(required = false) String stopWhen,
            @Parameter(description = "A finished job whose schedule this changed school starts from, as solve "
                    + "--previous does: what moved is in changes.csv")
            @RequestParam(required = false) String previous,
            @Parameter(description = "With previous: keep its placements of all, meetings, sections:ID;ID or "
                    + "teachers:ID;ID, as solve --lock does")
            @RequestParam(required = false) String lock) throws BundleException, IOException {
        StopWhen stop = StopWhen.parse(stopWhen);
        return accepted(jobs.submit(uploads.fromJson(request, name), name, timeLimit, stop, previous, lock));
    }

    @Operation(summary = SUBMIT, description = SUBMIT_DETAIL)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<JobViews.Summary> submitFiles(MultipartHttpServletRequest request,
            @RequestParam(required = false) String timeLimit, @RequestParam(required = false) String name,
            @RequestParam(required = false) String stopWhen, @RequestParam(required = false) String previous,
            @RequestParam(required = false) String lock) throws BundleException, IOException {
        StopWhen stop = StopWhen.parse(stopWhen);
        return accepted(jobs.submit(uploads.fromParts(request, name), name, timeLimit, stop, previous, lock));
    }

    @Operation(summary = SUBMIT, description = SUBMIT_DETAIL)
    @PostMapping(consumes = {"application/zip", "application/x-zip-compressed", "application/octet-stream"})
    public ResponseEntity<JobViews.Summary> submitZip(HttpServletRequest request,
            @RequestParam(required = false) String timeLimit, @RequestParam(required = false) String name,
            @RequestParam(required = false) String stopWhen, @RequestParam(required = false) String previous,
            @RequestParam(required = false) String lock) throws BundleException, IOException {
        StopWhen stop = StopWhen.parse(stopWhen);
        return accepted(jobs.submit(uploads.fromZip(request, name), name, timeLimit, stop, previous, lock));
    }

    @Operation(summary = "List jobs, newest first")
    @GetMapping
    public JobViews.Page list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return jobs.list(page, size);
    }

    @Operation(summary = "A job's status, best score, times and schedule",
            description = "view=summary leaves the schedule out.")
    @GetMapping("/{id}")
    public JobViews.Detail get(@PathVariable String id,
            @Parameter(description = "full (default) or summary") @RequestParam(required = false) String view) {
        boolean withSchedule = withSchedule(view);
        return JobViews.Detail.of(jobs.get(id).state(), Instant.now(), withSchedule);
    }

    @Operation(summary = "The collaboration report of the best schedule so far")
    @GetMapping("/{id}/report")
    public CollaborationReport report(@PathVariable String id) {
        return outputs(id).report();
    }

    @Operation(summary = "Each rule the best schedule so far breaks or meets, explained in words")
    @GetMapping("/{id}/analysis")
    public List<RuleScore> analysis(@PathVariable String id) {
        ScheduleJob job = jobs.get(id);
        JobOutputs outputs = outputs(job);
        if (!outputs.complete()) {
            throw incomplete(job.state(), outputs.source());
        }
        return outputs.analysis();
    }

    @Operation(summary = "The output files (master_schedule.csv, team_meetings.csv, blocks.csv, timetable.csv, "
            + "observations.csv, report.json) as a zip")
    @GetMapping("/{id}/export")
    public ResponseEntity<byte[]> export(@PathVariable String id) throws IOException {
        JobOutputs outputs = outputs(id);
        String fileName = outputs.source().getName().replaceAll("[^A-Za-z0-9._-]+", "-") + ".zip";
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(outputs.zip());
    }

    @Operation(summary = "One output file, e.g. master_schedule.csv (changes.csv for a job started from another)")
    @GetMapping("/{id}/export/{file}")
    public ResponseEntity<byte[]> exportFile(@PathVariable String id, @PathVariable String file) {
        Map<String, byte[]> files = outputs(id).files();
        if (!files.containsKey(file)) {
            // changes.csv is there for a job that started from a previous schedule.
            throw ApiException.notFound("There is no output file \"" + file + "\"; the files are "
                    + String.join(", ", files.keySet()) + ".");
        }
        byte[] content = files.get(file);
        MediaType type = file.endsWith(".json") ? MediaType.APPLICATION_JSON : CSV;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
                .body(content);
    }

    @Operation(summary = "Server-sent events: status at once, best-score at each new best schedule, done at the end")
    @GetMapping("/{id}/events")
    public SseEmitter events(@PathVariable String id) {
        return jobs.subscribe(id);
    }

    @Operation(summary = "Stop solving; answers once the solver has stopped, with the final best schedule kept",
            description = "discard=true also forgets the job (204).")
    @DeleteMapping("/{id}")
    public ResponseEntity<JobViews.Detail> stop(@PathVariable String id,
            @RequestParam(defaultValue = "false") boolean discard,
            @Parameter(description = "full (default) or summary") @RequestParam(required = false) String view) {
        boolean withSchedule = withSchedule(view);
        if (discard) {
            jobs.discard(id);
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok(JobViews.Detail.of(jobs.stop(id).state(), Instant.now(), withSchedule));
    }

    @Operation(summary = "Re-solve a finished job's schedule with lessons and meetings pinned, as a new job",
            description = "For minimal-change edits: pinned lessons keep their block and room, pinned meetings their "
                    + "block; lock, fixedBlock, fixedRoom and fixedBlocks lock as solve --lock and a bundle do; the "
                    + "rest stays near where it was (changes.csv lists what moved). Answers 202 with the new job.")
    @PostMapping("/{id}/resolve")
    public ResponseEntity<JobViews.Summary> resolve(@PathVariable String id,
            @RequestBody(required = false) ResolveRequest request) throws BundleException {
        return accepted(jobs.resolve(id, request == null ? ResolveRequest.NONE : request));
    }

    private static boolean withSchedule(String view) {
        if (view == null || view.equals("full")) {
            return true;
        }
        if (view.equals("summary")) {
            return false;
        }
        throw ApiException.badRequest("view \"" + view + "\" is not one of full, summary.");
    }

    private JobOutputs outputs(String id) {
        return outputs(jobs.get(id));
    }

    private static JobOutputs outputs(ScheduleJob job) {
        JobOutputs outputs = job.outputs();
        if (outputs == null) {
            throw ScheduleJobService.noSchedule(job.state());
        }
        return outputs;
    }

    /** 409 for the analysis of a schedule in which some lessons have no block or room: still building, or ended so. */
    private static ApiException incomplete(ScheduleJob.State job, School schedule) {
        if (job.status().isActive()) {
            return ApiException.conflict("Job " + job.id() + " is still building its first schedule (not every "
                    + "lesson has a block and a room yet); ask again once it has a score.");
        }
        long placed = schedule.getLessons().stream()
                .filter(lesson -> lesson.getBlock() != null && lesson.getRoom() != null).count();
        String why = job.status() == JobStatus.FAILED ? "the solver failed"
                : job.stoppedEarly() ? "it was stopped"
                : "its time limit of " + ScheduleJobService.shortForm(job.timeLimit()) + " ran out";
        return ApiException.conflict("Job " + job.id() + " ended with " + placed + " of "
                + schedule.getLessons().size() + " lessons placed: " + why + " while the solver was still building "
                + "its first schedule. The analysis explains complete schedules only (the report and the files show "
                + "this partial one); submit the school again with a longer timeLimit.");
    }

    private static ResponseEntity<JobViews.Summary> accepted(ScheduleJob job) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/schedules/{id}")
                .buildAndExpand(job.id()).toUri();
        return ResponseEntity.accepted().location(location)
                .body(JobViews.Summary.of(job.state(), Instant.now()));
    }
}
