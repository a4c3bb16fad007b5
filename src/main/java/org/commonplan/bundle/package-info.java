/**
 * Input and output files, first and last in the flow bundle -> domain -> solver -> report -> api/cli: reads a
 * bundle (CSV folder, zip or JSON) into a {@code School} with every mistake named by file, line and column, within
 * the limits of one school ({@code Limits}), and writes the output files. Nothing else parses input.
 */
package org.commonplan.bundle;
