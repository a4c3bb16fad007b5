/**
 * Output files, last in the flow bundle -> domain -> solver -> report -> output -> api/cli: renders a solved
 * {@code School} and its report into master_schedule.csv, team_meetings.csv, blocks.csv, timetable.csv,
 * changes.csv and report.json, writes CSV a spreadsheet cannot take for formulas, and keeps every output folder
 * from harming anything else the user keeps there. Reading input stays in {@code bundle}.
 */
package org.commonplan.output;
