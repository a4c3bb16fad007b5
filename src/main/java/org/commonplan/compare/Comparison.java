package org.commonplan.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.batch.SchoolSolve;
import org.commonplan.domain.School;
import org.commonplan.report.CollaborationReport;

/**
 * Staffing models side by side: each scenario's collaboration summary, each team's minutes in each scenario, and
 * what changed from the first scenario (the baseline) to each other one.
 *
 * @param scenarios scenario names, baseline first
 * @param metrics   the summary, one row per figure, one value per scenario
 * @param teams     every team of any scenario, in order of first appearance
 * @param changes   per scenario, what changed from the baseline (empty for the baseline itself)
 */
public record Comparison(List<String> scenarios, List<Metric> metrics, List<TeamRow> teams,
        List<List<ScenarioDiff.Change>> changes, int collabTargetMinutes, String currency) {

    /** One named solved scenario. */
    public record Scenario(String name, SchoolSolve.Solved solved) {
    }

    /**
     * One figure per scenario.
     *
     * @param id     a stable machine name (CSV)
     * @param values numbers, text or booleans, one per scenario
     */
    public record Metric(String id, String label, List<Object> values) {
    }

    /**
     * @param scheduledMinutes per scenario, null where the scenario has no such team
     * @param requestedMinutes per scenario, null where the scenario has no such team
     */
    public record TeamRow(String id, String name, List<Integer> scheduledMinutes, List<Integer> requestedMinutes) {
    }

    public static Comparison of(List<Scenario> scenarios) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        List<String> names = scenarios.stream().map(Scenario::name).toList();
        Map<String, List<Object>> values = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            SchoolSolve.Solved solved = scenario.solved();
            School school = solved.school();
            CollaborationReport report = solved.report();
            CollaborationReport.Summary summary = report.summary();
            // Teaching load is over the staff who teach lessons: homeroom time and those who only meet are left out.
            List<CollaborationReport.TeacherReport> teachingLessons = report.teachers().stream()
                    .filter(teacher -> teacher.teachingMinutes() > 0).toList();
            double meanTeaching = teachingLessons.stream()
                    .mapToInt(CollaborationReport.TeacherReport::teachingMinutes).average().orElse(0);
            put(values, labels, "school", "School", school.getName());
            put(values, labels, "feasible", "Feasible (every hard rule kept)", solved.feasible());
            put(values, labels, "score", "Score", String.valueOf(school.getScore()));
            put(values, labels, "class_periods_per_day", "CLASS periods a day",
                    school.getBellSchedule().getClassPeriodsPerDay());
            put(values, labels, "mean_period_minutes", "Mean CLASS period (minutes)",
                    school.getBellSchedule().getMeanClassMinutes());
            put(values, labels, "teachers", "Teachers", summary.teachers());
            put(values, labels, "teaching_staff", "Teaching staff (who teach, have a homeroom class or are on a team)",
                    summary.staff());
            put(values, labels, "teachers_on_teams", "Teachers on teams", summary.teachersOnTeams());
            put(values, labels, "staff_on_no_team", "Teaching staff on no team", summary.staffOnNoTeam());
            put(values, labels, "sections", "Sections", school.getSections().size());
            put(values, labels, "teams", "Teams", school.getTeams().size());
            put(values, labels, "meetings_requested", "Team meetings requested a week", summary.meetingsRequested());
            put(values, labels, "meetings_placed", "Team meetings placed", summary.meetingsScheduled());
            put(values, labels, "meeting_bound", "Team meetings placeable at most (bound)", solved.bound().bound());
            put(values, labels, "mean_collab_minutes_all_staff",
                    "Collaborative minutes per teacher a week (mean over all teaching staff)",
                    summary.meanCollaborativeMinutesAllStaff());
            put(values, labels, "min_collab_minutes_all_staff",
                    "Collaborative minutes per teacher a week (min over all teaching staff)",
                    summary.minCollaborativeMinutesAllStaff());
            put(values, labels, "mean_collab_minutes", "Collaborative minutes per teacher a week (mean over teachers "
                    + "on teams)", summary.meanCollaborativeMinutes());
            put(values, labels, "min_collab_minutes", "Collaborative minutes per teacher a week (min over teachers on"
                    + " teams)", summary.minCollaborativeMinutes());
            put(values, labels, "share_teams_at_target", "Teams at the " + summary.collabTargetMinutes()
                    + "-minute target (share)", summary.shareOfTeamsAtTarget());
            put(values, labels, "pd_hours_per_year_all_staff",
                    "Professional-learning hours per teacher a year (mean over all teaching staff)",
                    summary.meanPdHoursPerYearAllStaff());
            put(values, labels, "staff_at_pd_threshold", "Teaching staff at the 15-hour threshold",
                    summary.atPdThresholdAllStaff());
            put(values, labels, "share_at_pd_threshold_all_staff",
                    "Share of all teaching staff at the 15-hour threshold", summary.shareAtPdThresholdAllStaff());
            put(values, labels, "pd_hours_per_teacher_year",
                    "Professional-learning hours per teacher a year (mean over teachers on teams)",
                    summary.meanPdHoursPerTeacherYear());
            put(values, labels, "teachers_at_pd_threshold", "Teachers on teams at the 15-hour threshold",
                    summary.teachersOnTeamsAtPdThreshold());
            put(values, labels, "share_at_pd_threshold", "Share of teachers on teams at the 15-hour threshold",
                    summary.shareOfTeachersAtPdThreshold());
            put(values, labels, "release_fte", "Release (FTE)", summary.releaseFte());
            put(values, labels, "release_cost", "Release cost a year (" + summary.currency() + ")",
                    summary.releaseCost());
            put(values, labels, "cost_per_collab_hour", "Release cost per collaborative teacher-hour ("
                    + summary.currency() + ")", summary.costPerCollaborativeHour());
            put(values, labels, "staff_teaching_lessons", "Staff who teach lessons", teachingLessons.size());
            put(values, labels, "mean_teaching_minutes", "Teaching load: mean minutes of lessons a week of the staff "
                    + "who teach lessons (homeroom time not counted)", Math.round(meanTeaching * 10) / 10.0);
            put(values, labels, "solve_seconds", "Solve time (s)", Math.round(solved.seconds() * 10) / 10.0);
        }
        List<Metric> metrics = new ArrayList<>();
        values.forEach((id, row) -> metrics.add(new Metric(id, labels.get(id), List.copyOf(row))));

        Map<String, TeamRow> teams = new LinkedHashMap<>();
        for (int s = 0; s < scenarios.size(); s++) {
            SchoolSolve.Solved solved = scenarios.get(s).solved();
            for (CollaborationReport.TeamReport team : solved.report().teams()) {
                TeamRow row = teams.computeIfAbsent(team.id(), id -> new TeamRow(id, team.name(),
                        nulls(scenarios.size()), nulls(scenarios.size())));
                row.scheduledMinutes().set(s, team.scheduledMinutes());
                row.requestedMinutes().set(s, team.requestedMinutes());
            }
        }
        List<TeamRow> teamRows = teams.values().stream().map(row -> new TeamRow(row.id(), row.name(),
                Collections.unmodifiableList(row.scheduledMinutes()),
                Collections.unmodifiableList(row.requestedMinutes()))).toList();

        School baseline = scenarios.get(0).solved().school();
        List<List<ScenarioDiff.Change>> changes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            changes.add(scenario == scenarios.get(0) ? List.of()
                    : ScenarioDiff.between(baseline, scenario.solved().school()));
        }
        CollaborationReport.Summary first = scenarios.get(0).solved().report().summary();
        return new Comparison(names, metrics, teamRows, changes, first.collabTargetMinutes(), first.currency());
    }

    private static void put(Map<String, List<Object>> values, Map<String, String> labels, String id, String label,
            Object value) {
        labels.putIfAbsent(id, label);
        values.computeIfAbsent(id, key -> new ArrayList<>()).add(value);
    }

    private static List<Integer> nulls(int size) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(null);
        }
        return list;
    }

    /** The metric with this id. */
    public Metric metric(String id) {
        return metrics.stream().filter(metric -> metric.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + id));
    }
}
