package org.commonplan.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;

import org.commonplan.batch.ServerSolves;

/** The running service that batch and compare solve on with {@code --server}, checked before anything is sent. */
final class ServerConnection {

    /** The service cannot be used; the message says why and the exit code what kind of mistake it is. */
    static final class Refused extends Exception {

        final int exit;

        Refused(int exit, String message) {
            super(message);
            this.exit = exit;
        }
    }

    private ServerConnection() {
    }

    /** The service at {@code server}, once it has answered; a seed is noted on stderr as not sent. */
    static ServerSolves open(URI server, String token, Duration timeLimit, Long seed, PrintWriter stderr)
            throws Refused {
        if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme()) || server.getHost() == null) {
            throw new Refused(CommonPlanCommand.EXIT_INVALID_INPUT, "--server " + server
                    + ": give the service's address as http://HOST:PORT");
        }
        if (seed != null) {
            stderr.println("--seed is not sent to the service: it solves with its own settings");
        }
        ServerSolves solves = new ServerSolves(server, token, timeLimit);
        try {
            solves.check();
        } catch (ServerSolves.ServerFailure failure) {
            throw new Refused(CommonPlanCommand.EXIT_FAILURE, failure.getMessage() + "; nothing solved");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(CommonPlanCommand.EXIT_FAILURE, "interrupted before anything was sent");
        }
        return solves;
    }
}
