package org.commonplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.commonplan.api.ServiceApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the HTTP service: upload a school, solve it in the background, get the schedule, the "
                + "report and the explanation. API under /api/v1, Swagger UI at /swagger-ui.html.",
                "Any other --key=value is passed to the service as a setting, e.g. "
                        + "--commonplan.api.max-concurrent-solves=2 (see application.properties).",
                "Runs until stopped with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--datasets", paramLabel = "DIR",
            description = "Folder of bundled datasets offered at /api/v1/datasets (default: datasets).")
    Path datasets;

    @Unmatched
    List<String> settings = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<String> args = new ArrayList<>(settings);
        args.add("--server.port=" + port);
        if (datasets != null) {
            args.add("--commonplan.api.datasets-dir=" + datasets);
        }
        ServiceApplication.runUntilStopped(actualPort -> {
            err.printf("CommonPlan service listening on http://localhost:%d/api/v1 (Swagger UI: "
                    + "http://localhost:%d/swagger-ui.html); Ctrl-C stops it.%n", actualPort, actualPort);
            err.flush();
        }, args.toArray(String[]::new));
        return CommonPlanCommand.EXIT_OK;
    }
}
