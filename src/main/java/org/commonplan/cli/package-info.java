/**
 * The command line, last in the flow bundle -> domain -> solver -> report -> output -> api/cli: one picocli class per
 * command (validate, solve, batch, compare, generate, bench, serve, import-fet); results on stdout, progress on
 * stderr, exit codes that mean something.
 */
package org.commonplan.cli;
