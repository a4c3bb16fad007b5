/**
 * Input files, first in the flow bundle -> domain -> solver -> report -> output -> api/cli: reads a bundle (CSV
 * folder, zip or JSON) into a {@code School} with every mistake named by file, line and column, within the limits
 * of one school ({@code Limits}). Nothing else parses input; the output files are written by {@code output}.
 */
package org.commonplan.bundle;
