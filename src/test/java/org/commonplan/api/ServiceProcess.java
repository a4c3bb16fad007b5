package org.commonplan.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.commonplan.CommonPlanApplication;

/**
 * The service as a process of its own ({@code commonplan serve}), so that a test can kill it as an operator or a
 * crash would: the test JVM's own class path, its output in a log file, its port read from the line it prints.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/api/v1");

    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code serve --port 0} with the settings given, and waits until it listens. */
    static ServiceProcess start(Path log, Duration timeout, String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:+UseSerialGC", "-cp", classPath(), CommonPlanApplication.class.getName(),
                "serve", "--port", "0"));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            int port = Awaitility.await("the service to listen").atMost(timeout).pollInterval(Duration.ofMillis(100))
                    .until(() -> listeningPort(process, log), found -> found != null);
            return new ServiceProcess(process, log, port);
        } catch (RuntimeException | AssertionError notStarted) {
            process.destroyForcibly();
            throw new AssertionError("the service did not start: " + Files.readString(log), notStarted);
        }
    }

    /** The port the service's log says it listens on, null while it has not said so yet. */
    private static Integer listeningPort(Process process, Path log) throws IOException {
        Matcher listening = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (listening.find()) {
            return Integer.parseInt(listening.group(1));
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("the service stopped before it listened");
        }
        return null;
    }

    /** Surefire's class path of the tests when it runs them through a manifest-only jar, else this JVM's. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    int port() {
        return port;
    }

    ApiClient client() {
        return new ApiClient(port);
    }

    /** What the service wrote so far, to explain a failure. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kill -9: no shutdown hook runs, nothing is saved on the way out. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as an operator's stop: the service shuts down in its own way. */
    void terminate() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
