package org.commonplan.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.commonplan.domain.School;

/**
 * Reads an input bundle (README) into a {@link School}: a folder of CSV files, a zip of one, the files of an
 * upload, or the same bundle as one JSON document. Bad input never gets past here: every problem is collected
 * and thrown as one {@link BundleException}.
 */
public final class BundleReader {

    /** The name problems of a JSON document as a whole are reported under. */
    public static final String JSON_FILE = "bundle.json";

    private static final String CSV = ".csv";

    private BundleReader() {
    }

    /**
     * Reads a folder of CSV files, a {@code .zip} holding one bundle folder (or the files at its root), or a
     * {@code .json} bundle. The school is named by settings.csv, else by the folder or file name.
     */
    public static School read(Path folderOrZip) throws BundleException, IOException {
        String name = folderOrZip.getFileName() == null ? "school" : folderOrZip.getFileName().toString();
        if (Files.isDirectory(folderOrZip)) {
            return readFolder(folderOrZip, name);
        }
        if (!Files.isRegularFile(folderOrZip)) {
            throw new BundleException(new BundleProblem(folderOrZip.toString(), 0, null,
                    "there is no such folder or file"));
        }
        try (InputStream in = Files.newInputStream(folderOrZip)) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
                return readJson(in, withoutExtension(name));
            }
            return readZip(in, name, withoutExtension(name), ZipLimits.FILE);
        }
    }

    /**
     * Reads the files of an upload: file name (e.g. {@code teachers.csv}, any folder part ignored) to bytes.
     * Files that are not CSV, such as a README, are ignored.
     */
    public static School read(Map<String, byte[]> files, String defaultName) throws BundleException {
        return readFiles(files, defaultName, new Problems());
    }

    /** Reads a zip, as {@link #read(Path)} does, from a stream. */
    public static School readZip(InputStream zip, String defaultName) throws BundleException, IOException {
        return readZip(zip, defaultName, ZipLimits.FILE);
    }

    /** Reads a zip, as {@link #read(Path)} does, from a stream, within the given limits. */
    public static School readZip(InputStream zip, String defaultName, ZipLimits limits)
            throws BundleException, IOException {
        return readZip(zip, defaultName + ".zip", defaultName, limits);
    }

    /**
     * The rows of one bundle CSV file as column → cell maps, every cell as written (empty cells kept as ""),
     * for showing a bundle as the JSON document {@link #readJson} takes. Unreadable CSV is a BundleException.
     */
    public static List<Map<String, String>> rowsOf(String fileName, byte[] csv) throws BundleException {
        Problems problems = new Problems();
        Table table = CsvTables.read(fileName, csv, problems);
        problems.throwIfAny();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (String column : table.columns()) {
                String value = row.get(column);
                cells.put(column, value == null ? "" : value);
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * Reads the JSON form of a bundle: an object whose keys are the file names without {@code .csv}; settings
     * is an object of key: value, every other key a list of row objects of column: value, where a value is text,
     * a number, or a list standing for a {@code ;}-joined cell. Problems name the CSV file and line the row
     * would have: row {@code i} (from 0) is line {@code i + 2}.
     */
    public static School readJson(InputStream json, String defaultName) throws BundleException, IOException {
        Problems problems = new Problems();
        byte[] bytes = json.readNBytes(Limits.MAX_JSON_BYTES + 1);
        if (bytes.length > Limits.MAX_JSON_BYTES) {
            problems.addFileProblem(JSON_FILE, "the document is more than the limit of "
                    + CsvTables.megabytes(Limits.MAX_JSON_BYTES));
            throw problems.toException();
        }
        Map<BundleFile, Table> tables = JsonTables.read(bytes, problems);
        if (tables == null) {
            throw problems.toException();
        }
        return SchoolBuilder.build(tables, problems, defaultName);
    }

    private static School readFolder(Path folder, String name) throws BundleException, IOException {
        List<Path> csvFiles;
        try (Stream<Path> list = Files.list(folder)) {
            csvFiles = list.filter(Files::isRegularFile).filter(BundleReader::isCsv).sorted().toList();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path file : csvFiles) {
            String fileName = file.getFileName().toString();
            // Reading one byte past the limit is enough to report it without loading a huge file.
            boolean known = BundleFile.byFileName(fileName.toLowerCase(Locale.ROOT)).isPresent();
            if (known) {
                try (InputStream in = Files.newInputStream(file)) {
                    files.put(fileName, in.readNBytes(Limits.MAX_FILE_BYTES + 1));
                }
            } else {
                files.put(fileName, new byte[0]);
            }
        }
        return readFiles(files, name, new Problems());
    }

    private static School readZip(InputStream in, String zipName, String defaultName, ZipLimits limits)
            throws BundleException, IOException {
        Problems problems = new Problems();
        // Folder inside the zip (empty for its root) to its CSV files by name.
        Map<String, Map<String, byte[]>> byFolder = ZipEntries.read(in, zipName, limits, problems);
        if (byFolder.containsKey("")) {
            return readFiles(byFolder.get(""), defaultName, problems);
        }
        if (byFolder.size() > 1) {
            problems.addFileProblem(zipName, "the zip holds more than one folder of CSV files ("
                    + String.join(", ", byFolder.keySet()) + "); put one bundle in a zip");
            throw problems.toException();
        }
        String folder = byFolder.keySet().iterator().next();
        return readFiles(byFolder.get(folder), folder.substring(folder.lastIndexOf('/') + 1), problems);
    }

    /** Reads each bundle file into a table, then validates and builds the school from all of them. */
    private static School readFiles(Map<String, byte[]> files, String defaultName, Problems problems)
            throws BundleException {
        Map<BundleFile, Table> tables = new EnumMap<>(BundleFile.class);
        Map<BundleFile, String> given = new EnumMap<>(BundleFile.class);
        List<BundleFile> unreadable = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : files.entrySet()) {
            String fileName = entry.getKey().substring(Math.max(entry.getKey().lastIndexOf('/'),
                    entry.getKey().lastIndexOf('\\')) + 1);
            if (!isCsv(fileName)) {
                continue;
            }
            BundleFile file = BundleFile.byFileName(fileName.toLowerCase(Locale.ROOT)).orElse(null);
            if (file == null) {
                problems.addFileProblem(fileName, "not a bundle file; the files of a bundle are "
                        + BundleFile.fileNames());
                continue;
            }
            if (given.putIfAbsent(file, fileName) != null) {
                problems.addFileProblem(file.fileName(), "the file is given twice");
                continue;
            }
            byte[] bytes = entry.getValue() == null ? new byte[0] : entry.getValue();
            Table table = CsvTables.read(file.fileName(), bytes, problems);
            if (table == null) {
                unreadable.add(file);
            } else {
                tables.put(file, table);
            }
        }
        if (!unreadable.isEmpty()) {
            // Checking references into a file that could not be read would only add false alarms.
            SchoolBuilder.checkRequiredFiles(given.keySet(), problems);
            tables.forEach((file, table) -> SchoolBuilder.checkColumns(file, table, problems));
            throw problems.toException();
        }
        return SchoolBuilder.build(tables, problems, defaultName);
    }

    private static boolean isCsv(Path path) {
        String fileName = path.getFileName().toString();
        return !fileName.startsWith(".") && isCsv(fileName);
    }

    private static boolean isCsv(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(CSV);
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
