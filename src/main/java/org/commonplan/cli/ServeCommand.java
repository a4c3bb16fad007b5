package org.commonplan.cli;

import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.commonplan.api.ExposedWithoutToken;
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
                "Listens on this machine only (127.0.0.1) unless --host says otherwise; on any other address it "
                        + "needs an API token, from COMMONPLAN_API_TOKEN or --commonplan.api.token=TOKEN.",
                "Runs until stopped with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR",
            description = "Address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 is every "
                    + "interface and needs an API token).")
    String host;

    @Option(names = "--datasets", paramLabel = "DIR",
            description = "Folder of bundled datasets offered at /api/v1/datasets (default: datasets).")
    Path datasets;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the database that keeps every job, so that a restart loses none (default: "
                    + "commonplan-data; unused when --spring.datasource.url names another database).")
    Path dataDir;

    @Unmatched
    List<String> settings = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<String> args = new ArrayList<>(settings);
        args.add("--server.port=" + port);
        if (host != null) {
            args.add("--server.address=" + host);
        }
        if (datasets != null) {
            args.add("--commonplan.api.datasets-dir=" + datasets);
        }
        if (dataDir != null) {
            // Absolute: H2 refuses a file path that is only implicitly relative to the working directory.
            args.add("--commonplan.data-dir=" + dataDir.toAbsolutePath());
        }
        try {
            ServiceApplication.runUntilStopped((address, actualPort) -> {
                String url = "http://" + urlHost(address) + ":" + actualPort;
                err.printf("CommonPlan service listening on %s/api/v1 (Swagger UI: %s/swagger-ui.html); Ctrl-C "
                        + "stops it.%n", url, url);
                err.flush();
            }, args.toArray(String[]::new));
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ExposedWithoutToken refused) {
                    err.println("commonplan: " + refused.getMessage());
                    return CommonPlanCommand.EXIT_INVALID_INPUT;
                }
            }
            throw e;
        }
        return CommonPlanCommand.EXIT_OK;
    }

    /** The host to print in the service's address: localhost for loopback, a placeholder for every interface. */
    private static String urlHost(InetAddress address) {
        if (address == null || address.isLoopbackAddress()) {
            return "localhost";
        }
        if (address.isAnyLocalAddress()) {
            return "<this machine's name>";
        }
        return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    }
}
