package org.commonplan.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;

/**
 * A problem (RFC 9457) written by hand, for the answers given outside Spring MVC: by a servlet filter or by
 * Tomcat itself. The same fields as the ProblemDetail of ApiExceptionHandler.
 */
final class ProblemJson {

    static final String CONTENT_TYPE = "application/problem+json";

    /** ASCII only, so that the body needs no charset: the same Content-Type as every other problem. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);

    private ProblemJson() {
    }

    static String of(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known != null ? known.getReasonPhrase() : "Error");
        problem.put("status", status);
        problem.put("detail", detail);
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings and a number always writes as JSON", e);
        }
    }
}
