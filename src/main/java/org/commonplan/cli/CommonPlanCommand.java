package org.commonplan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "commonplan", mixinStandardHelpOptions = true, version = "CommonPlan 0.1",
        description = "Builds school master schedules that give teacher teams shared time to collaborate.",
        subcommands = {SolveCommand.class, ValidateCommand.class, ServeCommand.class, BatchCommand.class, CompareCommand.class, GenerateCommand.class,
                BenchCommand.class, ImportFetCommand.class, RecountFetCommand.class},
        footer = {"", "Exit codes: 0 done, 2 invalid input (nothing written), 3 solved but infeasible (written), "
                + "4 (validate) readable but no schedule can give it in full, 1 unexpected failure."})
public final class CommonPlanCommand implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_INVALID_INPUT = 2;
    public static final int EXIT_INFEASIBLE = 3;
    /** validate: the bundle reads, but counts made before solving show that no schedule can give it in full. */
    public static final int EXIT_UNSCHEDULABLE = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CommonPlanCommand());
        commandLine.registerConverter(java.time.Duration.class, new DurationConverter());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("commonplan: " + describe(exception));
            return EXIT_FAILURE;
        });
        return commandLine;
    }

    /** What went wrong in words: the exception's message, or its kind when it has none, never "null". */
    static String describe(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank()
                ? "unexpected error (" + exception.getClass().getSimpleName() + ")" : message;
    }
}
