package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.Block;
import org.commonplan.domain.GroupLimits;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherLimits;
import org.commonplan.domain.TeamMeeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The columns and the file that state the rules real schools use (FET's constraints), read and checked. */
class RealSchoolColumnsTest {

    @TempDir
    Path dir;

    private static Map<String, String> bundle() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bell_schedule.csv", """
                day,period,start,end,kind
                MON,P1,08:00,08:45,CLASS
                MON,P2,08:50,09:35,CLASS
                MON,P3,09:40,10:25,CLASS
                TUE,P1,08:00,08:45,CLASS
                TUE,P2,08:50,09:35,CLASS
                TUE,P3,09:40,10:25,CLASS
                WED,P1,08:00,08:45,CLASS
                WED,P2,08:50,09:35,CLASS
                WED,P3,09:40,10:25,CLASS
                """);
        files.put("teachers.csv", """
                id,name,max_days_per_week,min_lessons_per_day,max_gaps_per_day,max_gaps_per_week,max_lessons_in_a_row
                ana,Ana,2,2,0,1,2
                ben,Ben,,,,,
                cal,Cal,,,,,
                """);
        files.put("rooms.csv", """
                id,capacity,kind
                R1,30,GENERAL
                LAB,30,LAB
                GYM,60,GYM
                """);
        files.put("groups.csv", """
                id,size,max_gaps_per_day,max_gaps_per_week,min_lessons_per_day,max_lessons_per_day,max_late_starts
                5A,25,0,0,2,3,0
                5B,25,,,,,
                """);
        files.put("sections.csv", """
                id,course,teacher,co_teacher,groups,family,meetings,rooms,blocks,min_days_between,ends_day
                MATH-5A,MATH,ana,,5A,SINGLE,2,,MON-P1;TUE-P1;WED-P1,1,
                SCI-5A,SCI,ben,ana;cal,5A,SINGLE,1,LAB;GYM,,,yes
                FR-5B,FR,ben,,5B,SINGLE,1,,,,
                DE-5B,DE,cal,,5B,SINGLE,1,,,,
                """);
        files.put("section_links.csv", """
                kind,sections
                SAME_START,FR-5B;DE-5B
                """);
        return files;
    }

    private Path write(Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("school"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static Section section(School school, String id) {
        return school.getSections().stream().filter(section -> section.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyLimitLinkAndListReachesTheSchool() throws Exception {
        School school = BundleReader.read(write(bundle()));

        Teacher ana = school.getTeachers().stream().filter(t -> t.getId().equals("ana")).findFirst().orElseThrow();
        assertThat(ana.getLimits()).isEqualTo(new TeacherLimits(2, 2, 0, 1, 2));
        Teacher ben = school.getTeachers().stream().filter(t -> t.getId().equals("ben")).findFirst().orElseThrow();
        assertThat(ben.getLimits()).isEqualTo(TeacherLimits.NONE);
        StudentGroup classA = school.getGroups().stream().filter(g -> g.getId().equals("5A")).findFirst().orElseThrow();
        assertThat(classA.getLimits()).isEqualTo(new GroupLimits(0, 0, 2, 3, 0));

        Section math = section(school, "MATH-5A");
        assertThat(math.getAllowedBlocks()).extracting(Block::getId).containsExactly("MON-P1", "TUE-P1", "WED-P1");
        assertThat(math.getMinDaysBetween()).isEqualTo(1);
        Section science = section(school, "SCI-5A");
        assertThat(science.getStaff()).extracting(Teacher::getId).containsExactly("ben", "ana", "cal");
        assertThat(science.getSuitableRooms()).extracting(Room::getId).containsExactly("LAB", "GYM");
        assertThat(science.isEndsDay()).isTrue();
        assertThat(science.accepts(school.getRooms().get(2))).isTrue();
        assertThat(section(school, "FR-5B").getLinks()).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo(SectionLink.Kind.SAME_START);
            assertThat(link.sections()).extracting(Section::getId).containsExactly("FR-5B", "DE-5B");
        });
        assertThat(section(school, "DE-5B").getLinks()).isEqualTo(section(school, "FR-5B").getLinks());
        assertThat(school.getMeetings()).extracting(TeamMeeting::getId).isEmpty();
    }

    @Test
    void mistakesInTheNewColumnsNameFileLineAndColumn() throws Exception {
        Map<String, String> files = bundle();
        files.put("teachers.csv", files.get("teachers.csv").replace("ana,Ana,2,2,0,1,2", "ana,Ana,0,2,-1,1,2"));
        files.put("sections.csv", files.get("sections.csv")
                .replace("MON-P1;TUE-P1;WED-P1,1,", "MON-P1;P2,9,")
                .replace("LAB;GYM,,,yes", "LAB;POOL,,,maybe"));
        files.put("section_links.csv", """
                kind,sections
                SAME_START,FR-5B;XX-5B
                TOGETHER,FR-5B;DE-5B
                NOT_OVERLAPPING,FR-5B
                """);

        BundleException error = assertThrows(BundleException.class, () -> BundleReader.read(write(files)));

        List<String> problems = error.problems().stream()
                .map(problem -> problem.file() + ":" + problem.line() + ":" + problem.column() + ": "
                        + problem.message())
                .toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("teachers.csv:2:max_days_per_week: "))
                .anySatisfy(p -> assertThat(p).startsWith("teachers.csv:2:max_gaps_per_day: "))
                .anySatisfy(p -> assertThat(p).startsWith("sections.csv:2:blocks: ").contains("\"P2\""))
                .anySatisfy(p -> assertThat(p).startsWith("sections.csv:2:min_days_between: "))
                .anySatisfy(p -> assertThat(p).startsWith("sections.csv:3:rooms: ").contains("POOL"))
                .anySatisfy(p -> assertThat(p).startsWith("sections.csv:3:ends_day: ").contains("not yes or no"))
                .anySatisfy(p -> assertThat(p).startsWith("section_links.csv:2:sections: ").contains("XX-5B"))
                .anySatisfy(p -> assertThat(p).startsWith("section_links.csv:3:kind: "))
                .anySatisfy(p -> assertThat(p).startsWith("section_links.csv:4:sections: ")
                        .contains("at least two sections"));
    }
}
