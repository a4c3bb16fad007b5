/**
 * Benchmarks of the solver with Timefold's Benchmarker and the time-to-complete table, behind {@code bench}.
 */
package org.commonplan.bench;
