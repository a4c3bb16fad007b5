package org.commonplan.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.commonplan.output.ScheduleWriter;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.report.CollaborationReport;
import org.commonplan.solver.RuleScore;
import org.commonplan.solver.ScheduleSolver;

/**
 * What a job's schedule gives a client, rendered once per best schedule: the collaboration report, the score
 * analysis (only once every lesson has a block and a room) and the output files of the README.
 *
 * @param source the schedule these were rendered from
 */
record JobOutputs(School source, boolean complete, CollaborationReport report, List<RuleScore> analysis,
        Map<String, byte[]> files) {

    static JobOutputs render(School school) {
        boolean complete = isComplete(school);
        CollaborationReport report = CollaborationReport.of(school);
        List<RuleScore> analysis = complete ? ScheduleSolver.explain(school) : List.of();
        try {
            return new JobOutputs(school, complete, report, analysis, ScheduleWriter.render(school, report, analysis));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output files zipped, as the solve command writes them to a folder. */
    byte[] zip() {
        return Zips.of(files);
    }

    /** Every lesson has a block and a room: the solver got past building its first schedule. */
    static boolean isComplete(School school) {
        for (Lesson lesson : school.getLessons()) {
            if (lesson.getBlock() == null || lesson.getRoom() == null) {
                return false;
            }
        }
        return true;
    }
}
