package org.commonplan.fetimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.TagLimit;
import org.commonplan.fetimport.FetImporter.Imported;
import org.commonplan.fetimport.FetImporter.Options;
import org.junit.jupiter.api.Test;

/**
 * Small FET files, written here, whose days-between and pairing constraints must reach the bundle as FET means
 * them: required at 100%, wanted below.
 */
class FetSpreadImportTest {

    /**
     * A week of five days and six hours, one class 7A taught by Ana and Ben, activities 1-3 one split Math (group
     * 1), 4-5 a split English (group 4), 6-7 single Art and Music, then the given time constraints.
     */
    static String school(String constraints) {
        StringBuilder activities = new StringBuilder();
        for (int id = 1; id <= 7; id++) {
            int group = id <= 3 ? 1 : id <= 5 ? 4 : 0;
            String subject = id <= 3 ? "Math" : id <= 5 ? "English" : id == 6 ? "Art" : "Music";
            String teacher = id <= 3 || id == 6 ? "Ana" : "Ben";
            activities.append("<Activity><Teacher>").append(teacher).append("</Teacher><Subject>").append(subject)
                    .append("</Subject><Students>7A</Students><Duration>1</Duration><Id>").append(id)
                    .append("</Id><Activity_Group_Id>").append(group)
                    .append("</Activity_Group_Id><Active>true</Active></Activity>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <fet version="6.8.5">
                <Institution_Name>Spread School</Institution_Name>
                <Days_List><Day><Name>Mon</Name></Day><Day><Name>Tue</Name></Day><Day><Name>Wed</Name></Day>
                <Day><Name>Thu</Name></Day><Day><Name>Fri</Name></Day></Days_List>
                <Hours_List><Hour><Name>1</Name></Hour><Hour><Name>2</Name></Hour><Hour><Name>3</Name></Hour>
                <Hour><Name>4</Name></Hour><Hour><Name>5</Name></Hour><Hour><Name>6</Name></Hour></Hours_List>
                <Subjects_List><Subject><Name>Math</Name></Subject><Subject><Name>English</Name></Subject>
                <Subject><Name>Art</Name></Subject><Subject><Name>Music</Name></Subject></Subjects_List>
                <Teachers_List><Teacher><Name>Ana</Name></Teacher><Teacher><Name>Ben</Name></Teacher></Teachers_List>
                <Students_List><Year><Name>7</Name><Number_of_Students>20</Number_of_Students>
                <Group><Name>7A</Name><Number_of_Students>20</Number_of_Students></Group></Year></Students_List>
                <Activities_List>
                %s</Activities_List>
                <Rooms_List><Room><Name>R1</Name><Capacity>30</Capacity></Room></Rooms_List>
                <Time_Constraints_List>
                <ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage></ConstraintBasicCompulsoryTime>
                %s
                </Time_Constraints_List>
                </fet>
                """.formatted(activities, constraints);
    }

    static String minDays(int weight, int days, int... activities) {
        StringBuilder ids = new StringBuilder();
        for (int activity : activities) {
            ids.append("<Activity_Id>").append(activity).append("</Activity_Id>");
        }
        return "<ConstraintMinDaysBetweenActivities><Weight_Percentage>" + weight
                + "</Weight_Percentage><Consecutive_If_Same_Day>true</Consecutive_If_Same_Day><Number_of_Activities>"
                + activities.length + "</Number_of_Activities>" + ids + "<MinDays>" + days
                + "</MinDays></ConstraintMinDaysBetweenActivities>\n";
    }

    static Imported imported(String fet) throws Exception {
        return FetImporter.importFet("spread.fet", fet.getBytes(StandardCharsets.UTF_8), Options.defaults());
    }

    /** The bundle read back as validate reads it. */
    static Map<String, Section> sections(Imported imported) throws Exception {
        Map<String, byte[]> csv = imported.files().entrySet().stream()
                .filter(file -> file.getKey().endsWith(".csv"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        School school = BundleReader.read(csv, imported.schoolName());
        return school.getSections().stream().collect(Collectors.toMap(Section::getId, Function.identity()));
    }

    static String report(Imported imported) {
        return new String(imported.files().get(FetImporter.REPORT), StandardCharsets.UTF_8);
    }

    @Test
    void daysBetweenBelowOneHundredPercentAreWantedAndLeaveTheHardSpread() throws Exception {
        Imported imported = imported(school(minDays(95, 2, 1, 2, 3) + minDays(100, 1, 4, 5)));
        Map<String, Section> sections = sections(imported);

        Section math = sections.get("Math-1");
        assertThat(math.getMinDaysBetween()).isZero();
        assertThat(math.getMinDaysBetweenSoft()).isEqualTo(2);
        assertThat(math.isCourseSpread()).as("FET lets Math meet twice on a day").isFalse();
        Section english = sections.get("English-4");
        assertThat(english.getMinDaysBetween()).isEqualTo(1);
        assertThat(english.getMinDaysBetweenSoft()).isZero();
        assertThat(english.isCourseSpread()).isTrue();
        assertThat(new String(imported.files().get("sections.csv"), StandardCharsets.UTF_8))
                .startsWith("id,course,subject,teacher,co_teacher,groups,enrollment,room_kind,family,meetings,"
                        + "fixed_block,fixed_room,rooms,min_days_between,ends_day,min_days_between_soft,course_spread")
                .contains("Math-1,Math-1,Math,Ana,,7A,20,NONE,SINGLE,3,,,,,,2,no");
        assertThat(report(imported))
                .contains("| ConstraintMinDaysBetweenActivities | 1 | mapped | min_days_between_soft (soft rule "
                        + "min-days-between-soft; course_spread no where no constraint at 100% names the section) "
                        + "of the section |")
                .contains("| ConstraintMinDaysBetweenActivities | 1 | mapped | min_days_between of the section |");
    }

    @Test
    void aSplitActivityNoConstraintNamesMayMeetTwiceADayAsInFet() throws Exception {
        Map<String, Section> sections = sections(imported(school(minDays(100, 1, 4, 5))));

        assertThat(sections.get("Math-1").isCourseSpread()).as("FET asks nothing of Math's days").isFalse();
        assertThat(sections.get("English-4").isCourseSpread()).isTrue();
    }

    @Test
    void aSectionNamedAlsoAtOneHundredPercentKeepsTheHardSpread() throws Exception {
        // Activities 1 and 2 required apart, all three wanted apart: part of the section is hard, so course-spread
        // stays and the soft days hold for all three.
        Map<String, Section> sections = sections(imported(school(minDays(100, 1, 1, 2) + minDays(95, 1, 1, 2, 3))));

        Section math = sections.get("Math-1");
        assertThat(math.isCourseSpread()).isTrue();
        assertThat(math.getMinDaysBetween()).isZero();
        assertThat(math.getMinDaysBetweenSoft()).isEqualTo(1);
    }

    @Test
    void daysBetweenWantedOnPartOfASectionAreWantedForAllItsLessons() throws Exception {
        Imported imported = imported(school(minDays(90, 1, 1, 2)));

        Section math = sections(imported).get("Math-1");
        assertThat(math.getMinDaysBetweenSoft()).isEqualTo(1);
        assertThat(math.isCourseSpread()).isFalse();
        assertThat(report(imported)).contains("| ConstraintMinDaysBetweenActivities | 1 | approximate | "
                + "min_days_between_soft (soft rule min-days-between-soft; course_spread no where no constraint at "
                + "100% names the section) of each of its sections: it names only part of a section");
    }

    static String pair(String type, int weight, int... activities) {
        StringBuilder body = new StringBuilder("<" + type + "><Weight_Percentage>" + weight + "</Weight_Percentage>");
        if (type.startsWith("ConstraintTwo")) {
            body.append("<First_Activity_Id>").append(activities[0]).append("</First_Activity_Id>")
                    .append("<Second_Activity_Id>").append(activities[1]).append("</Second_Activity_Id>");
        } else {
            body.append("<Number_of_Activities>").append(activities.length).append("</Number_of_Activities>");
            for (int activity : activities) {
                body.append("<Activity_Id>").append(activity).append("</Activity_Id>");
            }
        }
        return body.append("<Active>true</Active></").append(type).append(">\n").toString();
    }

    @Test
    void sameDaySameHourAndGroupedActivitiesBecomeLinksWhenTheyPairWholeSections() throws Exception {
        Imported imported = imported(school(pair("ConstraintActivitiesSameStartingHour", 100, 6, 7)
                + pair("ConstraintTwoActivitiesGrouped", 100, 7, 6)
                + pair("ConstraintActivitiesSameStartingDay", 100, 4, 6)
                + pair("ConstraintActivitiesSameStartingDay", 95, 6, 7)));

        assertThat(new String(imported.files().get("section_links.csv"), StandardCharsets.UTF_8))
                .isEqualTo("kind,sections\nSAME_HOUR,Art-6;Music-7\nGROUPED,Art-6;Music-7\n");
        assertThat(sections(imported).get("Art-6").getLinks()).extracting(link -> link.kind().name())
                .containsExactly("SAME_HOUR", "GROUPED");
        assertThat(report(imported))
                .contains("| ConstraintActivitiesSameStartingHour | 1 | mapped | a SAME_HOUR row of section_links.csv |")
                .contains("| ConstraintTwoActivitiesGrouped | 1 | mapped | a GROUPED row of section_links.csv |")
                // Activity 4 is one of English's two lessons: the link would tie both.
                .contains("| ConstraintActivitiesSameStartingDay | 1 | dropped | links only some lessons of a section")
                .contains("| ConstraintActivitiesSameStartingDay | 1 | dropped | weight below 100%");
    }

    @Test
    void activitiesInOneRoomBecomeASameRoomLinkAndMoreRoomsAreDropped() throws Exception {
        String oneRoom = "<ConstraintActivitiesOccupyMaxDifferentRooms><Weight_Percentage>100</Weight_Percentage>"
                + "<Number_of_Activities>3</Number_of_Activities><Activity_Id>1</Activity_Id><Activity_Id>2"
                + "</Activity_Id><Activity_Id>3</Activity_Id><Max_Number_of_Different_Rooms>1"
                + "</Max_Number_of_Different_Rooms></ConstraintActivitiesOccupyMaxDifferentRooms>\n";
        String school = school(pair("ConstraintActivitiesOccupyMaxDifferentRooms", 100, 4, 5, 6)
                .replace("</Activity_Id><Active>", "</Activity_Id><Max_Number_of_Different_Rooms>2"
                        + "</Max_Number_of_Different_Rooms><Active>") + oneRoom)
                .replace("</Time_Constraints_List>", "</Time_Constraints_List>\n<Space_Constraints_List>"
                        + "<ConstraintSubjectPreferredRooms><Weight_Percentage>100</Weight_Percentage>"
                        + "<Subject>Math</Subject><Number_of_Preferred_Rooms>2</Number_of_Preferred_Rooms>"
                        + "<Preferred_Room>R1</Preferred_Room><Preferred_Room>R2</Preferred_Room>"
                        + "</ConstraintSubjectPreferredRooms></Space_Constraints_List>")
                .replace("<Rooms_List><Room><Name>R1</Name><Capacity>30</Capacity></Room>",
                        "<Rooms_List><Room><Name>R1</Name><Capacity>30</Capacity></Room>"
                                + "<Room><Name>R2</Name><Capacity>30</Capacity></Room>");
        Imported imported = imported(school);

        // Math may use R1 or R2 and so keeps to one of them; English, Art and Music take no room in FET.
        String links = new String(imported.files().get("section_links.csv"), StandardCharsets.UTF_8);
        assertThat(links).isEqualTo("kind,sections\nSAME_ROOM,Math-1\n");
        assertThat(sections(imported).get("Math-1").getLinks()).singleElement()
                .satisfies(link -> assertThat(link.kind().name()).isEqualTo("SAME_ROOM"));
        assertThat(report(imported))
                .contains("| ConstraintActivitiesOccupyMaxDifferentRooms | 1 | dropped | more than one room allowed")
                .contains("| ConstraintActivitiesOccupyMaxDifferentRooms | 1 | mapped | a SAME_ROOM row of "
                        + "section_links.csv |");
    }

    @Test
    void aTeachersMinimumDaysAreKeptUpToTheLessonsTheyTeach() throws Exception {
        // Ana teaches 4 lessons (Math 3, Art 1), Ben 3 (English 2, Music 1); all teachers at least 4 days.
        Imported imported = imported(school("<ConstraintTeachersMinDaysPerWeek><Weight_Percentage>100"
                + "</Weight_Percentage><Minimum_Days_Per_Week>4</Minimum_Days_Per_Week>"
                + "</ConstraintTeachersMinDaysPerWeek>\n"
                + "<ConstraintTeacherMinDaysPerWeek><Weight_Percentage>95</Weight_Percentage><Teacher_Name>Ana"
                + "</Teacher_Name><Minimum_Days_Per_Week>5</Minimum_Days_Per_Week>"
                + "</ConstraintTeacherMinDaysPerWeek>\n"));

        String teachers = new String(imported.files().get("teachers.csv"), StandardCharsets.UTF_8);
        assertThat(teachers.lines().findFirst().orElseThrow()).endsWith(",min_days_per_week");
        assertThat(teachers.lines().filter(line -> line.startsWith("Ana,")).findFirst().orElseThrow()).endsWith(",4");
        assertThat(teachers.lines().filter(line -> line.startsWith("Ben,")).findFirst().orElseThrow()).endsWith(",3");
        assertThat(report(imported))
                .contains("| ConstraintTeachersMinDaysPerWeek | 1 | mapped | min_days_per_week in teachers.csv |")
                .contains("| ConstraintTeacherMinDaysPerWeek | 1 | dropped | weight below 100%");
    }

    private static String minGaps(int weight, int gaps, int... activities) {
        return pair("ConstraintMinGapsBetweenActivities", weight, activities)
                .replace("<Active>", "<MinGaps>" + gaps + "</MinGaps><Active>");
    }

    @Test
    void minGapsBetweenWholeSectionsBecomeAMinGapLinkAndPartsOfSectionsAreDropped() throws Exception {
        Imported imported = imported(school(minGaps(100, 2, 1, 2, 3, 6) + minGaps(100, 1, 4, 7)
                + minGaps(95, 1, 6, 7)));

        assertThat(new String(imported.files().get("section_links.csv"), StandardCharsets.UTF_8))
                .isEqualTo("kind,sections,min_gap\nMIN_GAP,Math-1;Art-6,2\n");
        assertThat(sections(imported).get("Art-6").getLinks()).singleElement().satisfies(link -> {
            assertThat(link.kind().name()).isEqualTo("MIN_GAP");
            assertThat(link.minGap()).isEqualTo(2);
            assertThat(link.sections()).extracting(Section::getId).containsExactly("Math-1", "Art-6");
        });
        assertThat(report(imported))
                .contains("| ConstraintMinGapsBetweenActivities | 1 | mapped | a MIN_GAP row of section_links.csv |")
                // Activity 4 is one of English's two lessons.
                .contains("| ConstraintMinGapsBetweenActivities | 1 | dropped | links only some lessons of a section")
                .contains("| ConstraintMinGapsBetweenActivities | 1 | dropped | weight below 100%");
    }

    @Test
    void aTeachersDaysWithinAnIntervalBecomeIntervalMaxDaysEntries() throws Exception {
        // Ana at most 2 days in hours 5-6 (end empty: to the end of the day); every teacher at most 3 in hours
        // 1-2 (FET's end hour 3 is left out); Ben's at 95% is dropped.
        String ana = "<ConstraintTeacherIntervalMaxDaysPerWeek><Weight_Percentage>100</Weight_Percentage>"
                + "<Teacher_Name>Ana</Teacher_Name><Interval_Start_Hour>5</Interval_Start_Hour><Interval_End_Hour>"
                + "</Interval_End_Hour><Max_Days_Per_Week>2</Max_Days_Per_Week>"
                + "</ConstraintTeacherIntervalMaxDaysPerWeek>\n";
        String everyone = "<ConstraintTeachersIntervalMaxDaysPerWeek><Weight_Percentage>100</Weight_Percentage>"
                + "<Interval_Start_Hour>1</Interval_Start_Hour><Interval_End_Hour>3</Interval_End_Hour>"
                + "<Max_Days_Per_Week>3</Max_Days_Per_Week></ConstraintTeachersIntervalMaxDaysPerWeek>\n";
        String ben = ana.replace(">100<", ">95<").replace("Ana", "Ben");
        Imported imported = imported(school(ana + everyone + ben));

        String teachers = new String(imported.files().get("teachers.csv"), StandardCharsets.UTF_8);
        assertThat(teachers.lines().findFirst().orElseThrow()).endsWith(",interval_max_days");
        assertThat(teachers.lines().filter(line -> line.startsWith("Ana,")).findFirst().orElseThrow())
                .endsWith(",P1..P2:3;P5..P6:2");
        assertThat(teachers.lines().filter(line -> line.startsWith("Ben,")).findFirst().orElseThrow())
                .endsWith(",P1..P2:3");
        Map<String, Section> sections = sections(imported);
        assertThat(sections.get("Art-6").getTeacher().getIntervalDays())
                .extracting(Object::toString).containsExactly("P1..P2:3", "P5..P6:2");
        assertThat(report(imported))
                .contains("| ConstraintTeacherIntervalMaxDaysPerWeek | 1 | mapped | interval_max_days in teachers.csv "
                        + "|")
                .contains("| ConstraintTeachersIntervalMaxDaysPerWeek | 1 | mapped | interval_max_days in teachers.csv "
                        + "|")
                .contains("| ConstraintTeacherIntervalMaxDaysPerWeek | 1 | dropped | weight below 100%");
    }

    @Test
    void aTagLimitCountsTheTaggedLessonsOfEveryTeacherItBinds() throws Exception {
        // Lab on all of Ana's activities (1-3, 6) and on one of Ben's (4 of 4, 5, 7).
        String fet = school("<ConstraintTeachersActivityTagMaxHoursDaily><Weight_Percentage>100</Weight_Percentage>"
                + "<Activity_Tag_Name>Lab</Activity_Tag_Name><Maximum_Hours_Daily>3</Maximum_Hours_Daily>"
                + "</ConstraintTeachersActivityTagMaxHoursDaily>\n"
                + "<ConstraintTeacherActivityTagMaxHoursContinuously><Weight_Percentage>100</Weight_Percentage>"
                + "<Teacher_Name>Ana</Teacher_Name><Activity_Tag_Name>Lab</Activity_Tag_Name>"
                + "<Maximum_Hours_Continuously>2</Maximum_Hours_Continuously>"
                + "</ConstraintTeacherActivityTagMaxHoursContinuously>\n"
                + "<ConstraintTeacherActivityTagMaxHoursContinuously><Weight_Percentage>100</Weight_Percentage>"
                + "<Teacher_Name>Ben</Teacher_Name><Activity_Tag_Name>Lab</Activity_Tag_Name>"
                + "<Maximum_Hours_Continuously>1</Maximum_Hours_Continuously>"
                + "</ConstraintTeacherActivityTagMaxHoursContinuously>\n")
                .replace("<Rooms_List>", "<Activity_Tags_List><Activity_Tag><Name>Lab</Name></Activity_Tag>"
                        + "</Activity_Tags_List>\n<Rooms_List>");
        for (int id : new int[] {1, 2, 3, 4, 6}) {
            fet = fet.replace("<Duration>1</Duration><Id>" + id + "</Id>",
                    "<Activity_Tag>Lab</Activity_Tag><Duration>1</Duration><Id>" + id + "</Id>");
        }
        Imported imported = imported(fet);

        // English 4 (Lab) and 5 (no tag) are one split activity, now two sections: only 4 counts for Ben's limit.
        Map<String, Section> sections = sections(imported);
        assertThat(sections.get("Math-1").getTags()).containsExactly("Lab");
        assertThat(sections.get("English-4").getTags()).containsExactly("Lab");
        assertThat(sections.get("English-4-5").getTags()).isEmpty();
        assertThat(sections.get("Music-7").getTags()).isEmpty();
        assertThat(sections.get("Art-6").getTeacher().getTagLimits()).containsExactly(new TagLimit("Lab", 3, 2));
        assertThat(sections.get("Music-7").getTeacher().getTagLimits()).containsExactly(new TagLimit("Lab", 3, 1));
        assertThat(sections.get("Music-7").getTeacher().getMaxTeachingPerDay()).isEqualTo(6);
        assertThat(report(imported))
                .contains("| ConstraintTeachersActivityTagMaxHoursDaily | 1 | mapped | max_tagged_per_day in "
                        + "teachers.csv, for the lessons of sections tagged Lab (sections.csv tags) |")
                .contains("| ConstraintTeacherActivityTagMaxHoursContinuously | 2 | mapped | max_tagged_in_a_row");
    }
}
