package org.commonplan.api;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may use the service, and what every answer carries. The service listens on loopback only unless
 * {@code server.address} says otherwise; listening on any other address, it needs an API token
 * ({@code commonplan.api.token}) and refuses to start without one unless {@code commonplan.api.allow-unauthenticated}
 * takes the risk. Once a token is set, every request but health and the web page's own files must send it as
 * {@code Authorization: Bearer TOKEN}, on loopback too. Every answer says {@code X-Content-Type-Options: nosniff},
 * so that a browser never takes an export or an echoed name for a page or a script.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ServiceAccess extends OncePerRequestFilter {

    static final String NOSNIFF_HEADER = "X-Content-Type-Options";
    static final String NOSNIFF = "nosniff";
    private static final String HEALTH = "/actuator/health";
    private static final String BEARER = "Bearer ";

    /** The token's bytes, or null when the service takes requests without one. */
    private final byte[] token;

    ServiceAccess(ApiProperties properties, ServerProperties server) {
        String configured = properties.token() == null || properties.token().isBlank() ? null
                : properties.token().strip();
        requireTokenWhenExposed(server.getAddress(), configured != null, properties.allowUnauthenticated());
        this.token = configured == null ? null : configured.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param address the address the service listens on; null is every network interface
     * @throws ExposedWithoutToken when it is not loopback and there is no token nor an explicit allowance
     */
    static void requireTokenWhenExposed(InetAddress address, boolean hasToken, boolean allowUnauthenticated) {
        boolean loopback = address != null && address.isLoopbackAddress();
        if (!loopback && !hasToken && !allowUnauthenticated) {
            throw new ExposedWithoutToken(address);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(NOSNIFF_HEADER, NOSNIFF);
        if (token == null || isHealth(request) || isPage(request) || sendsToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"commonplan\"");
        response.setContentType(ProblemJson.CONTENT_TYPE);
        String detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "This service needs its API token: send it as the header Authorization: Bearer TOKEN."
                : "The Authorization header does not hold this service's API token (Authorization: Bearer TOKEN).";
        response.getOutputStream().write(ProblemJson.of(HttpServletResponse.SC_UNAUTHORIZED, detail)
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** Health answers without a token, so that probes and load balancers need none; Tomcat has normalised the path. */
    private static boolean isHealth(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }

    /**
     * The web page's own files answer without a token: they hold no school's data, and the page asks for the token
     * and sends it with every API call. Only GET, and only the page and its folder.
     */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return "GET".equals(request.getMethod()) && (path.equals("/") || path.equals("/index.html")
                || path.startsWith("/app/") || path.equals("/ui") || path.startsWith("/ui/"));
    }

    private boolean sendsToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] sent = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // Compares in constant time, so that the answer's timing does not give the token away byte by byte.
        return MessageDigest.isEqual(sent, token);
    }
}
