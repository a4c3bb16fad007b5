package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.commonplan.output.ScheduleWriter;
import org.commonplan.domain.School;
import org.commonplan.solver.ScheduleSolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A schedule saved and put back into the school read again from its upload is the same schedule. */
class SavedScheduleTest {

    /** One second stops a solve inside construction (some lessons unplaced), three lets it finish. */
    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aSavedScheduleReadBackIsTheSameSchedule(int seconds) throws Exception {
        StoredBundle upload = StoredBundle.zip(ApiClient.datasetZip("small-elementary"), "school");
        School solved = ScheduleSolver.solve(upload.read(), Duration.ofSeconds(seconds), 1L);

        School again = upload.read();
        SavedSchedule.of(solved).placeInto(again);

        assertThat(ScheduleWriter.masterSchedule(again)).isEqualTo(ScheduleWriter.masterSchedule(solved));
        assertThat(ScheduleWriter.teamMeetings(again)).isEqualTo(ScheduleWriter.teamMeetings(solved));
        assertThat(ScheduleSolver.score(again)).isEqualTo(ScheduleSolver.score(solved));
    }
}
