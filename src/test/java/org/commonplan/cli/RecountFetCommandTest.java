package org.commonplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** recount-fet and import-fet --mapped-fet as a consultant runs them on a FET file and FET's timetable of it. */
class RecountFetCommandTest {

    /** Two days of two hours; Ana teaches class 7A Math twice, at most once a day at 100%; a rule not yet mapped. */
    private static final String FET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <fet version="6.8.5">
            <Institution_Name>Tiny School</Institution_Name>
            <Days_List><Day><Name>Mon</Name></Day><Day><Name>Tue</Name></Day></Days_List>
            <Hours_List><Hour><Name>1</Name></Hour><Hour><Name>2</Name></Hour></Hours_List>
            <Subjects_List><Subject><Name>Math</Name></Subject></Subjects_List>
            <Teachers_List><Teacher><Name>Ana</Name></Teacher></Teachers_List>
            <Students_List><Year><Name>7</Name><Number_of_Students>20</Number_of_Students>
            <Group><Name>7A</Name><Number_of_Students>20</Number_of_Students></Group></Year></Students_List>
            <Activities_List>
            <Activity><Teacher>Ana</Teacher><Subject>Math</Subject><Students>7A</Students><Duration>1</Duration>
            <Id>1</Id><Activity_Group_Id>1</Activity_Group_Id><Active>true</Active></Activity>
            <Activity><Teacher>Ana</Teacher><Subject>Math</Subject><Students>7A</Students><Duration>1</Duration>
            <Id>2</Id><Activity_Group_Id>1</Activity_Group_Id><Active>true</Active></Activity>
            </Activities_List>
            <Rooms_List><Room><Name>R1</Name><Capacity>30</Capacity></Room></Rooms_List>
            <Time_Constraints_List>
            <ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage></ConstraintBasicCompulsoryTime>
            <ConstraintMinDaysBetweenActivities><Weight_Percentage>100</Weight_Percentage>
            <Consecutive_If_Same_Day>true</Consecutive_If_Same_Day><Number_of_Activities>2</Number_of_Activities>
            <Activity_Id>1</Activity_Id><Activity_Id>2</Activity_Id><MinDays>1</MinDays>
            </ConstraintMinDaysBetweenActivities>
            <ConstraintStudentsMaxSpanPerDay><Weight_Percentage>100</Weight_Percentage><Max_Span>2</Max_Span>
            </ConstraintStudentsMaxSpanPerDay>
            </Time_Constraints_List>
            </fet>
            """;

    @TempDir
    Path dir;

    private final CommandRun command = new CommandRun();
    private Path fet;

    @BeforeEach
    void writeTheFile() throws IOException {
        fet = Files.writeString(dir.resolve("tiny.fet"), FET);
    }

    private Path timetable(String secondDay) throws IOException {
        return Files.writeString(dir.resolve("tiny_activities.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Activities_Timetable>
                <Activity><Id>1</Id><Day>Mon</Day><Hour>1</Hour><Room></Room></Activity>
                <Activity><Id>2</Id><Day>%s</Day><Hour>2</Hour><Room></Room></Activity>
                </Activities_Timetable>
                """.formatted(secondDay));
    }

    @Test
    void fetsTimetableKeepingEveryMappedRuleExitsZeroAndCanBeWrittenAsASchedule() throws IOException {
        Path out = dir.resolve("fet-schedule");

        int exit = command.run("recount-fet", fet.toString(), timetable("Tue").toString(), "--out", out.toString());

        assertThat(exit).as(command.err.toString()).isZero();
        assertThat(command.out.toString()).startsWith("Tiny School: FET's timetable tiny_activities.xml places 2 of "
                + "2 lessons; recount: 0 hard rule(s) broken").contains("CommonPlan's score of it: 0hard/");
        assertThat(Files.readString(out.resolve("master_schedule.csv"))).contains("Math-1,1,", "MON-P1,no-room-1",
                "TUE-P2,no-room-1");
    }

    @Test
    void aTimetableBreakingAMappedRuleExitsThreeAndSaysWhich() throws IOException {
        int exit = command.run("recount-fet", fet.toString(), timetable("Mon").toString());

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_INFEASIBLE);
        assertThat(command.out.toString()).contains("recount: 2 hard rule(s) broken",
                "by rule: course-spread 1, min-days-between 1");
    }

    @Test
    void aLessonOutsideItsRoomsIsCountedAndLeftUnscoredRatherThanFailing() throws IOException {
        // Math's first lesson must be in R1; FET's timetable (of an older file, say) has it in R2.
        Files.writeString(fet, FET.replace("<Room><Name>R1</Name><Capacity>30</Capacity></Room>",
                "<Room><Name>R1</Name><Capacity>30</Capacity></Room><Room><Name>R2</Name><Capacity>30</Capacity></Room>")
                .replace("</fet>", "<Space_Constraints_List><ConstraintActivityPreferredRoom><Weight_Percentage>100"
                        + "</Weight_Percentage><Activity_Id>1</Activity_Id><Room>R1</Room></ConstraintActivityPreferredRoom>"
                        + "</Space_Constraints_List>\n</fet>"));
        Path timetable = Files.writeString(dir.resolve("tiny_activities.xml"), """
                <Activities_Timetable>
                <Activity><Id>1</Id><Day>Mon</Day><Hour>1</Hour><Room>R2</Room></Activity>
                <Activity><Id>2</Id><Day>Tue</Day><Hour>2</Hour><Room></Room></Activity>
                </Activities_Timetable>
                """);

        int exit = command.run("recount-fet", fet.toString(), timetable.toString(), "--out",
                dir.resolve("out").toString());

        assertThat(exit).as(command.err.toString()).isEqualTo(CommonPlanCommand.EXIT_INFEASIBLE);
        assertThat(command.out.toString()).contains("recount: 1 hard rule(s) broken", "by rule: room-kind 1",
                "no score: the solver scores only lessons within their own blocks and rooms, and 1 are not (Math-1)");
        assertThat(Files.readString(dir.resolve("out").resolve("master_schedule.csv"))).contains("MON-P1,R2");
    }

    @Test
    void aTimetableOfAnotherFileIsRefusedWithExitTwo() throws IOException {
        Path other = Files.writeString(dir.resolve("other_activities.xml"), """
                <Activities_Timetable><Activity><Id>5</Id><Day>Mon</Day><Hour>1</Hour></Activity>
                </Activities_Timetable>
                """);

        int exit = command.run("recount-fet", fet.toString(), other.toString());

        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(command.err.toString()).contains("other_activities.xml line 1, Activity: activity 5 is not an "
                + "active activity of the FET file");
        assertThat(command.out.toString()).isEmpty();
    }

    @Test
    void importFetWritesTheFileWithoutItsDroppedConstraintsBesideTheBundle() throws IOException {
        Path bundle = dir.resolve("tiny");

        int exit = command.run("import-fet", fet.toString(), "--out", bundle.toString(), "--mapped-fet");

        assertThat(exit).as(command.err.toString()).isZero();
        assertThat(command.out.toString()).contains("tiny-mapped.fet: the FET file without its 1 dropped "
                + "constraint(s)");
        assertThat(Files.readString(bundle.resolve("tiny-mapped.fet"))).contains("ConstraintMinDaysBetweenActivities")
                .doesNotContain("ConstraintStudentsMaxSpanPerDay");
        assertThat(new CommandRun().run("validate", bundle.toString())).isZero();
    }
}
