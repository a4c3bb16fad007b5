package org.commonplan.report;

/** What a teacher does in one timeslot, as shown in timetable.csv; OBSERVING is a leader watching a coached teacher. */
public enum Activity {
    TEACHING, MEETING, PLANNING, RELEASE, HOMEROOM, LUNCH, UNAVAILABLE, OBSERVING
}
