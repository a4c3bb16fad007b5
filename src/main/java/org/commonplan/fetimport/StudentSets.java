package org.commonplan.fetimport;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FET's years, groups and subgroups. The atoms are the sets that are not divided further: every subgroup, and
 * each group or year that has none below it. A set stands for the atoms it holds; one name is one set wherever
 * it appears (FET lets a group belong to several years).
 */
final class StudentSets {

    /**
     * An undivided set of students.
     *
     * @param size FET's number of students, 0 when not given
     * @param year the year it belongs to (first seen)
     */
    record Atom(String name, int size, String year) {
    }

    private final List<Atom> atoms = new ArrayList<>();
    private final Map<String, Integer> atomIndex = new HashMap<>();
    private final Map<String, BitSet> atomsBySet = new LinkedHashMap<>();
    private final Map<String, Integer> sizeBySet = new HashMap<>();
    private final Set<String> years = new HashSet<>();
    private final Set<String> groups = new HashSet<>();
    private final Set<String> subgroups = new HashSet<>();

    /** Reads the {@code Students_List} element (null for a file without students). */
    static StudentSets of(XmlNode studentsList) {
        StudentSets sets = new StudentSets();
        if (studentsList != null) {
            for (XmlNode year : studentsList.children("Year")) {
                sets.readYear(year);
            }
        }
        return sets;
    }

    private void readYear(XmlNode year) {
        String yearName = year.text("Name");
        if (yearName == null) {
            return;
        }
        years.add(yearName);
        BitSet yearAtoms = new BitSet();
        for (XmlNode group : year.children("Group")) {
            String groupName = group.text("Name");
            if (groupName == null) {
                continue;
            }
            groups.add(groupName);
            BitSet groupAtoms = new BitSet();
            for (XmlNode subgroup : group.children("Subgroup")) {
                String subgroupName = subgroup.text("Name");
                if (subgroupName != null) {
                    subgroups.add(subgroupName);
                    groupAtoms.set(atom(subgroupName, size(subgroup), yearName));
                    define(subgroupName, size(subgroup), bit(atomIndex.get(subgroupName)));
                }
            }
            if (groupAtoms.isEmpty()) {
                groupAtoms.set(atom(groupName, size(group), yearName));
            }
            define(groupName, size(group), groupAtoms);
            yearAtoms.or(groupAtoms);
        }
        if (yearAtoms.isEmpty()) {
            yearAtoms.set(atom(yearName, size(year), yearName));
        }
        define(yearName, size(year), yearAtoms);
    }

    private static BitSet bit(int index) {
        BitSet set = new BitSet();
        set.set(index);
        return set;
    }

    private static int size(XmlNode set) {
        try {
            String raw = set.text("Number_of_Students");
            return raw == null ? 0 : Math.max(0, Integer.parseInt(raw));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private int atom(String name, int size, String year) {
        return atomIndex.computeIfAbsent(name, key -> {
            atoms.add(new Atom(name, size, year));
            return atoms.size() - 1;
        });
    }

    private void define(String name, int size, BitSet setAtoms) {
        atomsBySet.computeIfAbsent(name, key -> new BitSet()).or(setAtoms);
        sizeBySet.putIfAbsent(name, size);
    }

    boolean known(String set) {
        return atomsBySet.containsKey(set);
    }

    /** The atoms of a set (a copy), empty for an unknown name. */
    BitSet atomsOf(String set) {
        BitSet found = atomsBySet.get(set);
        return found == null ? new BitSet() : (BitSet) found.clone();
    }

    /** FET's number of students of a set, 0 when not given. */
    int size(String set) {
        return sizeBySet.getOrDefault(set, 0);
    }

    List<Atom> atoms() {
        return atoms;
    }

    int years() {
        return years.size();
    }

    int groups() {
        return groups.size();
    }

    int subgroups() {
        return subgroups.size();
    }
}
