package org.commonplan.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.commonplan.bundle.BundleException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Checks a bundle without solving it: 200 with what was read, or 400 listing every problem. */
@RestController
@RequestMapping("/api/v1/validate")
@Tag(name = "validate", description = "Check a school's bundle without solving it")
public class ValidationController {

    private static final String VALIDATE = "Check a school without solving it: the JSON document, its CSV files, "
            + "or a zip";

    private final BundleUploads uploads;

    public ValidationController(BundleUploads uploads) {
        this.uploads = uploads;
    }

    @Operation(summary = VALIDATE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ValidationSummary validateJson(HttpServletRequest request, @RequestParam(required = false) String name)
            throws BundleException, IOException {
        return ValidationSummary.of(uploads.fromJson(request, name));
    }

    @Operation(summary = VALIDATE)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ValidationSummary validateFiles(MultipartHttpServletRequest request,
            @RequestParam(required = false) String name) throws BundleException, IOException {
        return ValidationSummary.of(uploads.fromParts(request, name));
    }

    @Operation(summary = VALIDATE)
    @PostMapping(consumes = {"application/zip", "application/x-zip-compressed", "application/octet-stream"})
    public ValidationSummary validateZip(HttpServletRequest request, @RequestParam(required = false) String name)
            throws BundleException, IOException {
        return ValidationSummary.of(uploads.fromZip(request, name));
    }
}
