package org.commonplan.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects every problem of a bundle so that the user sees them all at once. */
final class Problems {

    private final List<BundleProblem> problems = new ArrayList<>();
    private final Map<String, Integer> countByFile = new HashMap<>();

    void add(String file, int line, String column, String message) {
        problems.add(new BundleProblem(file, line, column, message));
        countByFile.merge(file, 1, Integer::sum);
    }

    void addFileProblem(String file, String message) {
        add(file, 0, null, message);
    }

    int count() {
        return problems.size();
    }

    /** Whether the file has a problem, which makes checks that depend on all of its rows unreliable. */
    boolean any(BundleFile file) {
        return countByFile.containsKey(file.fileName());
    }

    /** The problems in bundle-file order, then line order, so that the list reads like the files. */
    BundleException toException() {
        List<BundleProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((BundleProblem problem) -> fileRank(problem.file()))
                .thenComparingInt(BundleProblem::line));
        return new BundleException(sorted);
    }

    void throwIfAny() throws BundleException {
        if (!problems.isEmpty()) {
            throw toException();
        }
    }

    private static int fileRank(String file) {
        return BundleFile.byFileName(file).map(Enum::ordinal).orElse(-1);
    }
}
