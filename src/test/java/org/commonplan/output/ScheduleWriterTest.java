package org.commonplan.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.commonplan.bundle.BundleReader;
import org.commonplan.bundle.TestBundles;
import org.commonplan.domain.School;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.report.CollaborationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleWriterTest {

    @TempDir
    Path dir;

    @Test
    void teamMeetingsAreWrittenInTheOrderOfTeamsCsvThoughTheSolverHoldsThemById() throws Exception {
        Path bundle = TestBundles.copyOf("small-middle", dir, "reversed");
        List<String> lines = new ArrayList<>(Files.readAllLines(bundle.resolve("teams.csv")));
        Collections.reverse(lines.subList(1, lines.size()));
        Files.write(bundle.resolve("teams.csv"), lines);
        School school = BundleReader.read(bundle);

        String written = new String(ScheduleWriter.render(school, CollaborationReport.of(school), List.of())
                .get(ScheduleWriter.TEAM_MEETINGS), StandardCharsets.UTF_8);

        List<String> teamsInRows = lines.subList(1, lines.size()).stream().map(line -> line.split(",")[0]).toList();
        List<String> teamsWritten = written.lines().skip(1).map(line -> line.split(",")[0]).distinct().toList();
        assertThat(teamsWritten).isEqualTo(teamsInRows);
        assertThat(school.getMeetings()).extracting(TeamMeeting::getTeam).extracting(Team::getId)
                .isSortedAccordingTo(String::compareTo);
        assertThat(written.lines().skip(1)).hasSameSizeAs(school.getMeetings());
    }
}
