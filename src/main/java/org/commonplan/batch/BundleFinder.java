package org.commonplan.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the school bundles under a folder: every folder holding bell_schedule.csv, in path order. A bundle's
 * own subfolders (scenarios/, planted/, ...) are not searched: they belong to that school.
 */
public final class BundleFinder {

    /** The one file every bundle has. */
    public static final String BELL_SCHEDULE = "bell_schedule.csv";

    private BundleFinder() {
    }

    public static boolean isBundle(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve(BELL_SCHEDULE));
    }

    /** Bundle folders under (or equal to) {@code root}, sorted by path. */
    public static List<Path> find(Path root) throws IOException {
        List<Path> bundles = new ArrayList<>();
        collect(root, bundles);
        return bundles;
    }

    private static void collect(Path folder, List<Path> bundles) throws IOException {
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
            collect(child, bundles);
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
