package org.commonplan.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.commonplan.bound.MeetingBound;
import org.commonplan.domain.School;
import org.commonplan.domain.Teacher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A job's week for people rather than programs: the grids' data with bell times, and a calendar per teacher. */
@RestController
@RequestMapping("/api/v1/schedules")
@Tag(name = "schedules")
public class TimetableController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final ScheduleJobService jobs;

    public TimetableController(ScheduleJobService jobs) {
        this.jobs = jobs;
    }

    @Operation(summary = "The best schedule so far as the web page's grids draw it: bell times, people, rooms, "
            + "teams, every lesson and meeting with its timeslots, and what is unplaced and why")
    @GetMapping("/{id}/timetable")
    public TimetableView timetable(@PathVariable String id) {
        return TimetableView.of(outputs(id));
    }

    @Operation(summary = "The most team meetings any schedule keeping every hard rule can place, from the problem "
            + "alone, per team and in all")
    @GetMapping("/{id}/meeting-bound")
    public MeetingBound meetingBound(@PathVariable String id) {
        return MeetingBound.of(jobs.get(id).state().problem());
    }

    @Operation(summary = "A teacher's team meetings (and with lessons=true their whole week) as an iCalendar file "
            + "of weekly events at the bell schedule's times")
    @GetMapping("/{id}/calendars/{teacher}")
    public ResponseEntity<byte[]> calendar(@PathVariable String id, @PathVariable String teacher,
            @Parameter(description = "First day of the term, YYYY-MM-DD; default the coming Monday")
            @RequestParam(required = false) String start,
            @Parameter(description = "Also every lesson, not only team meetings")
            @RequestParam(defaultValue = "false") boolean lessons) {
        School school = outputs(id).source();
        Teacher person = school.getTeachers().stream().filter(t -> t.getId().equals(teacher)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Job " + id + " has no teacher \"" + teacher + "\"."));
        byte[] calendar = TeacherCalendar.of(school, person, startDate(start), lessons, Instant.now());
        String fileName = teacher.replaceAll("[^A-Za-z0-9._-]+", "-") + ".ics";
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(calendar);
    }

    private static LocalDate startDate(String start) {
        if (start == null || start.isBlank()) {
            return LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        try {
            return LocalDate.parse(start.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("start \"" + start + "\" is not a date written YYYY-MM-DD, such as "
                    + "2026-09-07.");
        }
    }

    private JobOutputs outputs(String id) {
        ScheduleJob job = jobs.get(id);
        JobOutputs outputs = job.outputs();
        if (outputs == null) {
            throw ScheduleJobService.noSchedule(job.state());
        }
        return outputs;
    }
}
