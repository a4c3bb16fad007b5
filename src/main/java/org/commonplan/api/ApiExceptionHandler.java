package org.commonplan.api;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.commonplan.bundle.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json} (RFC 9457). A client's mistake gets a 4xx that says what to
 * change, never a stack trace; only a fault of the service itself is a 500, and it is logged here.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProperties properties;
    private final ServerProperties server;

    public ApiExceptionHandler(ApiProperties properties, ServerProperties server) {
        this.properties = properties;
        this.server = server;
    }

    /** Bad input: every problem with its file, line and column, as the validate command lists them. */
    @ExceptionHandler(BundleException.class)
    ResponseEntity<ProblemDetail> invalidBundle(BundleException exception) {
        int count = exception.problemCount();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                count + (count == 1 ? " problem" : " problems") + " found; nothing was solved.");
        problem.setTitle("Invalid bundle");
        problem.setProperty("errors", exception.problems());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(exception.status(), exception.getMessage());
        problem.setTitle(exception.title());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(exception.status());
        if (exception.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER,
                    String.valueOf(Math.max(1, exception.retryAfter().toSeconds())));
        }
        return response.body(problem);
    }

    /**
     * Tomcat refuses a multipart upload past any of its limits with the same exception: tell the client which
     * limit it was (the size, the count of parts, or one part's headers), as each needs a different change.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        SizeException partHeaders = causeOf(exception, SizeException.class);
        if (causeOf(exception, FileCountLimitExceededException.class) != null) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "The upload has more than the "
                    + "limit of " + server.getTomcat().getMaxPartCount() + " parts (server.tomcat.max-part-count); "
                    + "send each CSV file of the bundle once, as one part, or send the bundle as a zip.");
            problem.setTitle("Too many parts");
        } else if (partHeaders != null && partHeaders.getPermittedSize() == partHeaderLimit()
                && partHeaderLimit() != properties.maxUploadSize().toBytes()) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "A part's headers (its name "
                    + "and file name) are longer than the limit of " + BundleUploads.size(partHeaderLimit())
                    + " (server.tomcat.max-part-header-size); name each part by its file name, e.g. teachers.csv.");
            problem.setTitle("Part headers too large");
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "The upload is larger than the limit of " + BundleUploads.size(properties.maxUploadSize().toBytes())
                            + " (commonplan.api.max-upload-size).");
            problem.setTitle("Upload too large");
        }
        return handleExceptionInternal(exception, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    private long partHeaderLimit() {
        return server.getTomcat().getMaxPartHeaderSize().toBytes();
    }

    private static <T extends Throwable> T causeOf(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /**
     * A multipart body that cannot be split into its files: a Content-Type without its boundary parameter, or a
     * body that ends early or does not match that boundary. The client's mistake, so 400 and never the 500 below.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableParts(MultipartException exception, HttpServletRequest request) {
        String detail = boundaryOf(request.getContentType()) == null
                ? "The Content-Type header says multipart/form-data but has no boundary parameter, so the body "
                        + "cannot be split into files; send each file as a form part (curl -F teachers.csv=@"
                        + "teachers.csv sets the boundary), or send a zip or the JSON document instead."
                : "The multipart/form-data body cannot be split into files: it ends early or its parts are not "
                        + "separated by the boundary parameter of the Content-Type header.";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Unreadable upload");
        return ResponseEntity.badRequest().body(problem);
    }

    /** The boundary parameter of a multipart Content-Type, or null when it has none (or is no media type). */
    private static String boundaryOf(String contentType) {
        try {
            String boundary = contentType == null ? null : MediaType.parseMediaType(contentType).getParameter(
                    "boundary");
            return boundary == null || boundary.isBlank() ? null : boundary;
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    /** A fault of the service: logged with its stack trace here, answered without it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        LOG.error("Unexpected error", exception);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred in the service; it has been logged.");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }
}
