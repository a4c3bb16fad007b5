package org.commonplan.fetimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.commonplan.fetimport.FetTimetableTest.placed;
import static org.commonplan.fetimport.FetTimetableTest.timetable;

import java.util.List;

import org.commonplan.domain.Lesson;
import org.commonplan.fetimport.FetSchedule.Misplaced;
import org.commonplan.fetimport.FetSchedule.Placed;
import org.commonplan.report.RuleCheck;
import org.junit.jupiter.api.Test;

/**
 * FET's timetable of a small file written here (FetSpreadImportTest's school: Math 1-3, English 4-5, Art 6 and
 * Music 7 for class 7A), placed in the imported bundle and recounted by the project's own rule check.
 */
class FetScheduleTest {

    /** English's two lessons required a day apart, as FET keeps them. */
    private static final String ENGLISH_APART = FetSpreadImportTest.minDays(100, 1, 4, 5);
    private static final String FRIDAY_2_UNAVAILABLE = "<ConstraintStudentsSetNotAvailableTimes><Weight_Percentage>100"
            + "</Weight_Percentage><Students>7A</Students><Number_of_Not_Available_Times>1"
            + "</Number_of_Not_Available_Times><Not_Available_Time><Day>Fri</Day><Hour>2</Hour></Not_Available_Time>"
            + "</ConstraintStudentsSetNotAvailableTimes>\n";

    private static Placed place(String constraints, String activities) throws Exception {
        FetImporter.Imported imported = FetSpreadImportTest.imported(FetSpreadImportTest.school(constraints));
        return FetSchedule.place(imported, FetTimetable.read("spread_activities.xml", timetable(activities)));
    }

    /** A timetable FET could give: every lesson a period of its own, English on two days. */
    private static String fetsTimetable(String english5Day, String music7Day) {
        return placed(1, "Mon", "1", "") + placed(2, "Tue", "1", "") + placed(3, "Wed", "1", "")
                + placed(4, "Mon", "2", "") + placed(5, english5Day, "3", "") + placed(6, "Thu", "1", "")
                + placed(7, music7Day, "2", "");
    }

    @Test
    void aTimetableFetCouldGiveBreaksNoHardRuleOfTheBundle() throws Exception {
        Placed placed = place(ENGLISH_APART + FRIDAY_2_UNAVAILABLE, fetsTimetable("Tue", "Thu"));

        assertThat(placed.placed()).isEqualTo(7);
        assertThat(placed.misplaced()).isEmpty();
        assertThat(placed.school().getLessons()).extracting(lesson -> lesson.getId() + " " + lesson.getBlock().getId()
                + " " + lesson.getRoom().getId()).contains("Math-1#1 D1R1:MON-P1 no-room-1", "English-4#2 D1R1:TUE-P3 no-room-1");
        assertThat(RuleCheck.hardViolations(placed.school())).isEmpty();
    }

    @Test
    void twoEnglishLessonsOnOneDayBreakTheDaysBetweenTheImportMapped() throws Exception {
        Placed placed = place(ENGLISH_APART, fetsTimetable("Mon", "Fri"));

        assertThat(placed.misplaced()).isEmpty();
        assertThat(RuleCheck.hardViolations(placed.school())).extracting(RuleCheck.Violation::rule)
                .containsExactlyInAnyOrder("course-spread", "min-days-between");
    }

    @Test
    void aStartOutsideTheSectionsAllowedStartsIsNamed() throws Exception {
        // 7A is not available on Friday's second hour: Music there is outside the starts its family holds.
        Placed placed = place(FRIDAY_2_UNAVAILABLE, fetsTimetable("Tue", "Fri"));

        assertThat(placed.misplaced()).extracting(Misplaced::rule, Misplaced::activityId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("allowed-starts", 7));
        assertThat(placed.misplaced().get(0).description()).startsWith("activity 7 (Music-7) starts on Fri 2 "
                + "(FRI-P2), not among the starts the bundle allows it (family ");
        // The rest of the week is recounted as placed.
        assertThat(placed.school().getLessons()).filteredOn(lesson -> lesson.getBlock() == null).isEmpty();
    }

    @Test
    void anActivityFetDidNotPlaceIsAnUnplacedLesson() throws Exception {
        // A run that ends early writes the activities it could not place with no day and hour.
        Placed placed = place("", fetsTimetable("Tue", "Thu").replace(placed(6, "Thu", "1", ""),
                placed(6, "", "", "")));

        assertThat(placed.placed()).isEqualTo(6);
        assertThat(placed.school().getLessons()).filteredOn(lesson -> lesson.getBlock() == null)
                .extracting(Lesson::getId).containsExactly("Art-6");
        assertThat(RuleCheck.hardViolations(placed.school())).extracting(RuleCheck.Violation::rule)
                .containsExactly("unplaced-lesson");
    }

    @Test
    void theTimetableOfAnotherFileIsRefusedWithItsLines() {
        String other = fetsTimetable("Tue", "Thu") + placed(99, "Mon", "4", "") + placed(6, "Sun", "1", "");

        assertThatThrownBy(() -> place("", other.replace(placed(6, "Thu", "1", ""), "")))
                .isInstanceOfSatisfying(FetImportException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly(
                                "spread_activities.xml line 39, Activity: activity 99 is not an active activity of "
                                        + "the FET file; give the timetable FET wrote for this file",
                                "spread_activities.xml line 45, Activity: day \"Sun\" is not a day of the FET file; "
                                        + "give the timetable FET wrote for this file"));
    }

    @Test
    void fetsRoomsAreTheBundlesAndALessonOutsideItsRoomsBreaksTheRoomRule() throws Exception {
        byte[] fet;
        try (java.io.InputStream in = FetScheduleTest.class.getResourceAsStream("/fet/small-school.fet")) {
            fet = in.readAllBytes();
        }
        FetImporter.Imported imported = FetImporter.importFet("small-school.fet", fet, FetImporter.Options.defaults());
        // PE's activity 11 is locked on Tuesday's first hour in the gym; Science must be in the lab.
        String activities = placed(11, "Tuesday", "08:00-08:45", "R1") + placed(7, "Wednesday", "08:50-09:35", "R1")
                + placed(8, "Wednesday", "09:40-10:25", "Lab") + placed(12, "Wednesday", "08:00-08:45", "Gym");

        Placed placed = FetSchedule.place(imported, FetTimetable.read("small_activities.xml",
                timetable(activities)));

        assertThat(placed.misplaced()).isEmpty();
        assertThat(placed.school().getLessons()).filteredOn(lesson -> lesson.getRoom() != null)
                .extracting(lesson -> lesson.getId() + " " + lesson.getBlock().getId() + " " + lesson.getRoom().getId())
                .containsExactlyInAnyOrder("PE-10#2 TUE-P1 R1", "Science-7#1 WED-P2 R1", "Science-7#2 WED-P3 Lab",
                        "PE-10#3 WED-P1 Gym");
        // R1 is neither Science's lab nor PE's locked gym: the recount's room rule counts each once.
        assertThat(RuleCheck.hardViolations(placed.school())).filteredOn(violation -> violation.rule()
                .equals("room-kind")).extracting(violation -> violation.description().split(" ")[0])
                .containsExactlyInAnyOrder("Science-7#1", "PE-10#2");
    }

    @Test
    void aSubActivityWithATeacherOfItsOwnKeepsItAndFetsTimetableBreaksNothing() throws Exception {
        // Math's third sub-activity is Ben's (FET lets a sub-activity change teachers), in an hour Ana is away.
        String anaAwayWednesday = "<ConstraintTeacherNotAvailableTimes><Weight_Percentage>100</Weight_Percentage>"
                + "<Teacher>Ana</Teacher><Number_of_Not_Available_Times>1</Number_of_Not_Available_Times>"
                + "<Not_Available_Time><Day>Wed</Day><Hour>1</Hour></Not_Available_Time>"
                + "</ConstraintTeacherNotAvailableTimes>\n";
        String fet = FetSpreadImportTest.school(anaAwayWednesday).replace("<Teacher>Ana</Teacher><Subject>Math"
                + "</Subject><Students>7A</Students><Duration>1</Duration><Id>3</Id>", "<Teacher>Ben</Teacher>"
                + "<Subject>Math</Subject><Students>7A</Students><Duration>1</Duration><Id>3</Id>");
        FetImporter.Imported imported = FetSpreadImportTest.imported(fet);

        Placed placed = FetSchedule.place(imported, FetTimetable.read("spread_activities.xml",
                timetable(fetsTimetable("Tue", "Thu"))));

        assertThat(placed.school().getLessons()).extracting(lesson -> lesson.getId() + " "
                + lesson.getSection().getTeacher().getId() + " " + lesson.getSection().getCourse())
                .contains("Math-1#1 Ana Math-1", "Math-1#2 Ana Math-1", "Math-1-3 Ben Math-1");
        assertThat(RuleCheck.hardViolations(placed.school())).isEmpty();
    }

    @Test
    void aRoomWantedBelowOneHundredPercentSetsTheHomeRoomAsideAsInFet() throws Exception {
        // 7A's home room is R1 (100%); Art wants R2 (95%): FET then asks no home room of Art.
        String fet = FetSpreadImportTest.school("").replace("<Room><Name>R1</Name><Capacity>30</Capacity></Room>",
                "<Room><Name>R1</Name><Capacity>30</Capacity></Room><Room><Name>R2</Name><Capacity>30</Capacity></Room>")
                .replace("</fet>", "<Space_Constraints_List>\n<ConstraintStudentsSetHomeRoom><Weight_Percentage>100"
                        + "</Weight_Percentage><Students>7A</Students><Room>R1</Room></ConstraintStudentsSetHomeRoom>\n"
                        + "<ConstraintActivityPreferredRoom><Weight_Percentage>95</Weight_Percentage><Activity_Id>6"
                        + "</Activity_Id><Room>R2</Room><Permanently_Locked>true</Permanently_Locked>"
                        + "</ConstraintActivityPreferredRoom>\n</Space_Constraints_List>\n</fet>");
        FetImporter.Imported imported = FetSpreadImportTest.imported(fet);
        String timetable = fetsTimetable("Tue", "Thu").replace(placed(6, "Thu", "1", ""), placed(6, "Thu", "1", "R2"))
                .replaceAll("<Room></Room>", "<Room>R1</Room>");

        Placed placed = FetSchedule.place(imported, FetTimetable.read("spread_activities.xml",
                timetable(timetable)));

        assertThat(placed.school().getLessons()).extracting(lesson -> lesson.getId() + " " + lesson.getRoom().getId())
                .contains("Music-7 R1", "Art-6 no-room-1");
        assertThat(RuleCheck.hardViolations(placed.school())).isEmpty();
    }

    @Test
    void lessonsWithoutAFetRoomShareTheMadeUpRoomsWithoutAClash() throws Exception {
        // Ana teaches Math on Monday 1 while Ben teaches English: two made-up rooms at once.
        String together = fetsTimetable("Tue", "Thu").replace(placed(4, "Mon", "2", ""), placed(4, "Mon", "1", ""));
        Placed placed = place("", together);

        List<String> monday = placed.school().getLessons().stream()
                .filter(lesson -> lesson.getBlock().getId().equals("MON-P1"))
                .map(lesson -> lesson.getRoom().getId()).sorted().toList();
        assertThat(monday).containsExactly("no-room-1", "no-room-2");
        assertThat(RuleCheck.hardViolations(placed.school())).extracting(RuleCheck.Violation::rule)
                .containsExactly("group-conflict");
    }
}
