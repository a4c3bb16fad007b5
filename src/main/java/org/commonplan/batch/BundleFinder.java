package org.commonplan.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the school bundles under a folder: every folder holding bell_schedule.csv, in path order. A bundle's
 * own subfolders (scenarios/, planted/, ...) are not searched: they belong to that school. Symbolic links are
 * followed, but each folder is searched once: a link back up (a loop) or to a folder already searched is
 * skipped.
 */
public final class BundleFinder {

    /** The one file every bundle has. */
    public static final String BELL_SCHEDULE = "bell_schedule.csv";

    private BundleFinder() {
    }

    public static boolean isBundle(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve(BELL_SCHEDULE));
    }

    /**
     * What a search found.
     *
     * @param bundles bundle folders, sorted by path
     * @param skipped a sentence for each folder left out because a link led to it a second time
     */
    public record Search(List<Path> bundles, List<String> skipped) {
    }

    /** Bundle folders under (or equal to) {@code root}, sorted by path. */
    public static List<Path> find(Path root) throws IOException {
        return search(root).bundles();
    }

    /** Bundle folders under (or equal to) {@code root}, sorted by path, and the folders left out. */
    public static Search search(Path root) throws IOException {
        List<Path> bundles = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        collect(root, new HashMap<>(), bundles, skipped);
        return new Search(List.copyOf(bundles), List.copyOf(skipped));
    }

    /** @param searched each folder searched, by its real path, to the path it was searched under */
    private static void collect(Path folder, Map<Path, Path> searched, List<Path> bundles, List<String> skipped)
            throws IOException {
        Path first = searched.putIfAbsent(folder.toRealPath(), folder);
        if (first != null) {
            skipped.add(folder + ": skipped, a symbolic link leads there and it is the folder " + first
                    + ", searched once");
            return;
        }
        if (isBundle(folder)) {
            bundles.add(folder);
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        for (Path child : children) {
            collect(child, searched, bundles, skipped);
        }
    }

    /**
     * An output folder name per bundle: the bundle's folder name, or, where two bundles share one, their paths
     * below {@code root} joined by '-'. Names keep letters, digits, '.', '_' and '-'.
     */
    public static Map<Path, String> outputNames(Path root, List<Path> bundles) {
        Map<String, Integer> uses = new HashMap<>();
        for (Path bundle : bundles) {
            uses.merge(safe(folderName(bundle)), 1, Integer::sum);
        }
        Map<Path, String> names = new LinkedHashMap<>();
        for (Path bundle : bundles) {
            String name = safe(folderName(bundle));
            if (uses.get(name) > 1) {
                name = safe(relative(root, bundle).replace('/', '-'));
            }
            names.put(bundle, name);
        }
        return names;
    }

    /**
     * The output folder name of a bundle of its own (as {@code solve} writes it): its folder's name, or a
     * {@code .zip} or {@code .json} bundle's file name without the extension; letters, digits, '.', '_' and '-'.
     */
    public static String outputName(Path bundle) {
        String name = folderName(bundle);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isDirectory(bundle) && (lower.endsWith(".zip") || lower.endsWith(".json"))) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        return safe(name);
    }

    /** The bundle's path below {@code root} with '/' separators, or its folder name when it is the root. */
    public static String relative(Path root, Path bundle) {
        Path relative = root.toAbsolutePath().normalize().relativize(bundle.toAbsolutePath().normalize());
        String text = relative.toString().replace('\\', '/');
        return text.isEmpty() ? folderName(bundle) : text;
    }

    private static String folderName(Path bundle) {
        Path name = bundle.toAbsolutePath().normalize().getFileName();
        return name == null ? "school" : name.toString();
    }

    static String safe(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return safe.isEmpty() || safe.startsWith(".") ? "school" + safe : safe;
    }
}
