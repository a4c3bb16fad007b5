package org.commonplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.junit.jupiter.api.Test;

/** docs/rules.md is the reference a scheduler reads: every rule there, with the level and weight the solver uses. */
class RuleDocsTest {

    @Test
    void theReferenceListsEveryRuleWithItsLevelAndDefaultWeight() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs", "rules.md"));
        for (Rule rule : Rule.values()) {
            HardMediumSoftLongScore weight = rule.defaultWeight();
            String level = weight.hardScore() != 0 ? "hard" : weight.mediumScore() != 0 ? "medium" : "soft";
            long amount = weight.hardScore() + weight.mediumScore() + weight.softScore();

            assertThat(lines).as(rule.id()).anyMatch(line -> line.startsWith(
                    "| `" + rule.id() + "` | " + level + " | " + amount + " |"));
        }
        assertThat(lines.stream().filter(line -> line.startsWith("| `"))).hasSize(Rule.values().length);
    }
}
