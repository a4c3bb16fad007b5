package org.commonplan.fetimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.BuildingLimits;
import org.commonplan.domain.School;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.fetimport.FetImporter.Imported;
import org.commonplan.report.RuleCheck;
import org.junit.jupiter.api.Test;

/**
 * Small FET files, written here, whose rooms name buildings and whose constraints limit building changes: the
 * buildings reach rooms.csv, the limits teachers.csv and groups.csv, and the rules hold them as FET does.
 */
class FetBuildingImportTest {

    private static final String ROOMS = "<Rooms_List><Room><Name>Room A1</Name><Building>North Hall</Building>"
            + "<Capacity>30</Capacity></Room><Room><Name>B1</Name><Building>South</Building><Capacity>30</Capacity>"
            + "</Room><Room><Name>Gym</Name><Capacity>30</Capacity></Room></Rooms_List>";

    /** FetSpreadImportTest's school (Ana: Math 1-3 and Art 6; Ben: English 4-5, Music 7) in the rooms above. */
    private static Imported imported(String constraints) throws Exception {
        String fet = FetSpreadImportTest.school(constraints)
                .replace("<Rooms_List><Room><Name>R1</Name><Capacity>30</Capacity></Room></Rooms_List>", ROOMS);
        return FetSpreadImportTest.imported(fet);
    }

    private static String constraint(String type, int weight, String body) {
        return "<" + type + "><Weight_Percentage>" + weight + "</Weight_Percentage>" + body
                + "<Active>true</Active></" + type + ">\n";
    }

    private static String lock(int activity, String hour, String room) {
        return constraint("ConstraintActivityPreferredStartingTime", 100, "<Activity_Id>" + activity
                + "</Activity_Id><Preferred_Day>Mon</Preferred_Day><Preferred_Hour>" + hour
                + "</Preferred_Hour><Permanently_Locked>true</Permanently_Locked>")
                + constraint("ConstraintActivityPreferredRoom", 100, "<Activity_Id>" + activity
                + "</Activity_Id><Room>" + room + "</Room><Permanently_Locked>true</Permanently_Locked>");
    }

    private static School school(Imported imported) throws Exception {
        Map<String, byte[]> csv = imported.files().entrySet().stream()
                .filter(file -> file.getKey().endsWith(".csv"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return BundleReader.read(csv, imported.schoolName());
    }

    private static String file(Imported imported, String name) {
        return new String(imported.files().get(name), StandardCharsets.UTF_8);
    }

    @Test
    void buildingsAndTheLimitsOnChangingThemReachTheBundle() throws Exception {
        Imported imported = imported(
                constraint("ConstraintTeachersMaxBuildingChangesPerDay", 100,
                        "<Max_Building_Changes_Per_Day>1</Max_Building_Changes_Per_Day>")
                + constraint("ConstraintTeacherMaxBuildingChangesPerDay", 100,
                        "<Teacher>Ana</Teacher><Max_Building_Changes_Per_Day>0</Max_Building_Changes_Per_Day>")
                + constraint("ConstraintTeacherMinGapsBetweenBuildingChanges", 100,
                        "<Teacher>Ben</Teacher><Min_Gaps_Between_Building_Changes>2</Min_Gaps_Between_Building_Changes>")
                + constraint("ConstraintTeachersMaxBuildingChangesPerWeek", 95,
                        "<Max_Building_Changes_Per_Week>2</Max_Building_Changes_Per_Week>")
                + constraint("ConstraintStudentsSetMaxBuildingChangesPerWeek", 100,
                        "<Students>7</Students><Max_Building_Changes_Per_Week>3</Max_Building_Changes_Per_Week>")
                + constraint("ConstraintStudentsMinGapsBetweenBuildingChanges", 100,
                        "<Min_Gaps_Between_Building_Changes>1</Min_Gaps_Between_Building_Changes>")
                + lock(6, "1", "Room A1") + lock(1, "2", "B1"));

        assertThat(file(imported, "rooms.csv")).startsWith("id,capacity,kind,unavailable,building\n")
                .contains("Room_A1,30,GENERAL,,North_Hall\n").contains("B1,30,GENERAL,,South\n")
                .contains("Gym,30,GENERAL,,\n");
        School school = school(imported);
        Map<String, Teacher> teachers = school.getTeachers().stream()
                .collect(Collectors.toMap(Teacher::getId, teacher -> teacher));
        assertThat(teachers.get("Ana").getBuildingLimits()).isEqualTo(new BuildingLimits(0, -1, -1));
        assertThat(teachers.get("Ben").getBuildingLimits()).isEqualTo(new BuildingLimits(1, -1, 2));
        assertThat(school.getGroups()).extracting(StudentGroup::getBuildingLimits)
                .containsOnly(new BuildingLimits(-1, 3, 1));
        assertThat(FetSpreadImportTest.report(imported))
                .contains("| ConstraintTeachersMaxBuildingChangesPerDay | 1 | mapped | "
                        + "max_building_changes_per_day in teachers.csv |")
                .contains("| ConstraintTeacherMaxBuildingChangesPerDay | 1 | mapped |")
                .contains("| ConstraintTeacherMinGapsBetweenBuildingChanges | 1 | mapped | "
                        + "min_gaps_between_building_changes in teachers.csv |")
                .contains("| ConstraintTeachersMaxBuildingChangesPerWeek | 1 | dropped | weight below 100%")
                .contains("| ConstraintStudentsSetMaxBuildingChangesPerWeek | 1 | mapped | "
                        + "max_building_changes_per_week in groups.csv |")
                .contains("| ConstraintStudentsMinGapsBetweenBuildingChanges | 1 | mapped |");

        // Art in North Hall at Mon 1, Math in South at Mon 2, both Ana's and 7A's: a change with no hour between.
        assertThat(RuleCheck.hardViolations(school).stream()
                .filter(violation -> violation.rule().startsWith("building"))
                .map(violation -> violation.rule() + ": " + violation.description()))
                .containsExactlyInAnyOrder("building-changes: teacher Ana changes building 1 times on MON",
                        "building-change-gap: group 7A changes building from North_Hall to South in MON-P2 after 0 "
                                + "timeslots");
    }

    @Test
    void aFileWithoutBuildingsWritesTheBundleAsBefore() throws Exception {
        Imported imported = FetSpreadImportTest.imported(FetSpreadImportTest.school(""));

        assertThat(file(imported, "rooms.csv")).startsWith("id,capacity,kind,unavailable\n");
        assertThat(file(imported, "teachers.csv").lines().findFirst().orElseThrow()).doesNotContain("building");
        assertThat(file(imported, "groups.csv").lines().findFirst().orElseThrow()).doesNotContain("building");
    }
}
