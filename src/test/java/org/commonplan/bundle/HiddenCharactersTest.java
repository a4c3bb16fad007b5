package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Characters that do not show are refused in ids and names, with the cell they are in. */
class HiddenCharactersTest {

    private static List<String> problems(Map<String, byte[]> files) {
        BundleException error = assertThrows(BundleException.class, () -> BundleReader.read(files, "school"));
        return error.problems().stream().map(BundleProblem::toString).toList();
    }

    private static void replace(Map<String, byte[]> files, String file, String from, String to) {
        String text = new String(files.get(file), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        files.put(file, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void controlAndBidirectionalCharactersInIdsAndNamesAreRefusedWhereTheyAre() throws Exception {
        Map<String, byte[]> files = TestBundles.filesOf("small-elementary");
        replace(files, "teachers.csv", "rivera,Ana Rivera", "rivera,Ana\u0000 Rivera");
        replace(files, "teachers.csv", "chen,Lily Chen", "chen,\"Lily\nChen\"");
        replace(files, "rooms.csv", "ART-RM", "ART\u202E-RM");
        replace(files, "teams.csv", "Kindergarten team", "Kindergarten\u2066 team");

        assertThat(problems(files)).containsExactly(
                "teachers.csv line 2, column name: the cell holds U+0000 NULL, a control character; remove it",
                "teachers.csv line 3, column name: the cell holds U+000A LINE FEED (LF), a control character;"
                        + " remove it",
                "rooms.csv line 2, column id: the cell holds U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional"
                        + " control, which can make text read as other text; remove it",
                "teams.csv line 2, column name: the cell holds U+2066 LEFT-TO-RIGHT ISOLATE, a bidirectional"
                        + " control, which can make text read as other text; remove it");
    }

    @Test
    void jsonKeysAndValuesAreCheckedAndNoMessageCarriesTheCharacterItself() {
        String json = "{\"settings\": {\"name\": \"Oak\\u202E School\"}, \"ro\\u202Eoms\": [],"
                + " \"teachers\": [{\"id\": \"t\\u0007\", \"na\\u0000me\": \"x\"}]}";

        BundleException error = assertThrows(BundleException.class, () -> BundleReader.readJson(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "school"));

        List<String> problems = error.problems().stream().map(BundleProblem::toString).toList();
        assertThat(problems).contains(
                "bundle.json: \"ro<U+202E>oms\" is not a part of a bundle; the parts are settings, bell_schedule,"
                        + " blocks, teachers, rooms, groups, sections, teams, coaching, course_conflicts, section_links",
                "settings.csv line 2, column value: the cell holds U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional"
                        + " control, which can make text read as other text; remove it",
                "teachers.csv line 1, column na<U+0000>me: the cell holds U+0000 NULL, a control character; remove"
                        + " it");
        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .startsWith("teachers.csv line 2, column id: the cell holds U+0007 ").endsWith(", a control character;"
                        + " remove it"));
        assertThat(problems).allSatisfy(problem -> assertThat(problem.codePoints())
                .noneMatch(HiddenCharacters::isHidden));
    }
}
