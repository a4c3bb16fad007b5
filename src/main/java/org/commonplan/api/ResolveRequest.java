package org.commonplan.api;

import java.util.List;

/**
 * A re-solve from a job's current schedule, for minimal-change edits: the listed lessons and meetings keep their
 * block (and room) and the solver moves only the rest. Pins already in the schedule (fixed_block/fixed_room, or
 * an earlier re-solve) stay.
 *
 * @param pinLessons  lesson ids to pin: the section id, or {@code SECTION#n} for a section with several lessons
 * @param pinMeetings team meeting ids to pin: {@code TEAM#n}
 * @param pinAll      pin every placed lesson and meeting
 * @param timeLimit   solve time such as {@code 10s}; default the original job's
 * @param stopWhen    {@code feasible} or {@code complete} to stop before the time limit; default the original job's
 */
public record ResolveRequest(List<String> pinLessons, List<String> pinMeetings, Boolean pinAll, String timeLimit,
        String stopWhen) {

    public static final ResolveRequest NONE = new ResolveRequest(List.of(), List.of(), false, null, null);

    public ResolveRequest {
        pinLessons = pinLessons == null ? List.of() : List.copyOf(pinLessons);
        pinMeetings = pinMeetings == null ? List.of() : List.copyOf(pinMeetings);
        pinAll = Boolean.TRUE.equals(pinAll);
    }
}
