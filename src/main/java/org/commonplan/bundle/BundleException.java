package org.commonplan.bundle;

import java.util.List;
import java.util.stream.Collectors;

/** A bundle that cannot be read, with every problem found in it (or the first ones and a count of the rest). */
public class BundleException extends Exception {

    private final List<BundleProblem> problems;
    private final int unlisted;

    public BundleException(List<BundleProblem> problems) {
        this(problems, 0);
    }

    public BundleException(BundleProblem problem) {
        this(List.of(problem));
    }

    /**
     * @param problems the problems listed, the last one counting the others when {@code unlisted} is above 0
     * @param unlisted problems found but not listed, as too many to show
     */
    BundleException(List<BundleProblem> problems, int unlisted) {
        super(problems.stream().map(BundleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.unlisted = unlisted;
    }

    /** The problems to show: each one found, or the first ones and one that counts the rest. */
    public List<BundleProblem> problems() {
        return problems;
    }

    /** How many problems were found, those not listed included. */
    public int problemCount() {
        return unlisted == 0 ? problems.size() : problems.size() - 1 + unlisted;
    }
}
