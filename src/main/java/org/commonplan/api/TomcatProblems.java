package org.commonplan.api;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Makes Tomcat answer its own errors with {@link ProblemReportValve}. Runs after Spring Boot's Tomcat customizer,
 * which adds a plain ErrorReportValve to the host: that one is taken out, and the host is told that its error
 * report valve is ours, so that it adds no other when it starts.
 */
@Component
class TomcatProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ServerProperties server;

    TomcatProblems(ServerProperties server) {
        this.server = server;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        String headerSizeLimit = BundleUploads.size(server.getMaxHttpRequestHeaderSize().toBytes());
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(new ProblemReportValve(headerSizeLimit));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
