package org.commonplan.solver;

import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.commonplan.solver.justifications.Justification;

/**
 * One rule's part of a schedule's score, with its matches explained in words (worst first).
 *
 * @param explanations at most {@link #MAX_EXPLANATIONS} of the {@code matches}
 */
public record RuleScore(String rule, String level, String weight, String score, int matches,
        List<String> explanations) {

    public static final int MAX_EXPLANATIONS = 100;

    /** Every rule that scores anything, hard rules first, each worst first. */
    public static List<RuleScore> of(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        return analysis.constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .sorted(Comparator.comparing(ConstraintAnalysis<HardMediumSoftLongScore>::score))
                .map(RuleScore::of)
                .toList();
    }

    private static RuleScore of(ConstraintAnalysis<HardMediumSoftLongScore> constraint) {
        List<MatchAnalysis<HardMediumSoftLongScore>> matches = constraint.matches() == null ? List.of()
                : constraint.matches();
        List<String> explanations = matches.stream()
                .sorted(Comparator.comparing(MatchAnalysis<HardMediumSoftLongScore>::score))
                .limit(MAX_EXPLANATIONS)
                .map(match -> match.justification() instanceof Justification justification
                        ? justification.description() : String.valueOf(match.justification()))
                .toList();
        HardMediumSoftLongScore score = constraint.score();
        String level = score.hardScore() != 0 ? "hard" : score.mediumScore() != 0 ? "medium" : "soft";
        return new RuleScore(constraint.constraintName(), level, String.valueOf(constraint.weight()),
                score.toString(), constraint.matchCount(), explanations);
    }
}
