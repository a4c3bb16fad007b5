package org.commonplan.fetimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;
import org.commonplan.domain.TimeslotKind;
import org.commonplan.fetimport.FetImporter.Imported;
import org.commonplan.fetimport.FetImporter.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-written FET school, translated and read back by the project's own bundle reader. */
class FetImporterTest {

    @TempDir
    Path dir;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FetImporterTest.class.getResourceAsStream("/fet/" + name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** Imports, writes the bundle to a new folder and reads it back as {@code validate} does. */
    private School importAndRead(String fileName, byte[] fet, Options options) throws Exception {
        Imported imported = FetImporter.importFet(fileName, fet, options);
        Path bundle = dir.resolve("bundle");
        NewFolder.write(imported.files(), bundle);
        return BundleReader.read(bundle);
    }

    private static Map<String, Section> sectionsById(School school) {
        return school.getSections().stream().collect(Collectors.toMap(Section::getId, Function.identity()));
    }

    @Test
    void theSmallSchoolBecomesABundleThatValidates() throws Exception {
        School school = importAndRead("small-school.fet", resource("small-school.fet"), Options.defaults());

        assertThat(school.getName()).isEqualTo("Harbor View School");
        // Five FET teachers and a placeholder for the activity without one.
        assertThat(school.getTeachers()).extracting(Teacher::getId)
                .containsExactly("Ana", "Ben", "Cleo", "Dan", "Eva", "unstaffed-Year_8");
        // The subgroups of 7A, the group 7B without subgroups, and Year 8 without groups.
        assertThat(school.getGroups()).extracting(group -> group.getId())
                .containsExactly("7A_boys", "7A_girls", "7B", "Year_8");
        // 18 activities, one inactive: 17 lessons in 10 sections.
        assertThat(school.getSections()).hasSize(10);
        assertThat(school.getLessons()).hasSize(17);
        assertThat(school.getLessons()).filteredOn(Lesson::isPinned).extracting(Lesson::getId)
                .containsExactly("PE-10#2");
        assertThat(school.getBellSchedule().getTimeslots()).hasSize(30);
        assertThat(school.getBellSchedule().getTimeslots()).filteredOn(slot -> slot.kind() == TimeslotKind.OTHER)
                .extracting(slot -> slot.id()).containsExactly("MON-P4", "TUE-P4", "WED-P4", "THU-P4", "FRI-P4");
    }

    @Test
    void aSplitActivityIsOneCoursePerGroupWithASectionPerLengthAndItsLockedLessonsLocked() throws Exception {
        School school = importAndRead("small-school.fet", resource("small-school.fet"), Options.defaults());
        Map<String, Section> sections = sectionsById(school);

        Section math = sections.get("Math-1");
        assertThat(math.getFamily()).isEqualTo("SINGLE");
        assertThat(math.getMeetings()).isEqualTo(4);
        assertThat(sections.get("English-5").getFamily()).isEqualTo("DOUBLE");
        assertThat(sections.get("English-5").getMeetings()).isEqualTo(2);
        // Science: two one-hour parts and a two-hour part, one course.
        assertThat(sections.get("Science-7").getMeetings()).isEqualTo(2);
        assertThat(sections.get("Science-7-9").getFamily()).isEqualTo("DOUBLE");
        assertThat(sections.get("Science-7").getCourse()).isEqualTo("Science-7")
                .isEqualTo(sections.get("Science-7-9").getCourse());
        assertThat(sections.get("Science-7").getCoTeacher().getId()).isEqualTo("Dan");
        // PE: one section; its second lesson (the locked sub-activity 11) is pinned to its block and room.
        assertThat(sections.get("PE-10").getMeetings()).isEqualTo(3);
        assertThat(school.getLessons()).filteredOn(lesson -> lesson.getSection().getId().equals("PE-10"))
                .extracting(lesson -> lesson.getLockedBlock() == null ? "" : lesson.getLockedBlock().getId(),
                        lesson -> lesson.getLockedRoom() == null ? "" : lesson.getLockedRoom().getId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", ""),
                        org.assertj.core.groups.Tuple.tuple("TUE-P1", "Gym"),
                        org.assertj.core.groups.Tuple.tuple("", ""));
        // Three hours in a row: a family of its own, starting only where the morning has three periods.
        assertThat(sections.get("English-16").getFamily()).isEqualTo("D3");
        assertThat(sections.get("English-16").getAllowedBlocks()).extracting(block -> block.getId())
                .containsExactly("D3:MON-P1..P3", "D3:TUE-P1..P3", "D3:WED-P1..P3", "D3:THU-P1..P3",
                        "D3:FRI-P1..P3");
    }

    @Test
    void roomsTeachersAndStudentsKeepTheirAvailabilityAndRoomConstraints() throws Exception {
        School school = importAndRead("small-school.fet", resource("small-school.fet"), Options.defaults());
        Map<String, Section> sections = sectionsById(school);

        Teacher dan = school.getTeachers().stream().filter(t -> t.getId().equals("Dan")).findFirst().orElseThrow();
        assertThat(dan.getUnavailable().size()).as("all of Monday and Friday's first hour").isEqualTo(7);
        Teacher ana = school.getTeachers().stream().filter(t -> t.getId().equals("Ana")).findFirst().orElseThrow();
        assertThat(ana.getMaxTeachingPerDay()).isEqualTo(4);
        // Year 8 is not available on Friday's last two hours: its one-hour sections start anywhere else.
        assertThat(sections.get("Art-13").getAllowedBlocks()).hasSize(25 - 2);
        assertThat(sections.get("Art-13").getAllowedBlocks()).extracting(block -> block.getId())
                .doesNotContain("D1R1:FRI-P5", "D1R1:FRI-P6");
        // Science must be in the lab, PE in the gym; activities without a room take a made-up room.
        assertThat(sections.get("Science-7").getSuitableRooms()).extracting(room -> room.getId())
                .containsExactly("Lab");
        assertThat(sections.get("PE-10").getSuitableRooms()).extracting(room -> room.getId())
                .containsExactly("Gym");
        assertThat(sections.get("Math-1").getRoomKind()).isEqualTo("NONE");
        // One made-up room per teacher of such lessons: Ana, Ben, Dan and Year 8's placeholder.
        assertThat(school.getRooms()).filteredOn(room -> room.getKind().equals("NONE")).hasSize(4);
        // Three teachers: the first teaches, the others co-teach.
        assertThat(sections.get("Art-13").getTeacher().getId()).isEqualTo("Ana");
        assertThat(sections.get("Art-13").getCoTeachers()).extracting(Teacher::getId).containsExactly("Cleo", "Eva");
    }

    @Test
    void studentsNotAvailableTimesAreTheirGroupsUnavailableTimes() throws Exception {
        // FET counts a students set's early beginnings from its first available hour, so the times are the group's.
        School school = importAndRead("small-school.fet", resource("small-school.fet"), Options.defaults());
        StudentGroup year8 = school.getGroups().stream().filter(group -> group.getId().equals("Year_8")).findFirst()
                .orElseThrow();

        assertThat(school.getBellSchedule().getTimeslots()).filteredOn(slot -> year8.getUnavailable()
                .contains(slot.index())).extracting(slot -> slot.id()).containsExactly("FRI-P5", "FRI-P6");
        assertThat(school.getGroups()).filteredOn(group -> !group.getUnavailable().isEmpty()).containsExactly(year8);
    }

    @Test
    void fetsRulesOnLessonsTeachersAndGroupsBecomeTheBundlesColumnsAndLinks() throws Exception {
        School school = importAndRead("small-school.fet", resource("small-school.fet"), Options.defaults());
        Map<String, Section> sections = sectionsById(school);
        Map<String, Teacher> teachers = school.getTeachers().stream()
                .collect(Collectors.toMap(Teacher::getId, Function.identity()));

        // MinDays 2 at 100% on both lessons of English-5: exact; on Science's three parts: per section.
        assertThat(sections.get("English-5").getMinDaysBetween()).isEqualTo(2);
        assertThat(sections.get("Science-7").getMinDaysBetween()).isEqualTo(1);
        // MinDays at 95% on Math is wanted, not required: the soft rule, and out of the hard course-spread.
        assertThat(sections.get("Math-1").getMinDaysBetween()).isZero();
        assertThat(sections.get("Math-1").getMinDaysBetweenSoft()).isEqualTo(1);
        assertThat(sections.get("Math-1").isCourseSpread()).isFalse();
        assertThat(sections.get("English-5").isCourseSpread()).isTrue();
        assertThat(sections.get("Art-14").isEndsDay()).isTrue();
        assertThat(sections.get("Art-13").isEndsDay()).isFalse();
        assertThat(sections.get("English-17").getLinks()).singleElement().satisfies(link -> {
            assertThat(link.kind()).hasToString("SAME_START");
            assertThat(link.sections()).extracting(Section::getId).containsExactly("English-17", "Math-18");
        });
        assertThat(sections.get("Art-13").getLinks()).singleElement().satisfies(link -> {
            assertThat(link.kind()).hasToString("ORDERED");
            assertThat(link.sections()).extracting(Section::getId).containsExactly("English-16", "Art-13");
        });
        // Activities 5 and 7 start together, but each is one of two lessons of its section: no link.
        assertThat(sections.get("English-5").getLinks()).isEmpty();
        assertThat(sections.get("Science-7").getListedRooms()).extracting(room -> room.getId())
                .containsExactly("Lab");
        assertThat(teachers.get("Ben").getLimits().maxDaysPerWeek()).isEqualTo(4);
        assertThat(teachers.get("Ana").getLimits().maxGapsPerWeek()).isEqualTo(3);
        assertThat(teachers.get("Eva").getLimits().maxGapsPerWeek()).isEqualTo(3);
        assertThat(teachers.get("unstaffed-Year_8").getLimits().maxGapsPerWeek())
                .as("FET's limits on teachers are not a placeholder's").isNotEqualTo(3);
        assertThat(school.getGroups()).filteredOn(group -> group.getId().startsWith("7"))
                .allSatisfy(group -> assertThat(group.getLimits().maxLessonsPerDay()).isEqualTo(5));
        assertThat(school.getGroups()).filteredOn(group -> group.getId().equals("Year_8"))
                .allSatisfy(group -> assertThat(group.getLimits().minLessonsPerDay())
                        .as("FET allows Year 8 a free day").isNotEqualTo(2));
    }

    @Test
    void theReportCountsEveryConstraintOfTheFileUnderItsType() throws Exception {
        byte[] fet = resource("small-school.fet");
        Imported imported = FetImporter.importFet("small-school.fet", fet, Options.defaults());
        String report = new String(imported.files().get(FetImporter.REPORT), StandardCharsets.UTF_8);

        Map<String, Integer> inFile = constraintsIn(new String(fet, StandardCharsets.UTF_8));
        assertThat(countsByType(report)).isEqualTo(inFile);
        assertThat(report)
                .contains("| ConstraintTeacherNotAvailableTimes | 1 | mapped | unavailable in teachers.csv |")
                .contains("| ConstraintTeacherNotAvailableTimes | 1 | dropped | weight below 100%")
                .contains("| ConstraintTeacherMaxGapsPerWeek | 1 | dropped | inactive in the FET file |")
                .contains("| ConstraintMinDaysBetweenActivities | 1 | mapped | min_days_between_soft (soft rule")
                .contains("| ConstraintMinDaysBetweenActivities | 1 | mapped | min_days_between of the section |")
                .contains("| ConstraintActivityPreferredStartingTime | 1 | mapped | fixed_block: that lesson")
                .contains("| ConstraintActivitiesSameStartingTime | 1 | dropped | links only some lessons of a section")
                .contains("| ConstraintActivitiesSameStartingTime | 1 | mapped | a SAME_START row of "
                        + "section_links.csv |")
                .contains("| ConstraintTeacherMaxDaysPerWeek | 1 | mapped | max_days_per_week in teachers.csv |")
                .contains("| ConstraintStudentsSetMinHoursDaily | 1 | dropped | FET lets the group have a day without")
                .contains("| P4 | 10:25-10:45 | 10:25 | 10:45 |");
        assertThat(imported.summary().constraints()).isEqualTo(24);
        assertThat(imported.summary().mapped() + imported.summary().approximate() + imported.summary().dropped())
                .isEqualTo(24);
    }

    /** Constraint elements of a FET file by type, found with a plain pattern rather than the importer's reader. */
    static Map<String, Integer> constraintsIn(String fet) {
        Matcher matcher = Pattern.compile("<(Constraint[A-Za-z]+)>").matcher(fet);
        Map<String, Integer> counts = new java.util.TreeMap<>();
        while (matcher.find()) {
            counts.merge(matcher.group(1), 1, Integer::sum);
        }
        return counts;
    }

    /** The report table's counts summed by FET type. */
    static Map<String, Integer> countsByType(String report) {
        Matcher matcher = Pattern.compile("(?m)^\\| (Constraint[A-Za-z]+) \\| (\\d+) \\|").matcher(report);
        Map<String, Integer> counts = new java.util.TreeMap<>();
        while (matcher.find()) {
            counts.merge(matcher.group(1), Integer.parseInt(matcher.group(2)), Integer::sum);
        }
        return counts;
    }

    @Test
    void subjectTeamsGroupTheTeachersOfASubjectInTeamsOfAtMostEight() throws Exception {
        // Math taught by ten teachers, art by two.
        StringBuilder activities = new StringBuilder();
        StringBuilder teachers = new StringBuilder();
        for (int n = 1; n <= 10; n++) {
            teachers.append("<Teacher><Name>M").append(n).append("</Name></Teacher>\n");
            activities.append(activity(n, "M" + n, "Math"));
        }
        teachers.append("<Teacher><Name>A1</Name></Teacher><Teacher><Name>A2</Name></Teacher>\n");
        activities.append(activity(11, "A1", "Art")).append(activity(12, "A2", "Art"));
        String fet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <fet version="6.8.5">
                <Days_List><Day><Name>Mon</Name></Day><Day><Name>Tue</Name></Day></Days_List>
                <Hours_List><Hour><Name>1</Name></Hour><Hour><Name>2</Name></Hour><Hour><Name>3</Name></Hour>
                </Hours_List>
                <Subjects_List><Subject><Name>Math</Name></Subject><Subject><Name>Art</Name></Subject></Subjects_List>
                <Teachers_List>%s</Teachers_List>
                <Students_List></Students_List>
                <Activities_List>%s</Activities_List>
                <Rooms_List></Rooms_List>
                </fet>
                """.formatted(teachers, activities);

        School school = importAndRead("teams.fet", fet.getBytes(StandardCharsets.UTF_8), new Options(true));

        assertThat(school.getTeams()).extracting(Team::getId).containsExactly("Math-team-1", "Math-team-2");
        assertThat(school.getTeams()).allSatisfy(team -> {
            assertThat(team.getMembers()).hasSize(5);
            assertThat(team.getMeetingsPerWeek()).isEqualTo(1);
            assertThat(team.getFamily()).isEqualTo("SINGLE");
        });
        // Without the option there are no teams; times made up from 08:00 when hour names hold none.
        School withoutTeams = FetImporterTest.read(FetImporter.importFet("teams.fet",
                fet.getBytes(StandardCharsets.UTF_8), Options.defaults()));
        assertThat(withoutTeams.getTeams()).isEmpty();
        assertThat(withoutTeams.getBellSchedule().getTimeslots().get(0).start()).hasToString("08:00");
        assertThat(withoutTeams.getBellSchedule().getTimeslots().get(1).start()).hasToString("08:55");
    }

    private static School read(Imported imported) throws BundleException {
        Map<String, byte[]> csv = imported.files().entrySet().stream().filter(file -> file.getKey().endsWith(".csv"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return BundleReader.read(csv, imported.schoolName());
    }

    private static String activity(int id, String teacher, String subject) {
        return "<Activity><Teacher>" + teacher + "</Teacher><Subject>" + subject + "</Subject><Duration>1</Duration>"
                + "<Id>" + id + "</Id><Activity_Group_Id>0</Activity_Group_Id><Active>true</Active></Activity>\n";
    }

    @Test
    void anActivityNamingAnUnknownTeacherIsRefusedWithItsLine() {
        String fet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <fet version="6.8.5">
                <Days_List><Day><Name>Mon</Name></Day></Days_List>
                <Hours_List><Hour><Name>1</Name></Hour></Hours_List>
                <Subjects_List><Subject><Name>Math</Name></Subject></Subjects_List>
                <Teachers_List><Teacher><Name>Ana</Name></Teacher></Teachers_List>
                <Activities_List>
                <Activity><Teacher>Zed</Teacher><Subject>Math</Subject><Duration>1</Duration><Id>1</Id></Activity>
                </Activities_List>
                </fet>
                """;

        assertThatThrownBy(() -> FetImporter.importFet("bad.fet", fet.getBytes(StandardCharsets.UTF_8),
                Options.defaults())).isInstanceOf(FetImportException.class)
                .hasMessage("bad.fet line 8, Activity: activity 1: teacher \"Zed\" is not in the Teachers_List");
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithTheLineOfTheMistake() {
        String fet = "<?xml version=\"1.0\"?>\n<fet>\n<Days_List>\n</fet>\n";

        assertThatThrownBy(() -> FetImporter.importFet("broken.fet", fet.getBytes(StandardCharsets.UTF_8),
                Options.defaults())).isInstanceOf(FetImportException.class)
                .hasMessageStartingWith("broken.fet line 4: not well-formed XML");
    }

    @Test
    void anExternalEntityIsNeverRead(@TempDir Path secretDir) throws IOException {
        Path secret = secretDir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET");
        String fet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE fet [ <!ENTITY secret SYSTEM "%s"> ]>
                <fet version="6.8.5"><Institution_Name>&secret;</Institution_Name></fet>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> FetImporter.importFet("xxe.fet", fet.getBytes(StandardCharsets.UTF_8),
                Options.defaults())).isInstanceOf(FetImportException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void aFileWithoutDaysOrHoursIsRefused() {
        String fet = "<fet version=\"6.8.5\"><Days_List></Days_List><Hours_List></Hours_List></fet>";

        assertThatThrownBy(() -> FetImporter.importFet("empty.fet", fet.getBytes(StandardCharsets.UTF_8),
                Options.defaults())).isInstanceOf(FetImportException.class)
                .satisfies(e -> assertThat(((FetImportException) e).problems()).extracting(Object::toString)
                        .containsExactly("empty.fet line 1, fet: the file has no days (Days_List)",
                                "empty.fet line 1, fet: the file has no hours (Hours_List)"));
    }

    @Test
    void aNameOfSpacesOnlyIsANameAsInFet() throws Exception {
        // One of FET's own examples (Algeria, Find-the-gaps.fet) has a subject named "   ".
        String fet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <fet version="5.41.0">
                <Days_List><Day><Name>Mon</Name></Day></Days_List>
                <Hours_List><Hour><Name>1</Name></Hour><Hour><Name>2</Name></Hour></Hours_List>
                <Subjects_List><Subject><Name>Math</Name></Subject><Subject><Name>   </Name></Subject></Subjects_List>
                <Teachers_List><Teacher><Name>Ana</Name></Teacher></Teachers_List>
                <Activities_List>
                <Activity><Teacher>Ana</Teacher><Subject>   </Subject><Duration>1</Duration><Id>1</Id></Activity>
                </Activities_List>
                </fet>
                """;

        School school = read(FetImporter.importFet("spaces.fet", fet.getBytes(StandardCharsets.UTF_8),
                Options.defaults()));

        assertThat(school.getSections()).extracting(Section::getSubject).containsExactly("x");
    }

    @Test
    void aSubjectOrTeacherDefinedTwiceCountsOnceAsInFet() throws Exception {
        // FET's own examples MED_2019-20-1.fet and TelPolytech_odd.fet repeat names; FET ignores the repeats.
        String fet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <fet version="5.41.0">
                <Days_List><Day><Name>Mon</Name></Day></Days_List>
                <Hours_List><Hour><Name>1</Name></Hour><Hour><Name>2</Name></Hour></Hours_List>
                <Subjects_List><Subject><Name>Math</Name></Subject><Subject><Name>Math</Name></Subject>
                </Subjects_List>
                <Teachers_List><Teacher><Name>HEN</Name></Teacher><Teacher><Name>HEN</Name></Teacher></Teachers_List>
                <Activities_List>
                <Activity><Teacher>HEN</Teacher><Subject>Math</Subject><Duration>1</Duration><Id>1</Id></Activity>
                </Activities_List>
                </fet>
                """;

        Imported imported = FetImporter.importFet("twice.fet", fet.getBytes(StandardCharsets.UTF_8),
                Options.defaults());

        assertThat(read(imported).getTeachers()).extracting(Teacher::getId).containsExactly("HEN");
        assertThat(new String(imported.files().get(FetImporter.REPORT), StandardCharsets.UTF_8))
                .contains("- line 5: subject \"Math\" is defined a second time; the second is ignored, as FET does")
                .contains("- line 7: teacher \"HEN\" is defined a second time");
    }

    @Test
    void fetsNoLimitCapacityAndATabInANameStillMakeABundleThatValidates() throws Exception {
        // FET writes 30000 for a room without a limit; the bundle reader takes at most 10,000 and no control
        // characters in any cell.
        String fet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <fet version="6.8.5">
                <Institution_Name>North&#9;School</Institution_Name>
                <Days_List><Day><Name>Mon</Name></Day></Days_List>
                <Hours_List><Hour><Name>1</Name></Hour><Hour><Name>2</Name></Hour></Hours_List>
                <Subjects_List><Subject><Name>Math</Name></Subject></Subjects_List>
                <Teachers_List><Teacher><Name>Ana&#9;Ruiz</Name></Teacher></Teachers_List>
                <Activities_List>
                <Activity><Teacher>Ana&#9;Ruiz</Teacher><Subject>Math</Subject><Duration>1</Duration><Id>1</Id>
                <Number_Of_Students>40000</Number_Of_Students></Activity>
                </Activities_List>
                <Rooms_List><Room><Name>Hall</Name><Capacity>30000</Capacity></Room></Rooms_List>
                <Space_Constraints_List>
                <ConstraintActivityPreferredRoom><Weight_Percentage>100</Weight_Percentage><Activity_Id>1</Activity_Id>
                <Room>Hall</Room></ConstraintActivityPreferredRoom>
                </Space_Constraints_List>
                </fet>
                """;

        School school = read(FetImporter.importFet("limits.fet", fet.getBytes(StandardCharsets.UTF_8),
                Options.defaults()));

        assertThat(school.getName()).isEqualTo("North School");
        assertThat(school.getTeachers()).extracting(Teacher::getId, Teacher::getName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana_Ruiz", "Ana Ruiz"));
        assertThat(school.getRooms()).extracting(room -> room.getCapacity()).containsExactly(10_000);
        assertThat(school.getSections()).extracting(Section::getEnrollment).containsExactly(10_000);
    }

    @Test
    void aLockFetCouldNotKeepIsLeftOutAndReported() throws Exception {
        // Ana is away on Monday's first hour, where activity 2 is locked; activity 1 keeps its lock.
        String fet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <fet version="6.8.5">
                <Days_List><Day><Name>Mon</Name></Day><Day><Name>Tue</Name></Day></Days_List>
                <Hours_List><Hour><Name>1</Name></Hour><Hour><Name>2</Name></Hour></Hours_List>
                <Subjects_List><Subject><Name>Math</Name></Subject></Subjects_List>
                <Teachers_List><Teacher><Name>Ana</Name></Teacher></Teachers_List>
                <Activities_List>
                <Activity><Teacher>Ana</Teacher><Subject>Math</Subject><Duration>1</Duration><Id>1</Id>
                <Activity_Group_Id>1</Activity_Group_Id></Activity>
                <Activity><Teacher>Ana</Teacher><Subject>Math</Subject><Duration>1</Duration><Id>2</Id>
                <Activity_Group_Id>1</Activity_Group_Id></Activity>
                </Activities_List>
                <Time_Constraints_List>
                <ConstraintTeacherNotAvailableTimes><Weight_Percentage>100</Weight_Percentage><Teacher>Ana</Teacher>
                <Not_Available_Time><Day>Mon</Day><Hour>1</Hour></Not_Available_Time>
                </ConstraintTeacherNotAvailableTimes>
                <ConstraintActivityPreferredStartingTime><Weight_Percentage>100</Weight_Percentage>
                <Activity_Id>1</Activity_Id><Preferred_Day>Tue</Preferred_Day><Preferred_Hour>2</Preferred_Hour>
                </ConstraintActivityPreferredStartingTime>
                <ConstraintActivityPreferredStartingTime><Weight_Percentage>100</Weight_Percentage>
                <Activity_Id>2</Activity_Id><Preferred_Day>Mon</Preferred_Day><Preferred_Hour>1</Preferred_Hour>
                </ConstraintActivityPreferredStartingTime>
                </Time_Constraints_List>
                </fet>
                """;

        Imported imported = FetImporter.importFet("locks.fet", fet.getBytes(StandardCharsets.UTF_8),
                Options.defaults());

        assertThat(read(imported).getLessons()).extracting(lesson -> lesson.getLockedBlock() == null ? ""
                : lesson.getLockedBlock().getId()).containsExactly("TUE-P2", "");
        assertThat(new String(imported.files().get(FetImporter.REPORT), StandardCharsets.UTF_8))
                .contains("| ConstraintActivityPreferredStartingTime | 1 | dropped | teacher Ana is not available "
                        + "there |")
                .contains("- activity 2: its lock is left out: teacher Ana is not available there");
    }

    @Test
    void aLockThatNeedsATeacherAnEarlierLockHoldsIsLeftOutAndReported() throws Exception {
        // Two of Ana's activities, each its own section, locked to Tuesday's second hour: the bundle refuses both.
        String fet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <fet version="6.8.5">
                <Days_List><Day><Name>Mon</Name></Day><Day><Name>Tue</Name></Day></Days_List>
                <Hours_List><Hour><Name>1</Name></Hour><Hour><Name>2</Name></Hour></Hours_List>
                <Subjects_List><Subject><Name>Math</Name></Subject></Subjects_List>
                <Teachers_List><Teacher><Name>Ana</Name></Teacher></Teachers_List>
                <Activities_List>
                <Activity><Teacher>Ana</Teacher><Subject>Math</Subject><Duration>1</Duration><Id>1</Id>
                <Activity_Group_Id>1</Activity_Group_Id></Activity>
                <Activity><Teacher>Ana</Teacher><Subject>Math</Subject><Duration>1</Duration><Id>2</Id>
                <Activity_Group_Id>2</Activity_Group_Id></Activity>
                </Activities_List>
                <Time_Constraints_List>
                <ConstraintActivityPreferredStartingTime><Weight_Percentage>100</Weight_Percentage>
                <Activity_Id>1</Activity_Id><Preferred_Day>Tue</Preferred_Day><Preferred_Hour>2</Preferred_Hour>
                </ConstraintActivityPreferredStartingTime>
                <ConstraintActivityPreferredStartingTime><Weight_Percentage>100</Weight_Percentage>
                <Activity_Id>2</Activity_Id><Preferred_Day>Tue</Preferred_Day><Preferred_Hour>2</Preferred_Hour>
                </ConstraintActivityPreferredStartingTime>
                </Time_Constraints_List>
                </fet>
                """;

        Imported imported = FetImporter.importFet("clash.fet", fet.getBytes(StandardCharsets.UTF_8),
                Options.defaults());

        assertThat(read(imported).getLessons()).extracting(lesson -> lesson.getLockedBlock() == null ? ""
                : lesson.getLockedBlock().getId()).containsExactlyInAnyOrder("TUE-P2", "");
        assertThat(new String(imported.files().get(FetImporter.REPORT), StandardCharsets.UTF_8))
                .contains("- activity 2: its lock is left out: teacher Ana is also in the lock of activity 1 there");
    }

    @Test
    void namesThatAreNotIdsAreCleanedAndKeptApart() {
        Ids ids = new Ids();

        assertThat(ids.id("teacher", "Ana Ruiz")).isEqualTo("Ana_Ruiz");
        assertThat(ids.id("teacher", "Ana;Ruiz")).isEqualTo("Ana_Ruiz_2");
        assertThat(ids.id("teacher", "Ana Ruiz")).isEqualTo("Ana_Ruiz");
        assertThat(ids.id("group", "-5a #2")).isEqualTo("5a_2");
        assertThat(ids.id("subject", "Τεχνολογία")).isEqualTo("Τεχνολογία");
        assertThat(ids.id("subject", "=SUM(A1)")).isEqualTo("SUM_A1");
        assertThat(ids.renamed()).containsKeys("teacher: Ana Ruiz", "group: -5a #2");
    }

    @Test
    void dayIdsAreThreeCapitalsWhenThoseAreUniqueElseTheWholeName() {
        assertThat(TimeGrid.dayIds(List.of("Monday", "Tuesday", "Wednesday"))).containsExactly("MON", "TUE", "WED");
        assertThat(TimeGrid.dayIds(List.of("Day 1", "Day 2", "Day-3"))).containsExactly("DAY_1", "DAY_2", "DAY_3");
    }

    @Test
    void hourNamesGiveTimesWhenTheyHoldThem() {
        java.time.LocalTime[] starts = new java.time.LocalTime[3];
        java.time.LocalTime[] ends = new java.time.LocalTime[3];

        assertThat(TimeGrid.timesFromNames(List.of("Pd1 08h00-08h40", "Pd2 08h40-09h20", "Pd3 (09.30)"), starts,
                ends)).isTrue();
        assertThat(List.of(starts)).extracting(Object::toString).containsExactly("08:00", "08:40", "09:30");
        // The last hour lasts as long as the others.
        assertThat(List.of(ends)).extracting(Object::toString).containsExactly("08:40", "09:20", "10:10");
        assertThat(TimeGrid.timesFromNames(List.of("1", "2", "3"), starts, ends)).isFalse();
        assertThat(TimeGrid.timesFromNames(List.of("09:00", "08:00", "10:00"), starts, ends)).isFalse();
    }
}
