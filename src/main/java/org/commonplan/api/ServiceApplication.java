package org.commonplan.api;

import java.net.InetAddress;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The HTTP service (Spring Boot). Started by {@code commonplan serve} or {@code mvn spring-boot:run}; the other
 * commands never start Spring. Timefold's own Spring auto-configuration is left out: {@link SolverConfiguration}
 * builds the SolverManager from the same configuration the command line uses.
 */
@SpringBootApplication(excludeName = {
        "ai.timefold.solver.spring.boot.autoconfigure.TimefoldSolverAutoConfiguration",
        "ai.timefold.solver.spring.boot.autoconfigure.TimefoldBenchmarkAutoConfiguration",
        "ai.timefold.solver.spring.boot.autoconfigure.TimefoldSolverBeanFactory"})
@EnableConfigurationProperties(ApiProperties.class)
@EnableScheduling
public class ServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ServiceApplication.class, args);
    }

    /**
     * Starts the service and returns once it has been shut down (Ctrl-C, SIGTERM or the actuator).
     *
     * @param onStarted told the address (null for every interface) and the port the service listens on
     * @param args      Spring arguments, e.g. {@code --server.port=8080}
     */
    public static void runUntilStopped(BiConsumer<InetAddress, Integer> onStarted, String... args)
            throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        SpringApplication application = new SpringApplication(ServiceApplication.class);
        application.addListeners((ApplicationListener<ContextClosedEvent>) event -> stopped.countDown());
        ConfigurableApplicationContext context = application.run(args);
        onStarted.accept(context.getBean(ServerProperties.class).getAddress(),
                context.getEnvironment().getProperty("local.server.port", Integer.class, -1));
        stopped.await();
    }
}
