package org.commonplan.api;

import java.net.InetAddress;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The service was told to listen beyond this machine without an API token: it refuses to start. */
public final class ExposedWithoutToken extends RuntimeException {

    private static final String ACTION = "Set commonplan.api.token (clients send it as Authorization: Bearer TOKEN; "
            + "the environment variable COMMONPLAN_API_TOKEN keeps it off the command line), listen on loopback "
            + "only (server.address=127.0.0.1, the default), or set commonplan.api.allow-unauthenticated=true "
            + "to take the risk.";

    private final String description;

    ExposedWithoutToken(InetAddress address) {
        this(describe(address));
    }

    private ExposedWithoutToken(String description) {
        super(description + " " + ACTION);
        this.description = description;
    }

    private static String describe(InetAddress address) {
        String where = address == null ? "every network interface (server.address is not set)"
                : address.isAnyLocalAddress() ? "every network interface (" + address.getHostAddress() + ")"
                : address.getHostAddress();
        return "The service would listen on " + where + " without an API token: anyone who can reach this "
                + "machine could submit, read and delete schedules.";
    }

    /** Says so when the service fails to start, in place of Spring's stack trace. */
    public static final class Analyzer extends AbstractFailureAnalyzer<ExposedWithoutToken> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, ExposedWithoutToken cause) {
            return new FailureAnalysis(cause.description, ACTION, cause);
        }
    }
}
