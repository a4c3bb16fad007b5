package org.commonplan.api;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answers, for requests it refuses before the service sees them (a request line and headers
 * past {@code server.max-http-request-header-size}, a malformed URL), as {@code application/problem+json} like
 * every other error of the service instead of Tomcat's HTML page. {@link TomcatProblems} puts it in the place of
 * Tomcat's ErrorReportValve.
 */
final class ProblemReportValve extends ErrorReportValve {

    /** Tomcat's message for a request line and headers past the limit, in the language Tomcat writes it in. */
    private static final String HEADER_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
            .getString("iib.requestheadertoolarge.error");

    private final String headerSizeLimit;

    ProblemReportValve(String headerSizeLimit) {
        this.headerSizeLimit = headerSizeLimit;
    }

    /** Writes the problem where ErrorReportValve writes its page, on the same conditions. */
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(ProblemJson.CONTENT_TYPE);
            response.setHeader(ServiceAccess.NOSNIFF_HEADER, ServiceAccess.NOSNIFF);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemJson.of(status, detail(status, throwable)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response cannot be written: nothing more to tell anyone.
        }
    }

    private String detail(int status, Throwable throwable) {
        if (throwable instanceof IllegalArgumentException && HEADER_TOO_LARGE.equals(throwable.getMessage())) {
            return "The request line and headers are larger than the limit of " + headerSizeLimit
                    + " (server.max-http-request-header-size): shorten the URL (a query parameter such as name, "
                    + "or an id in the path) or the headers.";
        }
        if (status == HttpStatus.BAD_REQUEST.value()) {
            return "The web server refused the request before the service read it: its request line, URL or "
                    + "headers are not valid HTTP (an encoded slash, %2F, in the path is refused too).";
        }
        return "The web server answered " + status + " before the service read the request.";
    }
}
