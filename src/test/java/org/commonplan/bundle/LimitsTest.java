package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What one school may hold, checked while the bundle is read, each limit named on the row that passes it. */
class LimitsTest {

    private static List<String> problems(Map<String, byte[]> files) {
        BundleException error = assertThrows(BundleException.class, () -> BundleReader.read(files, "school"));
        return error.problems().stream().map(BundleProblem::toString).toList();
    }

    private static void put(Map<String, byte[]> files, String file, CharSequence text) {
        files.put(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** small-elementary's bell schedule and rooms with {@code teachers} plain teachers t0, t1, ... and one section. */
    private static Map<String, byte[]> schoolOf(int teachers) throws Exception {
        Map<String, byte[]> files = TestBundles.filesOf("small-elementary");
        files.keySet().retainAll(List.of("bell_schedule.csv", "rooms.csv"));
        StringBuilder rows = new StringBuilder("id\n");
        for (int i = 0; i < teachers; i++) {
            rows.append('t').append(i).append('\n');
        }
        put(files, "teachers.csv", rows);
        put(files, "sections.csv", "id,course,teacher\nS1,C1,t0\n");
        return files;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void nineteenThousandTeachersInOneTeamAreRefusedBeforeAnySolve() throws Exception {
        Map<String, byte[]> files = schoolOf(19_000);
        StringBuilder team = new StringBuilder("id,kind,members\nALL,GRADE,");
        for (int i = 0; i < 19_000; i++) {
            team.append(i == 0 ? "" : ";").append('t').append(i);
        }
        put(files, "teams.csv", team.append('\n'));

        assertThat(problems(files)).containsExactly(
                "teachers.csv line 1002, column id: this is teacher 1,001 of 19,000; a school has at most 1,000"
                        + " teachers",
                "teams.csv line 2, column members: the cell lists 19,000 items, more than the limit of 1,000 in a"
                        + " cell");
    }

    @Test
    void aTeamOfTheLimitReadsAndOneMoreAttendeeIsRefused() throws Exception {
        Map<String, byte[]> files = schoolOf(Limits.MAX_TEAM_SIZE + 1);
        StringBuilder members = new StringBuilder();
        for (int i = 1; i < Limits.MAX_TEAM_SIZE; i++) {
            members.append(i == 1 ? "" : ";").append('t').append(i);
        }
        put(files, "teams.csv", "id,kind,members,leader\nFULL,GRADE," + members + ",t0\n");
        assertThat(BundleReader.read(files, "school").getTeams().get(0).getAttendees())
                .hasSize(Limits.MAX_TEAM_SIZE);

        put(files, "teams.csv", "id,kind,members,leader\nFULL,GRADE," + members + ";t0,t200\n");
        assertThat(problems(files)).containsExactly("teams.csv line 2, column members: the team has 201 attendees"
                + " (members and leader), more than the limit of 200 a team; split it into smaller teams");
    }

    @Test
    void teamMembershipsAreCountedOverTheTeams() throws Exception {
        Map<String, byte[]> files = schoolOf(200);
        StringBuilder everyone = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            everyone.append(i == 0 ? "" : ";").append('t').append(i);
        }
        StringBuilder teams = new StringBuilder("id,kind,members\n");
        for (int team = 1; team <= 26; team++) {
            teams.append("T").append(team).append(",GRADE,").append(everyone).append('\n');
        }
        put(files, "teams.csv", teams);

        assertThat(problems(files)).containsExactly("teams.csv line 27, column members: team memberships reach 5,200"
                + " with this team (each team's members and leader, added over the teams), more than the limit of"
                + " 5,000 in a school");
    }

    @Test
    void sectionsAreLimitedInNumberAndInTheBlockChoicesOfTheirLessons() throws Exception {
        Map<String, byte[]> files = schoolOf(1);
        // small-elementary has 35 CLASS timeslots: each section's 30 lessons may take any of 35 SINGLE blocks.
        StringBuilder sections = new StringBuilder("id,course,teacher,family,meetings\n");
        for (int i = 0; i < 477; i++) {
            sections.append('S').append(i).append(",C,t0,SINGLE,30\n");
        }
        put(files, "sections.csv", sections);
        assertThat(problems(files)).containsExactly("sections.csv line 478, column meetings: lessons and team"
                + " meetings reach 500,850 block choices with this row (each one times the blocks it may take), more"
                + " than the limit of 500,000 in a school; use families with fewer blocks, or fewer lessons or"
                + " meetings");

        sections = new StringBuilder("id,course,teacher\n");
        for (int i = 0; i <= Limits.MAX_SECTIONS; i++) {
            sections.append('S').append(i).append(",C,t0\n");
        }
        put(files, "sections.csv", sections);
        assertThat(problems(files)).containsExactly("sections.csv line 10002, column id: this is section 10,001 of"
                + " 10,001; a school has at most 10,000 sections");
    }

    @Test
    void teamMeetingsCountInTheBlockChoicesToo() throws Exception {
        Map<String, byte[]> files = schoolOf(1);
        StringBuilder teams = new StringBuilder("id,kind,members,meetings_per_week,family\n");
        for (int team = 1; team <= 286; team++) {
            teams.append('T').append(team).append(",GRADE,t0,50,SINGLE\n");
        }
        put(files, "teams.csv", teams);

        // The section's one DAILY lesson may take 7 blocks; each team's 50 meetings, 35.
        assertThat(problems(files)).containsExactly("teams.csv line 287, column meetings_per_week: lessons and team"
                + " meetings reach 500,507 block choices with this row (each one times the blocks it may take), more"
                + " than the limit of 500,000 in a school; use families with fewer blocks, or fewer lessons or"
                + " meetings");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aListOfMillionsOfItemsInOneCellIsOneProblem() throws Exception {
        Map<String, byte[]> files = TestBundles.filesOf("small-elementary");
        String teams = new String(files.get("teams.csv"), StandardCharsets.UTF_8);
        put(files, "teams.csv", teams.replace("rivera;chen;okafor", "rivera;chen;okafor;" + "chen;".repeat(1_500_000)));

        // The list is cut after 1,001 items, of which 998 repeat chen.
        List<String> problems = problems(files);
        assertThat(problems.get(0)).isEqualTo("teams.csv line 2, column members: the cell lists 1,500,003 items,"
                + " more than the limit of 1,000 in a cell");
        assertThat(problems).hasSize(Limits.MAX_PROBLEMS_PER_FILE + 1).last().asString()
                .startsWith("teams.csv: and 899 more problems not listed");
    }
}
