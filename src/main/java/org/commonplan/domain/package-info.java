/**
 * The planning model, second in the flow bundle -> domain -> solver -> report -> output -> api/cli: a
 * {@code School} (the planning solution) of teachers, rooms, student groups, sections and teams over a bell
 * schedule of timeslots and blocks; {@code Lesson} and {@code TeamMeeting} are the planning entities whose block
 * (and room) the solver chooses. Plain data, the few derived lookups the rules need, and the catalogue of rule ids
 * and default weights ({@code Rule}) that the settings reader and the solver both read; it knows nothing of files,
 * HTTP or reports.
 */
package org.commonplan.domain;
