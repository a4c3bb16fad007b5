package org.commonplan.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleProblem;
import org.commonplan.bundle.BundleReader;
import org.commonplan.bundle.ZipLimits;
import org.commonplan.domain.School;
import org.commonplan.fetimport.FetImportException;
import org.commonplan.fetimport.FetImporter;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Turns an upload into a School through BundleReader, in any of the forms the API takes: the JSON document, a zip
 * of a bundle folder, the CSV files as multipart parts, or a FET file (a {@code .fet} part, or a body that is XML),
 * turned into a bundle by the same importer as {@code import-fet}. Enforces the upload limits first,
 * so that an oversized body is refused (413) before it is held in memory; zips are read within the service's own
 * zip limits by the same reader as the CLI's.
 */
@Component
public class BundleUploads {

    /** The school's name when neither the request nor settings.csv gives one. */
    static final String DEFAULT_NAME = "school";

    private final ApiProperties properties;
    private final ZipLimits zipLimits;
    /** Each school read here with the upload it came from, until the job service stores it (see sourceOf). */
    private final Map<School, StoredBundle> sources = Collections.synchronizedMap(new WeakHashMap<>());

    public BundleUploads(ApiProperties properties) {
        this.properties = properties;
        this.zipLimits = new ZipLimits(properties.maxUnzippedSize().toBytes(), properties.maxZipEntries(),
                "commonplan.api.max-unzipped-size", "commonplan.api.max-zip-entries");
    }

    /** The JSON document that BundleReader.readJson accepts, from the request body. */
    public School fromJson(HttpServletRequest request, String name) throws BundleException, IOException {
        return readJson(body(request), name);
    }

    /** A zip of one bundle folder (or of the files at its root), or a FET file's XML, from the request body. */
    public School fromZip(HttpServletRequest request, String name) throws BundleException, IOException {
        byte[] body = body(request);
        return isXml(body) ? readFet("upload.fet", body, name) : readZip(body, name);
    }

    /**
     * The CSV files of a bundle as multipart parts, each named by its file name (part name or the part's file
     * name, {@code .csv} optional). A single part holding a {@code .zip}, {@code .json} or {@code .fet} is read
     * as that form.
     */
    public School fromParts(MultipartHttpServletRequest request, String name) throws BundleException, IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<BundleProblem> problems = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, List<MultipartFile>> part : request.getMultiFileMap().entrySet()) {
            for (MultipartFile file : part.getValue()) {
                String fileName = fileName(part.getKey(), file.getOriginalFilename());
                total += file.getSize();
                checkSize(total);
                String lower = fileName.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".zip") || lower.endsWith(".json") || lower.endsWith(".fet")) {
                    if (request.getMultiFileMap().size() > 1 || part.getValue().size() > 1) {
                        problems.add(new BundleProblem(fileName, 0, null, "a zip, JSON bundle or FET file must be "
                                + "the only file of the upload"));
                        continue;
                    }
                    return lower.endsWith(".zip") ? readZip(file.getBytes(), name)
                            : lower.endsWith(".fet") ? readFet(fileName, file.getBytes(), name)
                            : readJson(file.getBytes(), name);
                }
                if (files.putIfAbsent(fileName, file.getBytes()) != null) {
                    problems.add(new BundleProblem(fileName, 0, null, "the file is given twice"));
                }
            }
        }
        // Fields sent as text (curl -F 'teachers.csv=<teachers.csv') count as files too.
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            if (!field.getKey().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                continue;
            }
            for (String value : field.getValue()) {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                total += bytes.length;
                checkSize(total);
                if (files.putIfAbsent(field.getKey(), bytes) != null) {
                    problems.add(new BundleProblem(field.getKey(), 0, null, "the file is given twice"));
                }
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new BundleProblem("upload", 0, null, "the upload holds no files; send each CSV file of "
                    + "the bundle as a part named by its file name, e.g. teachers.csv"));
        }
        if (!problems.isEmpty()) {
            throw new BundleException(problems);
        }
        return remember(BundleReader.read(files, nameOr(name)), StoredBundle.files(files, nameOr(name)));
    }

    /**
     * Takes the upload a school read here came from, so that a submitted job can be stored and read again after
     * a restart; null for a school built otherwise. Kept beside the school rather than in it, so that every way of
     * submitting (each controller calls a from-method, then the job service) stays as it is.
     */
    StoredBundle takeSourceOf(School school) {
        return sources.remove(school);
    }

    private School remember(School school, StoredBundle source) {
        sources.put(school, source);
        return school;
    }

    private School readJson(byte[] json, String name) throws BundleException, IOException {
        return remember(BundleReader.readJson(new ByteArrayInputStream(json), nameOr(name)),
                StoredBundle.json(json, nameOr(name)));
    }

    private School readZip(byte[] zip, String name) throws BundleException, IOException {
        return remember(BundleReader.readZip(new ByteArrayInputStream(zip), nameOr(name), zipLimits),
                StoredBundle.zip(zip, nameOr(name)));
    }

    /**
     * A FET file, imported as {@code import-fet} does (without subject teams) and read back as a bundle; what FET
     * itself would refuse is named by the FET file's line and element.
     */
    private School readFet(String fileName, byte[] fet, String name) throws BundleException {
        FetImporter.Imported imported;
        try {
            imported = FetImporter.importFet(fileName, fet, FetImporter.Options.defaults());
        } catch (FetImportException e) {
            throw new BundleException(e.problems().stream()
                    .map(problem -> new BundleProblem(problem.file(), problem.line(), problem.element(),
                            problem.message()))
                    .toList());
        }
        Map<String, byte[]> files = new LinkedHashMap<>(imported.files());
        files.remove(FetImporter.REPORT);
        return BundleReader.read(files, name == null || name.isBlank() ? imported.schoolName() : name.strip());
    }

    /** Whether a body is XML (a FET file) rather than a zip: its first character past any BOM and blanks is '<'. */
    private static boolean isXml(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
                && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < body.length; i++) {
            if (!Character.isWhitespace(body[i])) {
                return body[i] == '<';
            }
        }
        return false;
    }

    /** The request body, refused with 413 when it is (or says it is) over the upload limit. */
    private byte[] body(HttpServletRequest request) throws IOException {
        checkSize(request.getContentLengthLong());
        long limit = properties.maxUploadSize().toBytes();
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
            checkSize(body.length);
            return body;
        }
    }

    private void checkSize(long bytes) {
        long limit = properties.maxUploadSize().toBytes();
        if (bytes > limit) {
            throw ApiException.tooLarge("The upload is larger than the limit of " + size(limit)
                    + " (commonplan.api.max-upload-size).");
        }
    }

    /** The part name when it is a file name (teachers.csv), else the part's file name, else the part name + .csv. */
    private static String fileName(String partName, String originalFilename) {
        if (hasBundleSuffix(partName)) {
            return partName;
        }
        if (originalFilename != null && hasBundleSuffix(originalFilename)) {
            return originalFilename;
        }
        return partName + ".csv";
    }

    private static boolean hasBundleSuffix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".zip") || lower.endsWith(".json") || lower.endsWith(".fet");
    }

    static String nameOr(String name) {
        return name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
    }

    /** A byte count as a person writes it: {@code 10 MB}, {@code 256 KB}, else bytes. */
    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : String.format("%,d bytes", bytes);
    }
}
