package org.commonplan.bundle;

import java.util.List;
import java.util.stream.Collectors;

/** A bundle that cannot be read, with every problem found in it. */
public class BundleException extends Exception {

    private final List<BundleProblem> problems;

    public BundleException(List<BundleProblem> problems) {
        super(problems.stream().map(BundleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public BundleException(BundleProblem problem) {
        this(List.of(problem));
    }

    public List<BundleProblem> problems() {
        return problems;
    }
}
