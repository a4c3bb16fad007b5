package org.commonplan.fetimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * FET's constraints between activities as rows of section_links.csv. A link joins sections and pairs their
 * lessons by number; since the lessons of one section are interchangeable, a FET constraint set is exact as a
 * link when it pairs every lesson of each linked section with exactly one lesson of each other one (FET's usual
 * "sub-activity k of A with sub-activity k of B"). Constraints that link only some lessons of a section are
 * dropped with that reason. SAME_START constraints are joined first where they share an activity, as FET's
 * same-start is transitive.
 */
final class SectionLinks {

    enum Kind {
        SAME_START, NOT_OVERLAPPING, CONSECUTIVE, ORDERED, SAME_DAY, SAME_HOUR, GROUPED, SAME_ROOM, MIN_GAP
    }

    /**
     * One FET constraint: its index, its kind, its activity ids (in order for the ordered kinds) and, for MIN_GAP,
     * the hours at least between two of them on one day.
     */
    record Request(int constraint, Kind kind, List<Integer> activities, int minGap) {

        Request(int constraint, Kind kind, List<Integer> activities) {
            this(constraint, kind, activities, 0);
        }
    }

    /** A link row, and for each constraint a reason it could not be kept (absent: kept exactly). */
    record Resolved(List<List<String>> rows, Map<Integer, String> notKept) {
    }

    static final String PART_OF_SECTION = "links only some lessons of a section (its sub-activities are linked to "
            + "different activities), which a link cannot say";
    static final String SAME_SECTION = "links two lessons of one section";

    private final Map<Integer, String> sectionOf;
    private final Map<String, List<Integer>> activitiesOf;
    private final List<List<String>> rows = new ArrayList<>();
    private final Map<Integer, String> notKept = new HashMap<>();

    /**
     * @param sectionOf    each active activity's section id
     * @param activitiesOf each section's activity ids
     */
    private SectionLinks(Map<Integer, String> sectionOf, Map<String, List<Integer>> activitiesOf) {
        this.sectionOf = sectionOf;
        this.activitiesOf = activitiesOf;
    }

    static Resolved resolve(List<Request> requests, Map<Integer, String> sectionOf,
            Map<String, List<Integer>> activitiesOf) {
        SectionLinks links = new SectionLinks(sectionOf, activitiesOf);
        for (Kind kind : List.of(Kind.SAME_START, Kind.SAME_DAY, Kind.SAME_HOUR)) {
            links.together(kind, requests.stream().filter(request -> request.kind() == kind).toList());
        }
        requests.stream().filter(request -> request.kind() == Kind.NOT_OVERLAPPING
                || request.kind() == Kind.SAME_ROOM || request.kind() == Kind.MIN_GAP).forEach(links::wholeSections);
        for (Kind kind : List.of(Kind.CONSECUTIVE, Kind.ORDERED, Kind.GROUPED)) {
            links.ordered(kind, requests.stream().filter(request -> request.kind() == kind).toList());
        }
        return new Resolved(links.rows, links.notKept);
    }

    /**
     * Tuples of activities that must start together (or on one day, or in one period), joined where they share
     * one, since each of these is transitive in FET; then matched per sections.
     */
    private void together(Kind kind, List<Request> requests) {
        Map<Integer, Integer> parent = new HashMap<>();
        for (Request request : requests) {
            List<Integer> activities = request.activities();
            activities.forEach(activity -> parent.putIfAbsent(activity, activity));
            for (int i = 1; i < activities.size(); i++) {
                parent.put(find(parent, activities.get(i)), find(parent, activities.get(0)));
            }
        }
        Map<Integer, List<Integer>> classes = new LinkedHashMap<>();
        parent.keySet().stream().sorted().forEach(activity -> classes.computeIfAbsent(find(parent, activity),
                key -> new ArrayList<>()).add(activity));
        Map<Integer, List<Request>> requestsByClass = new HashMap<>();
        for (Request request : requests) {
            requestsByClass.computeIfAbsent(find(parent, request.activities().get(0)), key -> new ArrayList<>())
                    .add(request);
        }
        // Tuples of sections (sorted: order means nothing here) to the classes that link them.
        Map<List<String>, List<List<Integer>>> bySections = new LinkedHashMap<>();
        Map<List<String>, List<Request>> requestsBySections = new LinkedHashMap<>();
        classes.forEach((root, activities) -> {
            List<String> sections = activities.stream().map(sectionOf::get).toList();
            List<Request> classRequests = requestsByClass.get(root);
            if (new TreeSet<>(sections).size() < sections.size()) {
                classRequests.forEach(request -> notKept.put(request.constraint(), SAME_SECTION));
                return;
            }
            List<String> key = List.copyOf(new TreeSet<>(sections));
            bySections.computeIfAbsent(key, k -> new ArrayList<>()).add(activities);
            requestsBySections.computeIfAbsent(key, k -> new ArrayList<>()).addAll(classRequests);
        });
        bySections.forEach((sections, tuples) -> {
            if (sections.size() < 2) {
                return;
            }
            if (coversEvery(sections, tuples)) {
                rows.add(row(kind, sections));
            } else {
                requestsBySections.get(sections).forEach(request -> notKept.put(request.constraint(),
                        PART_OF_SECTION));
            }
        });
    }

    private static int find(Map<Integer, Integer> parent, int activity) {
        int root = activity;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    /**
     * A set of activities no two of which overlap, all in one room, or kept apart on a day: a link when it is made
     * of whole sections (one section is enough to keep its lessons in one room, or apart).
     */
    private void wholeSections(Request request) {
        Set<String> sections = new LinkedHashSet<>();
        request.activities().forEach(activity -> sections.add(sectionOf.get(activity)));
        Set<Integer> listed = Set.copyOf(request.activities());
        if (!sections.stream().allMatch(section -> listed.containsAll(activitiesOf.get(section)))) {
            notKept.put(request.constraint(), PART_OF_SECTION);
        } else if (request.kind() == Kind.MIN_GAP) {
            rows.add(List.of(Kind.MIN_GAP.name(), String.join(";", sections), String.valueOf(request.minGap())));
        } else if (sections.size() > 1 || request.kind() == Kind.SAME_ROOM) {
            rows.add(row(request.kind(), List.copyOf(sections)));
        }
    }

    /**
     * Pairs (first, second; for GROUPED in either order), grouped by their two sections: a link when they pair
     * every lesson once.
     */
    private void ordered(Kind kind, List<Request> requests) {
        Map<List<String>, List<Request>> bySections = new LinkedHashMap<>();
        for (Request request : requests) {
            List<String> sections = request.activities().stream().map(sectionOf::get).toList();
            if (kind == Kind.GROUPED) {
                // Either may come first: the pair of sections is one whichever FET names first.
                sections = sections.stream().sorted().toList();
            }
            if (Objects.equals(sections.get(0), sections.get(1))) {
                notKept.put(request.constraint(), SAME_SECTION);
            } else {
                bySections.computeIfAbsent(sections, key -> new ArrayList<>()).add(request);
            }
        }
        bySections.forEach((sections, pairs) -> {
            if (coversEvery(sections, pairs.stream().map(Request::activities).toList())) {
                rows.add(row(kind, sections));
            } else {
                pairs.forEach(request -> notKept.put(request.constraint(), PART_OF_SECTION));
            }
        });
    }

    /** Whether the tuples use each activity of each section exactly once: a perfect matching of their lessons. */
    private boolean coversEvery(List<String> sections, List<List<Integer>> tuples) {
        for (String section : sections) {
            List<Integer> used = new ArrayList<>();
            tuples.forEach(tuple -> tuple.stream().filter(activity -> section.equals(sectionOf.get(activity)))
                    .forEach(used::add));
            List<Integer> all = activitiesOf.get(section);
            if (used.size() != all.size() || !new TreeSet<>(used).equals(new TreeSet<>(all))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> row(Kind kind, List<String> sections) {
        return List.of(kind.name(), String.join(";", sections));
    }
}
