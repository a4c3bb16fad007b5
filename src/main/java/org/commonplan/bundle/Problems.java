package org.commonplan.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem of a bundle so that the user sees them all at once, up to {@link Limits#MAX_PROBLEMS_PER_FILE}
 * a file and {@link Limits#MAX_PROBLEMS} in all: the rest are only counted, so that a bad upload's answer stays small.
 */
final class Problems {

    /** The file named by the closing "and N more" problem when the unlisted ones are in several files. */
    static final String BUNDLE = "bundle";

    private final List<BundleProblem> listed = new ArrayList<>();
    private final Map<String, Integer> countByFile = new HashMap<>();
    private final Map<String, Integer> unlistedByFile = new HashMap<>();
    private int count;

    void add(String file, int line, String column, String message) {
        count++;
        int inFile = countByFile.merge(file, 1, Integer::sum);
        if (inFile <= Limits.MAX_PROBLEMS_PER_FILE && listed.size() < Limits.MAX_PROBLEMS) {
            listed.add(new BundleProblem(file, line, column, message));
        } else {
            unlistedByFile.merge(file, 1, Integer::sum);
        }
    }

    void addFileProblem(String file, String message) {
        add(file, 0, null, message);
    }

    /** Every problem found, listed or not. */
    int count() {
        return count;
    }

    /** Whether the file has a problem, which makes checks that depend on all of its rows unreliable. */
    boolean any(BundleFile file) {
        return countByFile.containsKey(file.fileName());
    }

    /**
     * The listed problems in bundle-file order, then line order, so that the list reads like the files; then one
     * problem that counts those not listed.
     */
    BundleException toException() {
        List<BundleProblem> sorted = new ArrayList<>(listed);
        sorted.sort(Comparator.comparingInt((BundleProblem problem) -> fileRank(problem.file()))
                .thenComparingInt(BundleProblem::line));
        int unlisted = count - listed.size();
        if (unlisted > 0) {
            String file = unlistedByFile.size() == 1 ? unlistedByFile.keySet().iterator().next() : BUNDLE;
            sorted.add(new BundleProblem(file, 0, null, String.format("and %,d more %s not listed: at most %,d "
                    + "problems are listed for a file and %,d in all; fix these and check again", unlisted,
                    unlisted == 1 ? "problem" : "problems", Limits.MAX_PROBLEMS_PER_FILE, Limits.MAX_PROBLEMS)));
        }
        return new BundleException(sorted, unlisted);
    }

    void throwIfAny() throws BundleException {
        if (count > 0) {
            throw toException();
        }
    }

    private static int fileRank(String file) {
        return BundleFile.byFileName(file).map(Enum::ordinal).orElse(-1);
    }
}
