package org.commonplan.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.School;
import org.commonplan.report.CollaborationReport;

/**
 * One school's row of a batch's summary.csv (and of the state file a resumed batch starts from).
 *
 * @param school  the school's output folder name under the batch's output folder
 * @param bundle  the bundle folder, relative to the batch's input folder
 * @param status  what happened to it
 * @param staff   teaching staff: who teaches, has a homeroom class or is on a team; the {@code _all_staff}
 *                figures are over them, the others over the teachers on teams (staff less staffOnNoTeam)
 * @param bound   the upper bound on placeable team meetings (from the problem), null when not solved
 * @param seconds time spent reading, solving and writing; null when kept from an earlier run without a record
 * @param errors  for an INVALID bundle, its problems joined by " | "; for FAILED, the failure
 */
public record SchoolResult(String school, String bundle, Status status, Boolean feasible, String score,
        Integer teachers, Integer staff, Integer staffOnNoTeam, Integer sections, Integer meetingsPlaced,
        Integer meetingsRequested, Integer bound, Double meanCollaborativeMinutesAllStaff,
        Integer minCollaborativeMinutesAllStaff, Double meanCollaborativeMinutes, Integer minCollaborativeMinutes,
        Double pdHoursPerYearAllStaff, Double shareAtPdThresholdAllStaff, Double pdHoursPerTeacherYear,
        Double shareAtPdThreshold, Double releaseFte, Double releaseCost, Double seconds, String errors) {

    /** What happened to a school in a batch. */
    public enum Status {
        /** Solved and written (feasible or not: see the feasible column). */
        SOLVED,
        /** The bundle has problems; nothing solved or written. */
        INVALID,
        /** Something unexpected went wrong; nothing written. */
        FAILED,
        /** Not solved yet: the batch was interrupted first. */
        PENDING
    }

    /** Figures are kept as precise as summary.csv writes them, so a row read back equals the row written. */
    public SchoolResult {
        meanCollaborativeMinutesAllStaff = round(meanCollaborativeMinutesAllStaff, 1);
        meanCollaborativeMinutes = round(meanCollaborativeMinutes, 1);
        pdHoursPerYearAllStaff = round(pdHoursPerYearAllStaff, 1);
        shareAtPdThresholdAllStaff = round(shareAtPdThresholdAllStaff, 2);
        pdHoursPerTeacherYear = round(pdHoursPerTeacherYear, 1);
        shareAtPdThreshold = round(shareAtPdThreshold, 2);
        releaseFte = round(releaseFte, 2);
        releaseCost = round(releaseCost, 0);
        seconds = round(seconds, 1);
    }

    private static Double round(Double value, int places) {
        return value == null ? null
                : BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    public static final List<String> HEADER = List.of("school", "bundle", "status", "feasible", "score", "teachers",
            "teaching_staff", "staff_on_no_team", "sections", "meetings_placed", "meetings_requested",
            "meeting_bound", "mean_collab_minutes_all_staff", "min_collab_minutes_all_staff", "mean_collab_minutes",
            "min_collab_minutes", "pd_hours_per_year_all_staff", "share_at_pd_threshold_all_staff",
            "pd_hours_per_teacher_year", "share_at_pd_threshold", "release_fte", "release_cost", "seconds",
            "errors");

    public static SchoolResult solved(String school, String bundle, SchoolSolve.Solved solved, double seconds) {
        return of(school, bundle, solved.school(), String.valueOf(solved.school().getScore()), solved.feasible(),
                solved.report(), solved.bound().bound(), seconds);
    }

    static SchoolResult of(String school, String bundle, School problem, String score, boolean feasible,
            CollaborationReport report, int bound, Double seconds) {
        CollaborationReport.Summary summary = report.summary();
        return new SchoolResult(school, bundle, Status.SOLVED, feasible, score, summary.teachers(), summary.staff(),
                summary.staffOnNoTeam(), problem.getSections().size(), summary.meetingsScheduled(),
                summary.meetingsRequested(), bound, summary.meanCollaborativeMinutesAllStaff(),
                summary.minCollaborativeMinutesAllStaff(), summary.meanCollaborativeMinutes(),
                summary.minCollaborativeMinutes(), summary.meanPdHoursPerYearAllStaff(),
                summary.shareAtPdThresholdAllStaff(), summary.meanPdHoursPerTeacherYear(),
                summary.shareOfTeachersAtPdThreshold(), summary.releaseFte(), summary.releaseCost(), seconds, "");
    }

    public static SchoolResult invalid(String school, String bundle, List<String> problems, double seconds) {
        return notSolved(school, bundle, Status.INVALID, String.join(" | ", problems), seconds);
    }

    public static SchoolResult failed(String school, String bundle, String failure, double seconds) {
        return notSolved(school, bundle, Status.FAILED, failure, seconds);
    }

    public static SchoolResult pending(String school, String bundle) {
        return notSolved(school, bundle, Status.PENDING, "", null);
    }

    private static SchoolResult notSolved(String school, String bundle, Status status, String errors,
            Double seconds) {
        return new SchoolResult(school, bundle, status, null, "", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, seconds, errors);
    }

    /** The row's cells in {@link #HEADER} order; numbers as numbers, so that only text is made formula-safe. */
    public List<Object> cells() {
        List<Object> cells = new ArrayList<>();
        cells.add(school);
        cells.add(bundle);
        cells.add(status.name());
        cells.add(feasible == null ? "" : feasible);
        cells.add(score);
        cells.add(blankIfNull(teachers));
        cells.add(blankIfNull(staff));
        cells.add(blankIfNull(staffOnNoTeam));
        cells.add(blankIfNull(sections));
        cells.add(blankIfNull(meetingsPlaced));
        cells.add(blankIfNull(meetingsRequested));
        cells.add(blankIfNull(bound));
        cells.add(decimal(meanCollaborativeMinutesAllStaff, 1));
        cells.add(blankIfNull(minCollaborativeMinutesAllStaff));
        cells.add(decimal(meanCollaborativeMinutes, 1));
        cells.add(blankIfNull(minCollaborativeMinutes));
        cells.add(decimal(pdHoursPerYearAllStaff, 1));
        cells.add(decimal(shareAtPdThresholdAllStaff, 2));
        cells.add(decimal(pdHoursPerTeacherYear, 1));
        cells.add(decimal(shareAtPdThreshold, 2));
        cells.add(decimal(releaseFte, 2));
        cells.add(decimal(releaseCost, 0));
        cells.add(decimal(seconds, 1));
        cells.add(errors == null ? "" : errors);
        return cells;
    }

    /** Reads a row written by {@link #cells()}: cells by header name, as read back from CSV. */
    public static SchoolResult fromCells(Map<String, String> row) {
        return new SchoolResult(text(row, "school"), text(row, "bundle"), Status.valueOf(text(row, "status")),
                text(row, "feasible").isEmpty() ? null : Boolean.valueOf(text(row, "feasible")),
                text(row, "score"), integer(row, "teachers"), integer(row, "teaching_staff"),
                integer(row, "staff_on_no_team"), integer(row, "sections"), integer(row, "meetings_placed"),
                integer(row, "meetings_requested"), integer(row, "meeting_bound"),
                number(row, "mean_collab_minutes_all_staff"), integer(row, "min_collab_minutes_all_staff"),
                number(row, "mean_collab_minutes"), integer(row, "min_collab_minutes"),
                number(row, "pd_hours_per_year_all_staff"), number(row, "share_at_pd_threshold_all_staff"),
                number(row, "pd_hours_per_teacher_year"), number(row, "share_at_pd_threshold"),
                number(row, "release_fte"), number(row, "release_cost"), number(row, "seconds"),
                text(row, "errors"));
    }

    private static Object blankIfNull(Object value) {
        return value == null ? "" : value;
    }

    private static Object decimal(Double value, int places) {
        if (value == null) {
            return "";
        }
        // A number, not text: SafeCsv leaves numbers as they are, so a negative stays a negative.
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
    }

    /** A cell as written, without the apostrophe that keeps spreadsheets from reading text as a formula. */
    private static String text(Map<String, String> row, String column) {
        String value = row.getOrDefault(column, "");
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static Integer integer(Map<String, String> row, String column) {
        String value = text(row, column);
        return value.isEmpty() ? null : Integer.valueOf(value);
    }

    private static Double number(Map<String, String> row, String column) {
        String value = text(row, column);
        return value.isEmpty() ? null : Double.valueOf(value);
    }
}
