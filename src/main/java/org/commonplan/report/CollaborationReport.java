package org.commonplan.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.CoachingPair;
import org.commonplan.domain.School;
import org.commonplan.domain.Settings;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Timeslot;

/**
 * The collaboration report of the README, computed from the schedule alone (never from the score).
 */
public record CollaborationReport(String school, Summary summary, List<TeamReport> teams,
        List<TeacherReport> teachers, List<CoachingReport> coaching, List<RuleCheck.Violation> hardViolations) {

    /** Professional-learning hours a year above which practice changes, per the research on teacher collaboration (docs/concepts.md). */
    public static final double PD_THRESHOLD_HOURS = 15.0;

    public record TeamReport(String id, String name, String kind, int members, int meetingsRequested,
            int meetingsScheduled, int requestedMinutes, int scheduledMinutes, int commonFreeMinutes,
            boolean targetMet) {
    }

    public record TeacherReport(String id, String name, String role, int teachingMinutes, int meetingMinutes,
            int planningMinutes, int releaseMinutes, int homeroomMinutes, double pdHoursPerYear) {
    }

    /**
     * A coaching pair's week: the observations planned (timeslots in observations.csv, the leader in one classroom at
     * a time), not every timeslot that could serve.
     *
     * @param timeslots the planned observations' timeslots, e.g. {@code MON-P3}
     */
    public record CoachingReport(String leader, String teacher, int observationsWanted, int observationsPlanned,
            List<String> timeslots) {
    }

    /**
     * The figures per teacher are given twice: over all teaching staff (everyone who teaches a section, is with a
     * homeroom class, or is on a team: the headline) and over the teachers on at least one team (the figures the
     * report gave first, under their first names).
     *
     * @param teachers                   every teacher of teachers.csv
     * @param staff                      teaching staff: who teaches, has a homeroom class or is on a team
     * @param teachersOnTeams            teachers on at least one team (as member or leader)
     * @param staffOnNoTeam              teaching staff on no team: their collaborative minutes are 0
     * @param meanCollaborativeMinutesAllStaff team-meeting minutes a week, mean over the teaching staff
     * @param minCollaborativeMinutesAllStaff  the least of those (0 when anyone is on no team)
     * @param meanCollaborativeMinutes   team-meeting minutes a week, mean over teachers on at least one team
     * @param minCollaborativeMinutes    the least of those
     * @param meanPdHoursPerYearAllStaff professional-learning hours a year, mean over the teaching staff
     * @param shareAtPdThresholdAllStaff share of the teaching staff at the 15-hour threshold
     * @param atPdThresholdAllStaff      how many of the teaching staff that is
     * @param meanPdHoursPerTeacherYear  professional-learning hours a year, mean over teachers on teams
     * @param shareOfTeachersAtPdThreshold share of teachers on teams at the 15-hour threshold
     * @param teachersOnTeamsAtPdThreshold how many teachers on teams that is
     * @param costPerCollaborativeHour   release cost a year divided by teacher-hours of meetings a year
     */
    public record Summary(boolean feasible, int hardViolationCount, int meetingsRequested, int meetingsScheduled,
            int teachers, int staff, int teachersOnTeams, int staffOnNoTeam, double meanCollaborativeMinutesAllStaff,
            int minCollaborativeMinutesAllStaff, double meanCollaborativeMinutes, int minCollaborativeMinutes,
            double shareOfTeamsAtTarget, double meanPdHoursPerYearAllStaff, double shareAtPdThresholdAllStaff,
            int atPdThresholdAllStaff, double meanPdHoursPerTeacherYear, double shareOfTeachersAtPdThreshold,
            int teachersOnTeamsAtPdThreshold, double releaseFte, double releaseCost, double costPerCollaborativeHour,
            String currency, int collabTargetMinutes, int instructionalWeeks) {
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
        Set<Teacher> teaching = new HashSet<>();
        school.getSections().forEach(section -> teaching.addAll(section.getStaff()));
        double collaborativeSum = 0;
        int minCollaborative = Integer.MAX_VALUE;
        int onTeams = 0;
        int atThreshold = 0;
        double pdHoursSum = 0;
        int staff = 0;
        int minCollaborativeAllStaff = Integer.MAX_VALUE;
        int atThresholdAllStaff = 0;
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
            int free = minutesBy[Activity.PLANNING.ordinal()] + minutesBy[Activity.RELEASE.ordinal()]
                    + minutesBy[Activity.OBSERVING.ordinal()];
            int release = Math.min(free, teacher.getReleaseMinutesPerWeek());
            int meetingMinutes = minutesBy[Activity.MEETING.ordinal()];
            double pdHours = meetingMinutes * (double) settings.instructionalWeeks() / 60.0;
            teachers.add(new TeacherReport(teacher.getId(), teacher.getName(), teacher.getRole().name(),
                    minutesBy[Activity.TEACHING.ordinal()], meetingMinutes, free - release, release,
                    minutesBy[Activity.HOMEROOM.ordinal()], round(pdHours)));
            boolean onTeam = school.getTeams().stream().anyMatch(team -> team.getAttendees().contains(teacher));
            if (onTeam || teaching.contains(teacher) || teacher.getHomeroom() != null) {
                // Meeting minutes and PD hours add up the same over all staff: those on no team add 0.
                staff++;
                minCollaborativeAllStaff = Math.min(minCollaborativeAllStaff, meetingMinutes);
                atThresholdAllStaff += pdHours >= PD_THRESHOLD_HOURS ? 1 : 0;
            }
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
            List<String> timeslots = schedule.observations().stream()
                    .filter(observation -> observation.pair().equals(pair))
                    .map(observation -> bellSchedule.getTimeslot(observation.slot()).id()).toList();
            coaching.add(new CoachingReport(pair.leader().getId(), pair.teacher().getId(),
                    pair.observationsPerWeek(), timeslots.size(), timeslots));
        }

        List<RuleCheck.Violation> violations = RuleCheck.hardViolations(schedule);
        int requested = school.getMeetings().size();
        int scheduled = (int) school.getMeetings().stream().filter(m -> m.getBlock() != null).count();
        double collaborativeHoursPerYear = collaborativeSum * settings.instructionalWeeks() / 60.0;
        Summary summary = new Summary(violations.isEmpty(),
                violations.stream().mapToInt(RuleCheck.Violation::units).sum(), requested, scheduled,
                school.getTeachers().size(), staff, onTeams, staff - onTeams,
                staff == 0 ? 0 : round(collaborativeSum / staff), staff == 0 ? 0 : minCollaborativeAllStaff,
                onTeams == 0 ? 0 : round(collaborativeSum / onTeams), onTeams == 0 ? 0 : minCollaborative,
                teams.isEmpty() ? 0 : round((double) teamsAtTarget / teams.size()),
                staff == 0 ? 0 : round(pdHoursSum / staff), staff == 0 ? 0 : round((double) atThresholdAllStaff / staff),
                atThresholdAllStaff, onTeams == 0 ? 0 : round(pdHoursSum / onTeams),
                onTeams == 0 ? 0 : round((double) atThreshold / onTeams), atThreshold,
                round(releaseFte), Math.round(releaseCost), collaborativeHoursPerYear == 0 ? 0
                        : round(releaseCost / collaborativeHoursPerYear),
                settings.currency(), settings.collabTargetMinutes(), settings.instructionalWeeks());
        return new CollaborationReport(school.getName(), summary, teams, teachers, coaching, violations);
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
