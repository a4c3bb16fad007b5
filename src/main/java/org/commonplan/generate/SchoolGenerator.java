package org.commonplan.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Generates a school bundle from an archetype and a seed: the school plan builds a complete hidden schedule
 * first and derives the sections and teams from it, then the bundle is read back and the planted schedule checked
 * with the project's own reader and rule recount. Same options, same bytes.
 */
public final class SchoolGenerator {

    /** The bundle files a generated folder may hold; only these (and {@code planted/}) are replaced on write. */
    private static final List<String> BUNDLE_FILES = List.of("settings.csv", "bell_schedule.csv", "blocks.csv",
            "teachers.csv", "rooms.csv", "groups.csv", "sections.csv", "teams.csv", "coaching.csv",
            "course_conflicts.csv");

    private static final List<String> PLACE_NAMES = List.of("Adams", "Brookside", "Cedar Ridge", "Cherry Hill",
            "Clearwater", "Douglass", "Eastwood", "Fairview", "Franklin", "Garfield", "Glenwood", "Hamilton",
            "Harborview", "Highland", "Hillcrest", "Jefferson", "Kennedy", "Lakeside", "Lincoln", "Madison",
            "Maple Grove", "Meadowbrook", "Mill Creek", "Monroe", "Northgate", "Oak Park", "Parkview", "Pine Valley",
            "Ridgeway", "Riverside", "Roosevelt", "Sequoia", "Sunnyside", "Tubman", "Valley View", "Washington",
            "Westfield", "Willow Creek");

    /** What a generated bundle holds, for the dataset list and the command's summary. */
    public record Summary(String name, String archetype, int teachers, int leaders, int sections, int lessons,
            int rooms, int groups, int teams, int meetings, int coachingPairs, int courseConflicts) {
    }

    /** A generated bundle: every file by its path inside the bundle folder ({@code planted/...} when planted). */
    public record Generated(Summary summary, Map<String, byte[]> files) {

        /** The input bundle alone, without the planted schedule: what BundleReader reads. */
        public Map<String, byte[]> bundleFiles() {
            Map<String, byte[]> bundle = new LinkedHashMap<>(files);
            bundle.keySet().removeIf(file -> file.startsWith(PlantedSchedule.FOLDER + "/"));
            return bundle;
        }
    }

    private SchoolGenerator() {
    }

    public static Generated generate(GeneratorOptions options) {
        String name = options.name() != null ? options.name() : defaultName(options);
        PlannedSchool school = switch (options.archetype()) {
            case ELEMENTARY -> ElementaryPlan.build(options, name);
            case MIDDLE -> MiddlePlan.build(options, name);
            default -> HighSchoolPlan.build(options, name);
        };
        Map<String, byte[]> files = new LinkedHashMap<>(BundleRenderer.render(school));
        // Always checked, so that no seed can produce an instance whose planted schedule is broken.
        Map<String, byte[]> planted = PlantedSchedule.verifyAndRender(school, files);
        if (options.planted()) {
            planted.forEach((file, bytes) -> files.put(PlantedSchedule.FOLDER + "/" + file, bytes));
        }
        return new Generated(summarize(school, options.archetype()), files);
    }

    /** Writes the bundle into {@code folder}, replacing the bundle files and planted folder already there. */
    public static void write(Generated generated, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String file : BUNDLE_FILES) {
            Files.deleteIfExists(folder.resolve(file));
        }
        Path planted = folder.resolve(PlantedSchedule.FOLDER);
        if (Files.isDirectory(planted)) {
            try (Stream<Path> files = Files.list(planted)) {
                for (Path file : files.sorted().toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(planted);
        }
        for (Map.Entry<String, byte[]> file : generated.files().entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    static String defaultName(GeneratorOptions options) {
        Rng rng = Rng.of(options.seed(), "name");
        String place = rng.pick(PLACE_NAMES);
        return switch (options.archetype()) {
            case ELEMENTARY -> place + " Elementary School";
            case MIDDLE -> place + " Middle School";
            default -> place + " High School";
        };
    }

    private static Summary summarize(PlannedSchool school, Archetype archetype) {
        return new Summary(school.name(), archetype.cliName(), school.teachers.size(),
                (int) school.teachers.stream().filter(PlannedTeacher::isLeader).count(),
                school.sections.size(), school.sections.stream().mapToInt(section -> section.lessons.size()).sum(),
                school.rooms.size(), school.groups.size(), school.teams.size(),
                school.teams.stream().mapToInt(team -> team.meetingBlocks.size()).sum(), school.coaching.size(),
                school.courseConflicts.size());
    }
}
