package org.commonplan.api;

import java.util.List;

import org.commonplan.domain.School;
import org.commonplan.report.Infeasibility;

/**
 * What POST /validate answers for a bundle that reads: what was read, as the validate command prints it, and what
 * no schedule of it can give.
 *
 * @param schedulable   false when counts made before solving show that no schedule gives the school in full
 * @param infeasibility those causes, each in one sentence (empty when schedulable)
 */
public record ValidationSummary(String school, boolean valid, boolean schedulable, int teachers, int rooms,
        int groups, int sections, int lessons, int teams, int meetings, int coachingPairs, int timeslots, int days,
        String summary, List<Infeasibility.Cause> infeasibility) {

    static ValidationSummary of(School school) {
        int timeslots = school.getBellSchedule().getTimeslots().size();
        int days = school.getBellSchedule().getDays().size();
        Infeasibility infeasibility = Infeasibility.of(school);
        String verdict = infeasibility.isEmpty() ? "OK"
                : "CANNOT BE SCHEDULED IN FULL (" + infeasibility.causes().size() + " cause(s) below)";
        String summary = String.format("%s: %s - %d teachers, %d rooms, %d groups, %d sections (%d lessons), "
                        + "%d teams (%d meetings/week), %d coaching pairs, %d timeslots over %d days",
                school.getName(), verdict, school.getTeachers().size(), school.getRooms().size(),
                school.getGroups().size(), school.getSections().size(), school.getLessons().size(),
                school.getTeams().size(), school.getMeetings().size(), school.getCoachingPairs().size(), timeslots,
                days);
        return new ValidationSummary(school.getName(), true, infeasibility.isEmpty(), school.getTeachers().size(),
                school.getRooms().size(), school.getGroups().size(), school.getSections().size(),
                school.getLessons().size(), school.getTeams().size(), school.getMeetings().size(),
                school.getCoachingPairs().size(), timeslots, days, summary, infeasibility.causes());
    }
}
