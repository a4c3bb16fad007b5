package org.commonplan.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page Tomcat forwards to when an error escapes Spring MVC (a servlet filter's exception, a plain
 * {@code sendError}): the same {@code application/problem+json} as every other error, in the place of Spring
 * Boot's JSON error page. Its message is never shown, as it may be an exception's text.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            // Asked for by a client, not forwarded by Tomcat: there is no such page.
            throw ApiException.notFound("There is nothing at " + request.getRequestURI() + ".");
        }
        HttpStatus status = HttpStatus.resolve(code) != null ? HttpStatus.resolve(code)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status.is5xxServerError()
                ? "An unexpected error occurred in the service."
                : "The request was refused: " + status.value() + " " + status.getReasonPhrase() + ".");
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).body(problem);
    }
}
