package org.commonplan.domain;

/** A teacher-leader and a teacher they coach, with the observation timeslots a week they want. */
public record CoachingPair(Teacher leader, Teacher teacher, int observationsPerWeek) {

    public String id() {
        return leader.getId() + "->" + teacher.getId();
    }
}
