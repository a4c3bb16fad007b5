package org.commonplan.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's title, and the upload body of POST /schedules and /validate: the controllers read
 * the raw body (to enforce the size limit first), so springdoc cannot see its three forms by itself.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final List<String> BUNDLE_FILES = List.of("settings.csv", "bell_schedule.csv", "blocks.csv",
            "teachers.csv", "rooms.csv", "groups.csv", "sections.csv", "teams.csv", "coaching.csv",
            "course_conflicts.csv");

    @Bean
    OpenAPI commonPlanOpenApi() {
        return new OpenAPI().info(new Info().title("CommonPlan API").version("v1")
                .description("School master schedules that give teacher teams shared time: upload a school, solve "
                        + "it asynchronously, get the schedule, the collaboration report and the explanation."));
    }

    @Bean
    OpenApiCustomizer bundleUploadBodies() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            Stream.of("/api/v1/schedules", "/api/v1/validate").map(openApi.getPaths()::get)
                    .filter(Objects::nonNull).map(PathItem::getPost).filter(Objects::nonNull)
                    .forEach(operation -> operation.setRequestBody(bundleBody()));
            PathItem schedules = openApi.getPaths().get("/api/v1/schedules");
            if (schedules != null && schedules.getPost() != null) {
                submitResponses(schedules.getPost());
            }
        };
    }

    private static RequestBody bundleBody() {
        ObjectSchema files = new ObjectSchema();
        files.setDescription("One part per CSV file, named by its file name; bell_schedule.csv, teachers.csv, "
                + "rooms.csv and sections.csv are required.");
        BUNDLE_FILES.forEach(file -> files.addProperty(file, new StringSchema().format("binary")));
        ObjectSchema json = new ObjectSchema();
        json.setDescription("The bundle as one document: keys are the file names without .csv; settings an "
                + "object of key: value, the others lists of row objects of column: value. "
                + "GET /api/v1/datasets/{name} gives one.");
        Content content = new Content()
                .addMediaType("application/json", new MediaType().schema(json))
                .addMediaType("multipart/form-data", new MediaType().schema(files))
                .addMediaType("application/zip", new MediaType().schema(new StringSchema().format("binary")
                        .description("A zip of one bundle folder, or of the CSV files at its root.")));
        return new RequestBody().required(true).content(content)
                .description("A school's input bundle (see the README, The bundle) in one of three forms.");
    }

    private static void submitResponses(Operation submit) {
        submit.setResponses(new ApiResponses()
                .addApiResponse("202", new ApiResponse().description("Queued: the job, with a Location header"))
                .addApiResponse("400", problem("Invalid bundle: every problem in errors[] with file, line, column"))
                .addApiResponse("413", problem("The upload is over commonplan.api.max-upload-size"))
                .addApiResponse("415", problem("Not JSON, multipart/form-data or application/zip"))
                .addApiResponse("429", problem("The queue is full; try again after Retry-After seconds")));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(new ObjectSchema())));
    }
}
