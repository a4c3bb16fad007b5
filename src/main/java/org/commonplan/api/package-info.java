/**
 * The HTTP service, last in the flow bundle -> domain -> solver -> report -> output -> api/cli: thin controllers,
 * the job service around Timefold's SolverManager with its bounded queue, problem+json errors, access control.
 */
package org.commonplan.api;
