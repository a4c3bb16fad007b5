package org.commonplan.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.PreviousScheduleReader;
import org.commonplan.output.ScheduleWriter;
import org.commonplan.domain.PreviousSchedule;
import org.commonplan.domain.School;

/**
 * Where a schedule put each lesson and meeting, saved as the master_schedule.csv and team_meetings.csv that
 * {@code solve} writes and read back by the same reader as {@code solve --previous}. Put back into the school read
 * again from its bundle, it is that schedule again, without the re-solve's cost of moving from it.
 */
record SavedSchedule(byte[] lessons, byte[] meetings) {

    static SavedSchedule of(School school) {
        try {
            return new SavedSchedule(ScheduleWriter.masterSchedule(school), ScheduleWriter.teamMeetings(school));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes this the earlier schedule the school keeps close to, as {@code solve --previous} does (the school read
     * from the same bundle, no lock): each lesson and meeting marked with where it was, and started there when the
     * school allows that place.
     */
    void startAsPrevious(School school) throws BundleException {
        PreviousScheduleReader.read(files()).applyTo(school, PreviousSchedule.Lock.NONE);
    }

    private Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ScheduleWriter.MASTER_SCHEDULE, lessons);
        if (meetings != null) {
            files.put(ScheduleWriter.TEAM_MEETINGS, meetings);
        }
        return files;
    }

    /** Places every lesson and meeting of the school (read from the same bundle) where this schedule had it. */
    void placeInto(School school) throws BundleException {
        PreviousScheduleReader.read(files()).placeInto(school);
    }
}
