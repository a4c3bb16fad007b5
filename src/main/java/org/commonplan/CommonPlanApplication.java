package org.commonplan;

import org.commonplan.cli.CommonPlanCommand;

import picocli.CommandLine;

/** Entry point: every use of CommonPlan starts as a command (solve, validate, ...). */
public final class CommonPlanApplication {

    private CommonPlanApplication() {
    }

    public static void main(String[] args) {
        System.exit(CommonPlanCommand.commandLine().execute(args));
    }
}
