package org.commonplan.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A bundle with a great many mistakes answers with the first ones and a count of the rest. */
class ProblemsTest {

    @Test
    void problemsOfOneFileAreListedUpToItsLimitThenCounted() throws Exception {
        Map<String, byte[]> files = TestBundles.filesOf("small-elementary");
        // Five mistakes on each of 1,000 teachers.
        StringBuilder teachers = new StringBuilder("id,role,release_per_day,max_teaching_per_day,salary,unavailable\n");
        for (int i = 0; i < 1_000; i++) {
            teachers.append('t').append(i).append(",BOSS,x,y,z,NEVER\n");
        }
        files.put("teachers.csv", teachers.toString().getBytes(StandardCharsets.UTF_8));

        BundleException error = assertThrows(BundleException.class, () -> BundleReader.read(files, "many"));

        List<BundleProblem> teacherProblems = error.problems().stream()
                .filter(problem -> problem.file().equals("teachers.csv")).toList();
        assertThat(teacherProblems).hasSize(Limits.MAX_PROBLEMS_PER_FILE + 1);
        assertThat(teacherProblems.get(0).toString())
                .isEqualTo("teachers.csv line 2, column role: role \"BOSS\" is not one of TEACHER, TEACHER_LEADER,"
                        + " SPECIALIST");
        BundleProblem last = error.problems().get(error.problems().size() - 1);
        assertThat(last.file()).isEqualTo("teachers.csv");
        assertThat(last.message()).startsWith("and 4,900 more problems not listed: at most 100 problems are listed"
                + " for a file and 1,000 in all");
        assertThat(error.problemCount()).isEqualTo(error.problems().size() - 1 + 4_900);
    }

    @Test
    void problemsOfAWholeBundleAreListedUpToTheLimitThenCounted() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 1_500; i++) {
            files.put("extra-" + i + ".csv", new byte[0]);
        }

        BundleException error = assertThrows(BundleException.class, () -> BundleReader.read(files, "many"));

        assertThat(error.problems()).hasSize(Limits.MAX_PROBLEMS + 1);
        BundleProblem last = error.problems().get(Limits.MAX_PROBLEMS);
        assertThat(last.file()).isEqualTo("bundle");
        // 1,500 unknown files and the 4 required ones missing.
        assertThat(last.message()).startsWith("and 504 more problems not listed");
        assertThat(error.problemCount()).isEqualTo(1_504);
    }
}
