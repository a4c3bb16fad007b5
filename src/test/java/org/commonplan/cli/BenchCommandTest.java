package org.commonplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The bench command's completion table, on one small school and one second of solving. */
class BenchCommandTest {

    private final CommandRun command = new CommandRun();

    private List<String> rows() {
        return command.out.toString().lines().filter(line -> line.startsWith("| small-elementary |")).toList();
    }

    @Test
    void theTableMeasuresTimefoldsDefaultsToo() {
        // Timefold's defaults have no phases of their own: the run's seed has no phase of ours to reach.
        int exit = command.run("bench", "--table", "--variants", "timefold-default,commonplan", "--checkpoints", "1s",
                "--warm-up", "0", "--datasets", "datasets/small-elementary");

        assertThat(exit).as(command.err.toString()).isZero();
        assertThat(rows()).hasSize(2);
        assertThat(rows().get(0)).startsWith("| small-elementary | timefold-default | ");
        assertThat(rows().get(1)).startsWith("| small-elementary | commonplan | ");
        // Seconds to feasible: hundredths under a second, so a ratio to a peer taking 0.05 s means something.
        String toFeasible = rows().get(1).split("\\|")[4].trim();
        assertThat(toFeasible).matches("never|[1-9][0-9]*\\.[0-9]|0\\.[0-9][0-9]");
    }

    @Test
    void anUnknownVariantIsNamedWithTheKnownOnes() {
        int exit = command.run("bench", "--table", "--variants", "commonplan,tabu-20", "--checkpoints", "1s",
                "--warm-up", "0", "--datasets", "datasets/small-elementary");

        assertThat(exit).isEqualTo(2);
        assertThat(command.err.toString()).contains("'tabu-20'")
                .contains("timefold-default, late-acceptance, lessons-first, commonplan, no-conflict-search");
        assertThat(command.out.toString()).doesNotContain("| small-elementary |");
    }
}
