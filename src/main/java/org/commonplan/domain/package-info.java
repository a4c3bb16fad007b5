/**
 * The planning model, second in the flow bundle -> domain -> solver -> report -> api/cli: a {@code School} (the
 * planning solution) of teachers, rooms, student groups, sections and teams over a bell schedule of timeslots and
 * blocks; {@code Lesson} and {@code TeamMeeting} are the planning entities whose block (and room) the solver
 * chooses. Plain data and the few derived lookups the rules need; it knows nothing of files, HTTP or reports.
 */
package org.commonplan.domain;
