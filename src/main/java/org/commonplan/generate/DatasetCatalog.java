package org.commonplan.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every generated dataset committed under {@code datasets/}, with the exact options that build it, so that
 * {@code generate --all datasets} rebuilds them byte for byte. The hand-made bundles (small-middle,
 * small-elementary) are not here and are never touched.
 */
public final class DatasetCatalog {

    /** A committed dataset: its folder under the datasets folder, what it represents, and how it is built. */
    public record Dataset(String folder, String represents, GeneratorOptions options) {
    }

    /** A dataset as written, with its sizes. */
    public record Written(Dataset dataset, SchoolGenerator.Summary summary) {
    }

    private static final String LINCOLN = "Lincoln High School";
    private static final String MAPLE = "Maple Grove Elementary School";

    private DatasetCatalog() {
    }

    public static List<Dataset> datasets() {
        List<Dataset> datasets = new ArrayList<>();
        datasets.add(planted("elementary-planted", "K-5, daily 45-minute specials rotation, 45-minute grade "
                + "meetings", GeneratorOptions.of(Archetype.ELEMENTARY, 101).withName("Sunnyside Elementary School")));
        datasets.add(planted("elementary-90-planted", "K-5, one 90-minute specials block a week per grade, "
                + "90-minute (DOUBLE) grade meetings", GeneratorOptions.of(Archetype.ELEMENTARY, 102)
                .withName("Meadowbrook Elementary School").withNinetyMinuteMeetings(true)));
        datasets.add(planted("middle-planted", "6-8, two interdisciplinary teams a grade, content PLCs across "
                + "grades, encore team", GeneratorOptions.of(Archetype.MIDDLE, 201)
                .withName("Parkview Middle School")));
        datasets.add(planted("high-traditional-planted", "7-period day, teach 5, department PLCs twice a week, "
                + "singletons with conflicts, co-taught SPED, part-time staff", GeneratorOptions.of(
                        Archetype.HIGH_TRADITIONAL, 301).withName("Westfield High School")));
        datasets.add(planted("high-4x4-planted", "4x4 block (four 90-minute blocks), teach 3, 90-minute PLC "
                + "meetings", GeneratorOptions.of(Archetype.HIGH_4X4, 401).withName("Clearwater High School")));
        datasets.add(planted("high-ab-planted", "A/B block (A1-A4 MON/WED/FRI, B1-B4 TUE/THU), teach 6 of 8, "
                + "90-minute PLC meetings", GeneratorOptions.of(Archetype.HIGH_AB, 501)
                .withName("Highland High School")));
        datasets.add(planted("high-large-planted", "large comprehensive high school, 7-period day",
                GeneratorOptions.of(Archetype.HIGH_LARGE, 601).withName("Central High School")));
        datasets.add(planted("high-xl-planted", "very large high school, 7-period day",
                GeneratorOptions.of(Archetype.HIGH_XL, 701).withName("Metro High School")));

        GeneratorOptions lincoln = GeneratorOptions.of(Archetype.HIGH_TRADITIONAL, 1100).withTeachers(60)
                .withLeaders(0).withPlanted(true);
        datasets.add(new Dataset("lincoln-high/scenarios/status-quo", "7 periods, teach 6, one "
                + "planning period shared by each PLC, PLCs once a week",
                lincoln.withName(LINCOLN + " - status quo").withSectionsPerTeacher(6).withPlcMeetingsPerWeek(1)));
        datasets.add(new Dataset("lincoln-high/scenarios/teach-5-common-plc", "teach 5 of 7 with a common PLC "
                + "period: PLCs twice a week, larger classes",
                lincoln.withName(LINCOLN + " - teach 5 with a common PLC period").withSectionsPerTeacher(5)
                        .withPlcMeetingsPerWeek(2)));
        datasets.add(new Dataset("lincoln-high/scenarios/ab-block", "A/B block, teach 6 of 8, one 90-minute "
                + "PLC meeting a week", lincoln.withName(LINCOLN + " - A/B block").withSectionsPerTeacher(6)
                .withPlcMeetingsPerWeek(1)
                .withArchetype(Archetype.HIGH_AB)));
        datasets.add(new Dataset("lincoln-high/scenarios/two-teacher-leaders", "status quo plus two "
                + "teacher-leaders (ELA, math) with 2 release periods a day who coach",
                lincoln.withName(LINCOLN + " - two teacher-leaders").withSectionsPerTeacher(6)
                        .withPlcMeetingsPerWeek(1).withLeaders(2).withReleasePerDay(2)));

        GeneratorOptions maple = GeneratorOptions.of(Archetype.ELEMENTARY, 1200).withTeachers(30).withLeaders(1)
                .withPlanted(true);
        datasets.add(new Dataset("maple-elementary/scenarios/status-quo", "daily 45-minute specials, "
                + "one 45-minute grade meeting a week, one coach", maple.withName(MAPLE + " - status quo")));
        datasets.add(new Dataset("maple-elementary/scenarios/specials-90", "larger specials: one 90-minute "
                + "specials block a week (a sixth specialist), 90-minute grade meetings",
                maple.withName(MAPLE + " - 90-minute specials").withNinetyMinuteMeetings(true)));
        datasets.add(new Dataset("maple-elementary/scenarios/two-teacher-leaders", "status quo plus two "
                + "coaches with 2 release periods a day", maple.withName(MAPLE + " - two more teacher-leaders")
                .withLeaders(3).withReleasePerDay(2)));

        district(datasets, "adams-elementary", Archetype.ELEMENTARY, 24, false);
        district(datasets, "brookside-elementary", Archetype.ELEMENTARY, 28, false);
        district(datasets, "cedar-ridge-elementary", Archetype.ELEMENTARY, 32, false);
        district(datasets, "douglass-elementary", Archetype.ELEMENTARY, 26, true);
        district(datasets, "eastwood-elementary", Archetype.ELEMENTARY, 30, false);
        district(datasets, "fairview-elementary", Archetype.ELEMENTARY, 24, false);
        district(datasets, "glenwood-elementary", Archetype.ELEMENTARY, 34, false);
        district(datasets, "harborview-elementary", Archetype.ELEMENTARY, 28, false);
        district(datasets, "hillcrest-elementary", Archetype.ELEMENTARY, 30, true);
        district(datasets, "jefferson-elementary", Archetype.ELEMENTARY, 26, false);
        district(datasets, "kennedy-elementary", Archetype.ELEMENTARY, 36, false);
        district(datasets, "lakeside-middle", Archetype.MIDDLE, 22, false);
        district(datasets, "madison-middle", Archetype.MIDDLE, 41, false);
        district(datasets, "monroe-middle", Archetype.MIDDLE, 22, false);
        district(datasets, "northgate-middle", Archetype.MIDDLE, 41, false);
        district(datasets, "oak-park-high", Archetype.HIGH_TRADITIONAL, 40, false);
        district(datasets, "pine-valley-high", Archetype.HIGH_4X4, 36, false);
        district(datasets, "riverside-high", Archetype.HIGH_AB, 45, false);
        district(datasets, "roosevelt-high", Archetype.HIGH_TRADITIONAL, 55, false);
        district(datasets, "valley-view-high", Archetype.HIGH_TRADITIONAL, 30, false);
        return datasets;
    }

    private static Dataset planted(String folder, String represents, GeneratorOptions options) {
        return new Dataset(folder, represents, options.withPlanted(true));
    }

    private static void district(List<Dataset> datasets, String slug, Archetype archetype, int teachers,
            boolean ninety) {
        // Seeds 2001, 2002, ... in district order, so that adding other datasets never changes a district school.
        int number = (int) datasets.stream().filter(dataset -> dataset.folder().startsWith("district/")).count() + 1;
        StringBuilder name = new StringBuilder();
        for (String word : slug.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)).append(' ');
        }
        GeneratorOptions options = GeneratorOptions.of(archetype, 2000 + number).withTeachers(teachers)
                .withNinetyMinuteMeetings(ninety).withName(name + "School").withPlanted(true);
        datasets.add(new Dataset("district/" + slug, "district school: " + archetype.cliName()
                + (ninety ? ", 90-minute grade meetings" : ""), options));
    }

    /** Regenerates every dataset under {@code root}, reporting progress on {@code log}. */
    public static List<Written> regenerateAll(Path root, PrintWriter log) throws IOException {
        List<Written> written = new ArrayList<>();
        for (Dataset dataset : datasets()) {
            log.println("generating " + dataset.folder() + " ...");
            log.flush();
            SchoolGenerator.Generated generated = SchoolGenerator.generate(dataset.options());
            SchoolGenerator.write(generated, root.resolve(dataset.folder()));
            written.add(new Written(dataset, generated.summary()));
        }
        return written;
    }

    /** A Markdown table of the datasets and their sizes, as datasets/README.md lists them. */
    public static String table(List<Written> written) {
        StringBuilder table = new StringBuilder("| dataset | school | what it represents | teachers (leaders) | "
                + "sections (lessons) | rooms | groups | teams (meetings/week) | coaching pairs | course conflicts |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (Written entry : written) {
            SchoolGenerator.Summary s = entry.summary();
            table.append(String.format("| `%s/` | %s | %s | %d (%d) | %d (%d) | %d | %d | %d (%d) | %d | %d |%n",
                    entry.dataset().folder(), s.name(), entry.dataset().represents(), s.teachers(), s.leaders(),
                    s.sections(), s.lessons(), s.rooms(), s.groups(), s.teams(), s.meetings(), s.coachingPairs(),
                    s.courseConflicts()));
        }
        return table.toString();
    }
}
