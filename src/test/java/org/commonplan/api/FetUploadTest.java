package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A FET file uploaded to the service is imported as import-fet does, then validated or solved. */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FetUploadTest {

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    private static byte[] smallSchool() throws IOException {
        try (InputStream in = FetUploadTest.class.getResourceAsStream("/fet/small-school.fet")) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void aFetFileIsValidatedAsAPartOrAsTheBody() throws Exception {
        JsonNode asPart = ApiClient.json(api.postFiles("/api/v1/validate", Map.of("small-school.fet", smallSchool())));
        JsonNode asBody = ApiClient.json(api.post("/api/v1/validate", "application/octet-stream", smallSchool()));

        for (JsonNode summary : new JsonNode[] {asPart, asBody}) {
            assertThat(summary.path("valid").asBoolean()).as(summary.toString()).isTrue();
            assertThat(summary.path("school").asText()).isEqualTo("Harbor View School");
            assertThat(summary.path("sections").asInt()).isEqualTo(10);
            assertThat(summary.path("lessons").asInt()).isEqualTo(17);
        }
    }

    @Test
    void aFetFileIsSolvedLikeABundle() throws Exception {
        String id = ApiClient.idOf(api.postFiles("/api/v1/schedules?timeLimit=1s",
                Map.of("small-school.fet", smallSchool())));

        JsonNode job = api.awaitFinished(id, Duration.ofSeconds(120));
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
    }

    @Test
    void whatFetWouldRefuseIsA400NamingTheFetFilesLineAndElement() {
        String fet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <fet version="6.8.5">
                <Days_List><Day><Name>Mon</Name></Day></Days_List>
                <Hours_List><Hour><Name>1</Name></Hour></Hours_List>
                <Subjects_List><Subject><Name>Math</Name></Subject></Subjects_List>
                <Teachers_List><Teacher><Name>Ana</Name></Teacher></Teachers_List>
                <Activities_List>
                <Activity><Teacher>Zed</Teacher><Subject>Math</Subject><Duration>1</Duration><Id>1</Id></Activity>
                </Activities_List>
                </fet>
                """;

        for (String path : new String[] {"/api/v1/validate", "/api/v1/schedules"}) {
            JsonNode problem = ScheduleApiTest.assertProblem(api.postFiles(path,
                    Map.of("bad.fet", fet.getBytes(StandardCharsets.UTF_8))), 400);
            assertThat(problem.path("errors")).singleElement().satisfies(error -> {
                assertThat(error.path("file").asText()).isEqualTo("bad.fet");
                assertThat(error.path("line").asInt()).isEqualTo(8);
                assertThat(error.path("column").asText()).isEqualTo("Activity");
                assertThat(error.path("message").asText()).contains("teacher \"Zed\" is not in the Teachers_List");
            });
        }
    }
}
