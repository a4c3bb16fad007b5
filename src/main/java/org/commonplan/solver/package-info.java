/**
 * The rules and the search, third in the flow bundle -> domain -> solver -> report -> output -> api/cli:
 * {@code ScheduleConstraintProvider} (one method per rule, ids and default weights in {@code domain.Rule}), the
 * incremental tallies the rules read ({@code TeacherWeek}, {@code CourseWeek}, {@code GroupWeek}) and the solver
 * configuration. It reads the domain only: no files, no HTTP.
 */
package org.commonplan.solver;
