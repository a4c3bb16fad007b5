package org.commonplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** serve refuses, with a sentence and exit code 2, to listen beyond this machine without an API token. */
class ServeCommandTest {

    @Test
    @Timeout(60)
    void serveOnEveryInterfaceWithoutATokenRefusesToStart() {
        CommandRun run = new CommandRun();
        int exit = run.run("serve", "--port", "0", "--host", "0.0.0.0");
        assertThat(exit).isEqualTo(CommonPlanCommand.EXIT_INVALID_INPUT);
        assertThat(run.err.toString()).contains("commonplan: The service would listen on every network interface",
                "without an API token", "COMMONPLAN_API_TOKEN").doesNotContain("\tat ");
    }
}
