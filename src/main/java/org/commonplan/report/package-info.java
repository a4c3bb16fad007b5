/**
 * What a schedule is worth, after the solver in the flow bundle -> domain -> solver -> report -> output -> api/cli:
 * the collaboration report (minutes, PD hours, release cost) computed from the schedule itself, its own recount of
 * the hard rules ({@code RuleCheck}, {@code ShapeCheck}), independent of the score, and why a problem is infeasible
 * ({@code Infeasibility}); the meeting bound it shows is worked out in {@code bound}, before the solver.
 */
package org.commonplan.report;
