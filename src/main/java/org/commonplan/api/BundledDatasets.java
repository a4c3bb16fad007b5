package org.commonplan.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;


import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.School;
import org.springframework.stereotype.Component;

/**
 * The bundled datasets (folders of CSV files under {@code commonplan.api.datasets-dir}), offered as the JSON
 * document that POST /schedules takes, or as a zip of the folder.
 */
@Component
public class BundledDatasets {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** JSON keys in the order of the README's "The bundle", so that a document reads like the bundle table. */
    private static final List<String> KEY_ORDER = List.of("settings", "bell_schedule", "blocks", "teachers", "rooms",
            "groups", "sections", "teams", "coaching", "course_conflicts");

    /**
     * One bundled dataset.
     *
     * @param valid    false when the bundle does not read; {@code problems} then says how many problems it has
     * @param json     where to GET it as a JSON document
     * @param zip      where to GET it as a zip
     */
    public record Dataset(String name, String school, boolean valid, int problems, int teachers, int rooms,
            int sections, int lessons, int teams, int meetings, String json, String zip) {
    }

    /** A dataset as last read, with the fingerprint of its files then. */
    private record Described(long fingerprint, Dataset dataset) {
    }

    private final Path root;
    /** Reading every bundle on each GET would cost a whole bundle parse per dataset; files rarely change. */
    private final Map<Path, Described> described = new ConcurrentHashMap<>();

    public BundledDatasets(ApiProperties properties) {
        this.root = properties.datasetsDir().toAbsolutePath().normalize();
    }

    public List<Dataset> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(root)) {
            folders = children.filter(Files::isDirectory).filter(BundledDatasets::holdsCsv)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<Dataset> datasets = new ArrayList<>();
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            if (NAME.matcher(name).matches()) {
                long fingerprint = fingerprint(folder);
                Described known = described.get(folder);
                if (known == null || known.fingerprint() != fingerprint) {
                    known = new Described(fingerprint, describe(name, folder));
                    described.put(folder, known);
                }
                datasets.add(known.dataset());
            }
        }
        return datasets;
    }

    /** The dataset as the JSON bundle document: file name without .csv to rows; settings as an object. */
    public Map<String, Object> document(String name) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        List<Path> files = csvFiles(folder(name));
        files.sort(Comparator.comparing(BundledDatasets::keyRank).thenComparing(Path::toString));
        for (Path file : files) {
            String key = key(file);
            List<Map<String, String>> rows = rows(file);
            if (key.equals("settings")) {
                Map<String, String> settings = new LinkedHashMap<>();
                rows.forEach(row -> settings.put(row.getOrDefault("key", ""), row.getOrDefault("value", "")));
                document.put(key, settings);
            } else {
                document.put(key, rows);
            }
        }
        return document;
    }

    /** The dataset's CSV files zipped in a folder named after it, as POST /schedules takes them. */
    public byte[] zip(String name) throws IOException {
        Path folder = folder(name);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path file : csvFiles(folder)) {
            files.put(name + "/" + file.getFileName(), Files.readAllBytes(file));
        }
        return Zips.of(files);
    }

    private Dataset describe(String name, Path folder) throws IOException {
        String base = "/api/v1/datasets/" + name;
        try {
            School school = BundleReader.read(folder);
            return new Dataset(name, school.getName(), true, 0, school.getTeachers().size(), school.getRooms().size(),
                    school.getSections().size(), school.getLessons().size(), school.getTeams().size(),
                    school.getMeetings().size(), base, base + "/bundle.zip");
        } catch (BundleException e) {
            return new Dataset(name, null, false, e.problems().size(), 0, 0, 0, 0, 0, 0, base, base + "/bundle.zip");
        }
    }

    /** Changes when a CSV file of the folder is added, removed, rewritten or touched. */
    private static long fingerprint(Path folder) throws IOException {
        long fingerprint = 17;
        for (Path file : csvFiles(folder)) {
            fingerprint = 31 * fingerprint + file.getFileName().hashCode();
            fingerprint = 31 * fingerprint + Files.getLastModifiedTime(file).toMillis();
            fingerprint = 31 * fingerprint + Files.size(file);
        }
        return fingerprint;
    }

    /** The dataset's folder; a name that is not a plain folder name under the root is simply not found. */
    private Path folder(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw ApiException.notFound("There is no dataset \"" + name + "\".");
        }
        Path folder = root.resolve(name).normalize();
        if (!folder.startsWith(root) || !Files.isDirectory(folder) || !holdsCsv(folder)) {
            throw ApiException.notFound("There is no dataset \"" + name + "\"; GET /api/v1/datasets lists them.");
        }
        return folder;
    }

    private static boolean holdsCsv(Path folder) {
        try {
            return !csvFiles(folder).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted().toList());
        }
    }

    private static String key(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - ".csv".length());
    }

    private static int keyRank(Path file) {
        int rank = KEY_ORDER.indexOf(key(file));
        return rank < 0 ? KEY_ORDER.size() : rank;
    }

    /** The rows of a bundled CSV file as column: value maps, read by the bundle reader's own CSV parsing. */
    private static List<Map<String, String>> rows(Path file) throws IOException {
        try {
            return BundleReader.rowsOf(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (BundleException e) {
            throw new IOException("Bundled dataset file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
