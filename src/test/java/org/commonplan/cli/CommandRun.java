package org.commonplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs a command as the shell would, keeping what it prints on stdout and stderr. */
public final class CommandRun {

    public final StringWriter out = new StringWriter();
    public final StringWriter err = new StringWriter();

    /** The command's exit code. */
    public int run(String... args) {
        CommandLine commandLine = CommonPlanCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
