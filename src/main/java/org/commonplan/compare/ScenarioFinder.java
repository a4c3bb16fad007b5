package org.commonplan.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.commonplan.batch.BundleFinder;

/**
 * Turns the arguments of {@code compare} into named scenario bundles: a bundle stands for itself, a folder that
 * is not a bundle for each of its subfolders that is one (in name order).
 */
public final class ScenarioFinder {

    private ScenarioFinder() {
    }

    /** Scenario name to bundle path, in argument order; names are folder names, made unique with -2, -3. */
    public static Map<String, Path> scenarios(List<Path> arguments) throws IOException {
        List<Path> bundles = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument) && !BundleFinder.isBundle(argument)) {
                try (Stream<Path> children = Files.list(argument)) {
                    children.filter(BundleFinder::isBundle).sorted().forEach(bundles::add);
                }
            } else {
                bundles.add(argument);
            }
        }
        Map<String, Path> named = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Path bundle : bundles) {
            String base = nameOf(bundle);
            int use = uses.merge(base, 1, Integer::sum);
            named.put(use == 1 ? base : base + "-" + use, bundle);
        }
        return named;
    }

    /** Names a scenario is taken as the baseline by, when none is chosen. */
    public static final List<String> DEFAULT_BASELINES = List.of("status-quo", "baseline", "current");

    /**
     * The scenarios with the baseline first: the one named, else one named as in {@link #DEFAULT_BASELINES}, else
     * the first. Null when a named baseline is not among them.
     */
    public static Map<String, Path> baselineFirst(Map<String, Path> scenarios, String baseline) {
        String first = baseline;
        if (first == null) {
            first = DEFAULT_BASELINES.stream().filter(scenarios::containsKey).findFirst()
                    .orElse(scenarios.keySet().iterator().next());
        }
        if (!scenarios.containsKey(first)) {
            return null;
        }
        Map<String, Path> ordered = new LinkedHashMap<>();
        ordered.put(first, scenarios.get(first));
        ordered.putAll(scenarios);
        return ordered;
    }

    private static String nameOf(Path bundle) {
        Path fileName = bundle.toAbsolutePath().normalize().getFileName();
        String name = fileName == null ? "scenario" : fileName.toString();
        int dot = name.lastIndexOf('.');
        String bare = Files.isDirectory(bundle) || dot <= 0 ? name : name.substring(0, dot);
        // The name is also an output folder name.
        String safe = bare.replaceAll("[^A-Za-z0-9._-]+", "-");
        return safe.isEmpty() || safe.startsWith(".") ? "scenario" + safe : safe;
    }
}
