/**
 * What a schedule is worth, after the solver in the flow bundle -> domain -> solver -> report -> output -> api/cli:
 * the collaboration report (minutes, PD hours, release cost) computed from the schedule itself, its own recount of
 * the hard rules ({@code RuleCheck}, {@code ShapeCheck}), independent of the score, and the meeting bound.
 */
package org.commonplan.report;
