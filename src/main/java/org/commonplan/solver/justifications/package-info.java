/**
 * One record per rule that explains a match of it in the school's words, for score analysis and the report.
 */
package org.commonplan.solver.justifications;
