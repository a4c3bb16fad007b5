package org.commonplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.cli.CommonPlanCommand;
import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherRole;
import org.commonplan.domain.Team;
import org.commonplan.report.RuleCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import picocli.CommandLine;

class SchoolGeneratorTest {

    /** A small school of each archetype, so that the whole test stays fast. */
    private static GeneratorOptions small(Archetype archetype, long seed) {
        int teachers = switch (archetype) {
            case ELEMENTARY -> 24;
            case MIDDLE -> 22;
            default -> 32;
        };
        return GeneratorOptions.of(archetype, seed).withTeachers(teachers).withPlanted(true);
    }

    private static int generate(String... args) {
        CommandLine commandLine = CommonPlanCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        String[] all = new String[args.length + 1];
        all[0] = "generate";
        System.arraycopy(args, 0, all, 1, args.length);
        return commandLine.execute(all);
    }

    private static Map<String, byte[]> filesUnder(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    @Test
    void sameArgumentsGiveByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        String[] args = {"--archetype", "high-ab", "--seed", "7", "--teachers", "30", "--planted", "--out"};
        assertThat(generate(concat(args, first.toString()))).isZero();
        assertThat(generate(concat(args, second.toString()))).isZero();

        Map<String, byte[]> a = filesUnder(first);
        Map<String, byte[]> b = filesUnder(second);
        assertThat(a.keySet()).contains("sections.csv", "teams.csv", "planted/master_schedule.csv",
                "planted/team_meetings.csv").isEqualTo(b.keySet());
        a.forEach((file, bytes) -> assertThat(bytes).as(file).isEqualTo(b.get(file)));
    }

    @Test
    void anotherSeedGivesAnotherSchool() {
        Map<String, byte[]> one = SchoolGenerator.generate(small(Archetype.MIDDLE, 1)).files();
        Map<String, byte[]> two = SchoolGenerator.generate(small(Archetype.MIDDLE, 2)).files();

        assertThat(one.get("teachers.csv")).isNotEqualTo(two.get("teachers.csv"));
    }

    @ParameterizedTest
    @EnumSource(Archetype.class)
    void plantedScheduleOfEveryArchetypeKeepsEveryHardRule(Archetype archetype, @TempDir Path folder)
            throws IOException {
        SchoolGenerator.write(SchoolGenerator.generate(small(archetype, 11)), folder);

        School school = PlantedBundles.readPlanted(folder);

        assertThat(RuleCheck.hardViolations(school)).isEmpty();
        assertThat(school.getMeetings()).isNotEmpty().allSatisfy(meeting -> assertThat(meeting.getBlock()).isNotNull());
        assertThat(school.getTeachers()).anyMatch(Teacher::isLeader);
        assertThat(school.getCoachingPairs()).isNotEmpty();
    }

    @Test
    void ninetyMinuteElementaryMeetsInDoubleBlocksAndStaysFeasible(@TempDir Path folder) throws IOException {
        SchoolGenerator.write(SchoolGenerator.generate(small(Archetype.ELEMENTARY, 5).withNinetyMinuteMeetings(true)),
                folder);

        School school = PlantedBundles.readPlanted(folder);

        assertThat(RuleCheck.hardViolations(school)).isEmpty();
        List<Team> gradeTeams = school.getTeams().stream().filter(team -> team.getId().startsWith("G")).toList();
        assertThat(gradeTeams).hasSize(6).allSatisfy(team -> {
            assertThat(team.getFamily()).isEqualTo(BlockFamily.DOUBLE);
            assertThat(team.getMeetingMinutes()).isEqualTo(90);
        });
    }

    @Test
    void elementaryHomeroomTeachersHaveTheirClassAndSpecialistsTeachIt() {
        School school = read(SchoolGenerator.generate(small(Archetype.ELEMENTARY, 3)));

        List<Teacher> homeroom = school.getTeachers().stream().filter(teacher -> teacher.getHomeroom() != null)
                .toList();
        assertThat(homeroom).hasSizeBetween(18, 30);
        assertThat(school.getTeachers()).filteredOn(teacher -> teacher.getRole() == TeacherRole.SPECIALIST)
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(school.getSections()).filteredOn(section -> !section.getGroups().isEmpty())
                .allSatisfy(section -> assertThat(section.getTeacher().getRole()).isEqualTo(TeacherRole.SPECIALIST));
    }

    @Test
    void highSchoolHasSingletonConflictsCoTeachingPartTimersAndSharedSpecialtyRooms() {
        School school = read(SchoolGenerator.generate(GeneratorOptions.of(Archetype.HIGH_TRADITIONAL, 4)));

        assertThat(school.getCourseConflicts()).isNotEmpty();
        assertThat(school.getSections()).anyMatch(section -> section.getCoTeacher() != null);
        assertThat(school.getTeachers()).anyMatch(teacher -> !teacher.getUnavailable().isEmpty());
        long scienceTeachers = school.getSections().stream().filter(section -> section.getRoomKind()
                .equals("SCIENCE_LAB")).map(Section::getTeacher).distinct().count();
        long labs = school.getRooms().stream().filter(room -> room.getKind().equals("SCIENCE_LAB")).count();
        assertThat(labs).isPositive().isLessThan(scienceTeachers);
        assertThat(school.getTeachers()).filteredOn(Teacher::isLeader)
                .allSatisfy(leader -> assertThat(leader.getReleasePerDay()).isBetween(1, 2))
                .allSatisfy(leader -> assertThat(leader.getSalary()).isBetween(48_000L, 95_000L));
    }

    @Test
    void scenariosOfOneSchoolShareTheirStaff() {
        GeneratorOptions statusQuo = GeneratorOptions.of(Archetype.HIGH_TRADITIONAL, 9).withTeachers(40)
                .withLeaders(0).withSectionsPerTeacher(6);
        School before = read(SchoolGenerator.generate(statusQuo));
        School leaders = read(SchoolGenerator.generate(statusQuo.withLeaders(2).withReleasePerDay(2)));
        School block = read(SchoolGenerator.generate(statusQuo.withArchetype(Archetype.HIGH_AB)));

        List<String> staff = before.getTeachers().stream().map(Teacher::getName).toList();
        assertThat(leaders.getTeachers().stream().map(Teacher::getName).toList()).isEqualTo(staff);
        assertThat(block.getTeachers().stream().map(Teacher::getName).toList()).isEqualTo(staff);
        assertThat(leaders.getTeachers()).filteredOn(Teacher::isLeader).hasSize(2)
                .allSatisfy(leader -> assertThat(leader.getReleasePerDay()).isEqualTo(2));
        assertThat(before.getTeachers()).noneMatch(Teacher::isLeader);
    }

    @Test
    void unknownArchetypeIsAnInvalidArgument(@TempDir Path folder) throws IOException {
        assertThat(generate("--archetype", "college", "--out", folder.toString())).isEqualTo(2);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    private static School read(SchoolGenerator.Generated generated) {
        try {
            return BundleReader.read(generated.bundleFiles(), "school");
        } catch (BundleException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static String[] concat(String[] args, String last) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }
}
