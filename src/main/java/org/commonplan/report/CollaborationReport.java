package org.commonplan.report;

import java.util.ArrayList;
import java.util.List;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.CoachingPair;
import org.commonplan.domain.School;
import org.commonplan.domain.Settings;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Timeslot;

/**
 * The collaboration report of SPEC §4, computed from the schedule alone (never from the score).
 */
public record CollaborationReport(String school, Summary summary, List<TeamReport> teams,
        List<TeacherReport> teachers, List<CoachingReport> coaching, List<RuleCheck.Violation> hardViolations) {

    /** Professional-learning hours a year above which practice changes, per the research the spec cites. */
    public static final double PD_THRESHOLD_HOURS = 15.0;

    public record TeamReport(String id, String name, String kind, int members, int meetingsRequested,
            int meetingsScheduled, int requestedMinutes, int scheduledMinutes, int commonFreeMinutes,
            boolean targetMet) {
    }

    public record TeacherReport(String id, String name, String role, int teachingMinutes, int meetingMinutes,
            int planningMinutes, int releaseMinutes, int homeroomMinutes, double pdHoursPerYear) {
    }

    public record CoachingReport(String leader, String teacher, int observationsWanted, int observationsFound) {
    }

    /**
     * @param meanCollaborativeMinutes   mean team-meeting minutes a week over teachers on at least one team
     * @param minCollaborativeMinutes    the least of those
     * @param costPerCollaborativeHour   release cost a year divided by teacher-hours of meetings a year
     */
    public record Summary(boolean feasible, int hardViolationCount, int meetingsRequested, int meetingsScheduled,
            int teachers, int teachersOnTeams, double meanCollaborativeMinutes, int minCollaborativeMinutes,
            double shareOfTeamsAtTarget, double meanPdHoursPerTeacherYear, double shareOfTeachersAtPdThreshold,
            double releaseFte, double releaseCost, double costPerCollaborativeHour, String currency,
            int collabTargetMinutes, int instructionalWeeks) {
    }

    public static CollaborationReport of(School school) {
        TeacherSchedule schedule = new TeacherSchedule(school);
        Settings settings = school.getSettings();
        BellSchedule bellSchedule = school.getBellSchedule();

        List<TeamReport> teams = new ArrayList<>();
        int teamsAtTarget = 0;
        for (Team team : school.getTeams()) {
            List<TeamMeeting> meetings = school.getMeetings().stream().filter(m -> m.getTeam() == team).toList();
            List<TeamMeeting> scheduled = meetings.stream().filter(m -> m.getBlock() != null).toList();
            int scheduledMinutes = scheduled.stream().mapToInt(m -> m.getBlock().getMinutes()).sum();
            int requestedMinutes = meetings.stream().mapToInt(TeamMeeting::getMinutes).sum();
            int commonFree = 0;
            for (Timeslot timeslot : bellSchedule.getTimeslots()) {
                int slot = timeslot.index();
                if (timeslot.isClass() && team.getAttendees().stream().allMatch(t -> schedule.isFree(t, slot))) {
                    commonFree += timeslot.minutes();
                }
            }
            boolean atTarget = scheduledMinutes >= settings.collabTargetMinutes();
            teamsAtTarget += atTarget ? 1 : 0;
            teams.add(new TeamReport(team.getId(), team.getName(), team.getKind().name(),
                    team.getAttendees().size(), meetings.size(), scheduled.size(), requestedMinutes,
                    scheduledMinutes, commonFree, atTarget));
        }

        List<TeacherReport> teachers = new ArrayList<>();
        double collaborativeSum = 0;
        int minCollaborative = Integer.MAX_VALUE;
        int onTeams = 0;
        int atThreshold = 0;
        double pdHoursSum = 0;
        double releaseFte = 0;
        double releaseCost = 0;
        for (Teacher teacher : school.getTeachers()) {
            int[] minutesBy = new int[Activity.values().length];
            Activity[] activities = schedule.activities(teacher);
            for (Timeslot timeslot : bellSchedule.getTimeslots()) {
                Activity activity = activities[timeslot.index()];
                if (activity != null) {
                    minutesBy[activity.ordinal()] += timeslot.minutes();
                }
            }
            int free = minutesBy[Activity.PLANNING.ordinal()] + minutesBy[Activity.RELEASE.ordinal()];
            int release = Math.min(free, teacher.getReleaseMinutesPerWeek());
            int meetingMinutes = minutesBy[Activity.MEETING.ordinal()];
            double pdHours = meetingMinutes * (double) settings.instructionalWeeks() / 60.0;
            teachers.add(new TeacherReport(teacher.getId(), teacher.getName(), teacher.getRole().name(),
                    minutesBy[Activity.TEACHING.ordinal()], meetingMinutes, free - release, release,
                    minutesBy[Activity.HOMEROOM.ordinal()], round(pdHours)));
            boolean onTeam = school.getTeams().stream().anyMatch(team -> team.getAttendees().contains(teacher));
            if (onTeam) {
                onTeams++;
                collaborativeSum += meetingMinutes;
                minCollaborative = Math.min(minCollaborative, meetingMinutes);
                pdHoursSum += pdHours;
                atThreshold += pdHours >= PD_THRESHOLD_HOURS ? 1 : 0;
            }
            if (teacher.getReleasePerDay() > 0 && bellSchedule.getClassPeriodsPerDay() > 0) {
                double fte = teacher.getReleasePerDay() / (double) bellSchedule.getClassPeriodsPerDay();
                releaseFte += fte;
                releaseCost += fte * teacher.getSalary();
            }
        }

        List<CoachingReport> coaching = new ArrayList<>();
        for (CoachingPair pair : school.getCoachingPairs()) {
            int found = 0;
            for (Timeslot timeslot : bellSchedule.getTimeslots()) {
                int slot = timeslot.index();
                if (timeslot.isClass() && schedule.isFree(pair.leader(), slot)
                        && schedule.isInstructing(pair.teacher(), slot)) {
                    found++;
                }
            }
            coaching.add(new CoachingReport(pair.leader().getId(), pair.teacher().getId(),
                    pair.observationsPerWeek(), found));
        }

        List<RuleCheck.Violation> violations = RuleCheck.hardViolations(schedule);
        int requested = school.getMeetings().size();
        int scheduled = (int) school.getMeetings().stream().filter(m -> m.getBlock() != null).count();
        double collaborativeHoursPerYear = collaborativeSum * settings.instructionalWeeks() / 60.0;
        Summary summary = new Summary(violations.isEmpty(), violations.stream().mapToInt(RuleCheck.Violation::units).sum(),
                requested, scheduled, school.getTeachers().size(), onTeams,
                onTeams == 0 ? 0 : round(collaborativeSum / onTeams), onTeams == 0 ? 0 : minCollaborative,
                teams.isEmpty() ? 0 : round((double) teamsAtTarget / teams.size()),
                onTeams == 0 ? 0 : round(pdHoursSum / onTeams), onTeams == 0 ? 0 : round((double) atThreshold / onTeams),
                round(releaseFte), Math.round(releaseCost), collaborativeHoursPerYear == 0 ? 0
                        : round(releaseCost / collaborativeHoursPerYear),
                settings.currency(), settings.collabTargetMinutes(), settings.instructionalWeeks());
        return new CollaborationReport(school.getName(), summary, teams, teachers, coaching, violations);
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
