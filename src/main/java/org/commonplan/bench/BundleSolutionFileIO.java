package org.commonplan.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import ai.timefold.solver.persistence.common.api.domain.solution.SolutionFileIO;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.output.ScheduleWriter;
import org.commonplan.domain.School;
import org.commonplan.report.CollaborationReport;

/** Lets the Timefold Benchmarker read bundle folders and write solved schedules as the output files. */
public class BundleSolutionFileIO implements SolutionFileIO<School> {

    @Override
    public String getInputFileExtension() {
        return "csv";
    }

    @Override
    public School read(File bundle) {
        try {
            return BundleReader.read(bundle.toPath());
        } catch (BundleException e) {
            throw new IllegalArgumentException("Benchmark input " + bundle + " is not a valid bundle:\n"
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(School school, File outputFolder) {
        try {
            ScheduleWriter.write(ScheduleWriter.render(school, CollaborationReport.of(school), List.of()),
                    outputFolder.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
