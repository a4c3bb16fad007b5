package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.BuildingLimits;
import org.commonplan.domain.School;
import org.commonplan.report.RuleCheck;
import org.junit.jupiter.api.Test;

/**
 * rooms.csv's building, the limits on building changes in teachers.csv and groups.csv and their school-wide
 * defaults in settings.csv: read, checked with file, line and column, and recounted from the schedule.
 */
class BuildingColumnsTest {

    /** Ana teaches 5A three periods on MON: NORTH, SOUTH, NORTH (two changes, none with a timeslot between). */
    private static Map<String, byte[]> bundle(String settings, String anaLimits, String groupLimits, String rooms) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bell_schedule.csv", """
                day,period,start,end,kind
                MON,P1,08:00,08:45,CLASS
                MON,P2,08:50,09:35,CLASS
                MON,P3,09:40,10:25,CLASS
                TUE,P1,08:00,08:45,CLASS
                """);
        files.put("settings.csv", "key,value\nmin_planning_minutes_per_week,0\nmax_teaching_per_day,3\n" + settings);
        files.put("teachers.csv", "id,max_building_changes_per_day,max_building_changes_per_week,"
                + "min_gaps_between_building_changes\nana," + anaLimits + "\n");
        files.put("rooms.csv", "id,capacity,building\n" + rooms);
        files.put("groups.csv", "id,size,max_building_changes_per_day,max_building_changes_per_week,"
                + "min_gaps_between_building_changes\n5A,25," + groupLimits + "\n");
        files.put("sections.csv", "id,course,teacher,groups,family,meetings,fixed_block,fixed_room,course_spread\n"
                + "MATH-5A,MATH,ana,5A,SINGLE,3,MON-P1;MON-P2;MON-P3,N1;S1;N1,no\n");
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    private static final String TWO_BUILDINGS = "N1,30,NORTH\nS1,30,SOUTH\n";

    private static List<String> recount(School school) {
        return RuleCheck.hardViolations(school).stream()
                .map(violation -> violation.rule() + " " + violation.units() + ": " + violation.description())
                .toList();
    }

    @Test
    void limitsAreReadPerTeacherAndGroupAndRecountedFromTheSchedule() throws Exception {
        School school = BundleReader.read(bundle("", "1,,", ",,1", TWO_BUILDINGS), "school");

        assertThat(school.getRooms()).extracting(room -> room.getBuilding()).containsExactly("NORTH", "SOUTH");
        assertThat(school.getTeachers().get(0).getBuildingLimits()).isEqualTo(new BuildingLimits(1, -1, -1));
        assertThat(school.getGroups().get(0).getBuildingLimits()).isEqualTo(new BuildingLimits(-1, -1, 1));
        assertThat(recount(school)).containsExactlyInAnyOrder(
                "building-changes 1: teacher ana changes building 2 times on MON",
                "building-change-gap 1: group 5A changes building from NORTH to SOUTH in MON-P2 after 0 timeslots",
                "building-change-gap 1: group 5A changes building from SOUTH to NORTH in MON-P3 after 0 timeslots");
    }

    @Test
    void settingsGiveEveryoneADefaultThatTheirOwnCellOverrides() throws Exception {
        School school = BundleReader.read(bundle("max_building_changes_per_day,0\n"
                + "min_gaps_between_building_changes,2\n", ",,0", "5,,", TWO_BUILDINGS), "school");

        // Ana: 0 changes a day from settings, her own 0 timeslots between; 5A: its own 5 a day, 2 between.
        assertThat(school.getTeachers().get(0).getBuildingLimits()).isEqualTo(new BuildingLimits(0, -1, 0));
        assertThat(school.getGroups().get(0).getBuildingLimits()).isEqualTo(new BuildingLimits(5, -1, 2));
        assertThat(recount(school)).extracting(line -> line.substring(0, line.indexOf(':'))).containsExactly(
                "building-changes 2", "building-change-gap 1", "building-change-gap 1");
    }

    @Test
    void roomsWithoutABuildingNeverChangeBuilding() throws Exception {
        School school = BundleReader.read(bundle("", "0,0,3", "0,0,3", "N1,30,NORTH\nS1,30,\n"), "school");

        assertThat(school.getRooms().get(1).getBuilding()).isNull();
        assertThat(recount(school)).isEmpty();
    }

    @Test
    void badBuildingsAndLimitsNameFileLineAndColumn() {
        BundleException error = assertThrows(BundleException.class, () -> BundleReader.read(
                bundle("min_gaps_between_building_changes,soon\n", "-1,,", ",501,", "N1,30,North Hall\nS1,30,S;2\n"),
                "school"));

        assertThat(error.problems().stream().map(problem -> problem.file() + ":" + problem.line() + ":"
                + problem.column() + ": " + problem.message()).toList())
                .anySatisfy(p -> assertThat(p).startsWith("rooms.csv:2:building: ").contains("North Hall"))
                .anySatisfy(p -> assertThat(p).startsWith("rooms.csv:3:building: ").contains("S;2"))
                .anySatisfy(p -> assertThat(p).startsWith("teachers.csv:2:max_building_changes_per_day: ")
                        .contains("between 0 and 100"))
                .anySatisfy(p -> assertThat(p).startsWith("groups.csv:2:max_building_changes_per_week: ")
                        .contains("between 0 and 500"))
                .anySatisfy(p -> assertThat(p).startsWith("settings.csv:4:value: ").contains("soon"));
    }
}
