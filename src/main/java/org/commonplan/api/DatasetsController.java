package org.commonplan.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bundled datasets, ready to POST back to /api/v1/schedules. */
@RestController
@RequestMapping("/api/v1/datasets")
@Tag(name = "datasets", description = "Sample schools that ship with the service")
public class DatasetsController {

    private final BundledDatasets catalog;

    public DatasetsController(BundledDatasets catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "List the bundled datasets")
    @GetMapping
    public List<BundledDatasets.Dataset> list() throws IOException {
        return catalog.list();
    }

    @Operation(summary = "A dataset as the JSON bundle document that POST /api/v1/schedules takes")
    @GetMapping("/{name}")
    public Map<String, Object> document(@PathVariable String name) throws IOException {
        return catalog.document(name);
    }

    @Operation(summary = "A dataset as a zip of its bundle folder")
    @GetMapping("/{name}/bundle.zip")
    public ResponseEntity<byte[]> zip(@PathVariable String name) throws IOException {
        byte[] zip = catalog.zip(name);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".zip")
                        .build().toString())
                .body(zip);
    }
}
