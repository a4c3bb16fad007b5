package org.commonplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class SolveOptionsTest {

    @Test
    void everyCommandThatSolvesTakesTheSameTimeLimitAndSeed() {
        CommandLine commandLine = CommonPlanCommand.commandLine();
        for (String command : new String[] {"solve", "batch", "compare"}) {
            CommandSpec spec = commandLine.getSubcommands().get(command).getCommandSpec();

            assertThat(spec.mixins()).containsKey("solving");
            assertThat(spec.findOption("--time-limit").description())
                    .isEqualTo(commandLine.getSubcommands().get("solve").getCommandSpec().findOption("--time-limit")
                            .description());
        }
    }

    @Test
    void aGivenTimeLimitWinsOverTheBundlesAndTheSeedIsRead() {
        SolveCommand solve = new SolveCommand();
        CommandLine commandLine = new CommandLine(solve);
        commandLine.registerConverter(Duration.class, new DurationConverter());

        commandLine.parseArgs("--time-limit", "2m", "--seed", "7", "bundle");

        assertThat(solve.solving.timeLimitOr(Duration.ofSeconds(30))).isEqualTo(Duration.ofMinutes(2));
        assertThat(solve.solving.seed).isEqualTo(7L);
    }

    @Test
    void withoutATimeLimitTheBundlesHolds() {
        BatchCommand batch = new BatchCommand();
        new CommandLine(batch).parseArgs("--out", "out", "schools");

        assertThat(batch.solving.timeLimitOr(Duration.ofSeconds(45))).isEqualTo(Duration.ofSeconds(45));
        assertThat(batch.solving.seed).isNull();
    }
}
