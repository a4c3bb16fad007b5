package org.commonplan.api;

import org.commonplan.domain.School;

/** What POST /validate answers for a bundle that reads: what was read, as the validate command prints it. */
public record ValidationSummary(String school, boolean valid, int teachers, int rooms, int groups, int sections,
        int lessons, int teams, int meetings, int coachingPairs, int timeslots, int days, String summary) {

    static ValidationSummary of(School school) {
        int timeslots = school.getBellSchedule().getTimeslots().size();
        int days = school.getBellSchedule().getDays().size();
        String summary = String.format("%s: OK - %d teachers, %d rooms, %d groups, %d sections (%d lessons), "
                        + "%d teams (%d meetings/week), %d coaching pairs, %d timeslots over %d days",
                school.getName(), school.getTeachers().size(), school.getRooms().size(), school.getGroups().size(),
                school.getSections().size(), school.getLessons().size(), school.getTeams().size(),
                school.getMeetings().size(), school.getCoachingPairs().size(), timeslots, days);
        return new ValidationSummary(school.getName(), true, school.getTeachers().size(), school.getRooms().size(),
                school.getGroups().size(), school.getSections().size(), school.getLessons().size(),
                school.getTeams().size(), school.getMeetings().size(), school.getCoachingPairs().size(), timeslots,
                days, summary);
    }
}
