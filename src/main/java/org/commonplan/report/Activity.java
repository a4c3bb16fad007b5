package org.commonplan.report;

/** What a teacher does in one timeslot, as shown in timetable.csv. */
public enum Activity {
    TEACHING, MEETING, PLANNING, RELEASE, HOMEROOM, LUNCH, UNAVAILABLE
}
