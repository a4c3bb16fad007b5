package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.test.context.ActiveProfiles;

/** With an API token set, every request but health must send it; without one, the service stays on loopback. */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "commonplan.api.token=" + ServiceAccessTest.TOKEN)
@ActiveProfiles("test")
class ServiceAccessTest {

    static final String TOKEN = "s3cret-token-for-tests";

    @LocalServerPort
    int port;

    @Test
    void everyEndpointButHealthNeedsTheToken() {
        ApiClient anonymous = new ApiClient(port);
        ApiClient wrong = new ApiClient(port, "not-" + TOKEN);
        for (String path : List.of("/api/v1/schedules", "/api/v1/datasets", "/api/v1/datasets/small-elementary",
                "/v3/api-docs", "/swagger-ui.html", "/actuator/health/../../api/v1/schedules")) {
            HttpResponse<String> refused = anonymous.get(path);
            JsonNode problem = ScheduleApiTest.assertProblem(refused, 401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                    assertThat(challenge).startsWith("Bearer"));
            assertThat(problem.path("detail").asText()).contains("Authorization: Bearer");
            ScheduleApiTest.assertProblem(wrong.get(path), 401);
        }
        byte[] school = ApiClient.datasetZip("small-elementary");
        ScheduleApiTest.assertProblem(anonymous.postZip("/api/v1/schedules", school), 401);
        ScheduleApiTest.assertProblem(anonymous.postZip("/api/v1/validate", school), 401);

        HttpResponse<String> health = anonymous.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void theWebPagesOwnFilesNeedNoTokenButItsDataDoes() {
        ApiClient anonymous = new ApiClient(port);
        for (String path : List.of("/", "/index.html", "/app/main.js", "/app/style.css", "/ui/schedules/any-id")) {
            HttpResponse<String> page = anonymous.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(anonymous.get("/ui/schedules/any-id").body()).contains("<title>CommonPlan");
        ScheduleApiTest.assertProblem(anonymous.get("/api/v1/schedules/any-id/timetable"), 401);
        ScheduleApiTest.assertProblem(anonymous.get("/app/../api/v1/datasets"), 401);
        ScheduleApiTest.assertProblem(anonymous.post("/", "text/plain", new byte[0]), 401);
    }

    @Test
    void withTheTokenTheServiceAnswersAsUsual() {
        ApiClient api = new ApiClient(port, TOKEN);
        assertThat(api.get("/api/v1/datasets").statusCode()).isEqualTo(200);
        HttpResponse<String> accepted = api.postZip("/api/v1/schedules?timeLimit=1s",
                ApiClient.datasetZip("small-elementary"));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = ApiClient.idOf(accepted);
        api.awaitFinished(id, Duration.ofSeconds(60));
        HttpResponse<byte[]> export = api.getBytes("/api/v1/schedules/" + id + "/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        ScheduleApiTest.assertProblem(api.get("/api/v1/schedules/no-such-job"), 404);
    }

    @Test
    void theServiceRefusesToListenBeyondLoopbackWithoutAToken() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ServiceApplication.class).profiles("test")
                .run("--server.port=0", "--server.address=0.0.0.0").close())
                .hasRootCauseInstanceOf(ExposedWithoutToken.class)
                .rootCause().hasMessageContaining("every network interface (0.0.0.0) without an API token")
                .hasMessageContaining("commonplan.api.token").hasMessageContaining("allow-unauthenticated");

        // Spring Boot's own analyzers need the application to be built; only ours is wanted here.
        FailureAnalyzer analyzer = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, (type, implementation, failure) -> { }).stream().filter(ExposedWithoutToken.Analyzer.class::isInstance).findFirst().orElseThrow();
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException(new ExposedWithoutToken(null)));
        assertThat(analysis.getDescription()).contains("every network interface (server.address is not set)");
        assertThat(analysis.getAction()).contains("COMMONPLAN_API_TOKEN");
    }

    @Test
    void aTokenOrAnExplicitAllowanceIsWhatLetsTheServiceListenBeyondLoopback() throws Exception {
        InetAddress everyInterface = InetAddress.getByName("0.0.0.0");
        InetAddress lanAddress = InetAddress.getByName("192.0.2.10");
        assertThatCode(() -> ServiceAccess.requireTokenWhenExposed(InetAddress.getLoopbackAddress(), false, false))
                .doesNotThrowAnyException();
        assertThatCode(() -> ServiceAccess.requireTokenWhenExposed(InetAddress.getByName("::1"), false, false))
                .doesNotThrowAnyException();
        assertThatCode(() -> ServiceAccess.requireTokenWhenExposed(everyInterface, true, false))
                .doesNotThrowAnyException();
        assertThatCode(() -> ServiceAccess.requireTokenWhenExposed(lanAddress, false, true))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ServiceAccess.requireTokenWhenExposed(lanAddress, false, false))
                .isInstanceOf(ExposedWithoutToken.class).hasMessageContaining("192.0.2.10");
        assertThatThrownBy(() -> ServiceAccess.requireTokenWhenExposed(null, false, false))
                .isInstanceOf(ExposedWithoutToken.class);
    }
}
