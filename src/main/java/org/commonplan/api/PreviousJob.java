package org.commonplan.api;

import java.util.List;
import java.util.Map;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.PreviousScheduleReader;
import org.commonplan.domain.LockedOut;
import org.commonplan.domain.PreviousSchedule;
import org.commonplan.domain.School;
import org.commonplan.output.ScheduleWriter;

/**
 * A finished job's best schedule as the one a changed school starts from, read from the job's own
 * master_schedule.csv and team_meetings.csv exactly as {@code solve --previous} reads them from an output folder.
 */
final class PreviousJob {

    private PreviousJob() {
    }

    /** The lock a client wrote (as {@code --lock}), or a 400 that says what is wrong with it. */
    static PreviousSchedule.Lock lock(String text, School school) {
        PreviousSchedule.Lock lock;
        try {
            lock = PreviousSchedule.Lock.parse(text);
        } catch (IllegalArgumentException wrong) {
            throw ApiException.badRequest(wrong.getMessage() + ".");
        }
        List<String> unknown = lock.unknownIds(school);
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("lock \"" + text.strip() + "\" names " + String.join(", ", unknown)
                    + ", which the school does not have.");
        }
        return lock;
    }

    /** The best schedule of a finished job that {@link #startFrom} started a school from, to store with it. */
    static SavedSchedule scheduleOf(ScheduleJob job) {
        Map<String, byte[]> files = job.outputs().files();
        return new SavedSchedule(files.get(ScheduleWriter.MASTER_SCHEDULE), files.get(ScheduleWriter.TEAM_MEETINGS));
    }

    /**
     * Starts {@code school} from the best schedule of {@code job}, keeping each lesson and meeting where it was as
     * far as the school allows and pinning those the lock names.
     *
     * @throws ApiException 409 when the job is still solving or has no schedule, 400 when the lock leaves a lesson
     *                      the change needs placed nowhere to go
     */
    static PreviousSchedule.Start startFrom(School school, ScheduleJob job, PreviousSchedule.Lock lock)
            throws BundleException {
        ScheduleJob.State state = job.state();
        if (state.status().isActive()) {
            throw ApiException.conflict("Job " + job.id() + " is still " + state.status() + "; a school starts from "
                    + "its schedule once it is DONE: wait, or stop it (DELETE) first.");
        }
        JobOutputs outputs = job.outputs();
        if (outputs == null) {
            throw ScheduleJobService.noSchedule(state);
        }
        PreviousSchedule.Start start = PreviousScheduleReader.read(outputs.files()).applyTo(school, lock);
        List<String> lockedOut = lock == PreviousSchedule.Lock.NONE ? List.of() : LockedOut.find(school);
        if (!lockedOut.isEmpty()) {
            throw ApiException.badRequest("The lock keeps no place for " + lockedOut.size() + " lesson(s) the "
                    + "change needs placed: " + String.join("; ", lockedOut) + ". Lock less (meetings, "
                    + "sections:ID;ID or teachers:ID;ID).");
        }
        return start;
    }
}
