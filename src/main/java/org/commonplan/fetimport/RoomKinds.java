package org.commonplan.fetimport;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Room kinds from FET's allowed-room sets. A CommonPlan room has one kind and a section needs one kind, so each
 * group of rooms that some allowed sets tie together (the sets overlap, directly or through others) becomes one
 * kind. When the sets are disjoint every section gets exactly its rooms; when they overlap, a section whose set
 * is smaller than its kind may also use the kind's other rooms, and is counted as widened.
 */
final class RoomKinds {

    private final int[] parent;
    private final Map<Integer, String> kindByRoot = new LinkedHashMap<>();
    private final Map<String, BitSet> roomsByKind = new LinkedHashMap<>();

    /**
     * @param rooms    how many rooms there are
     * @param sets     the distinct allowed sets (room indices), in the order sections use them
     * @param namer    names a kind from the rooms it holds and the sets in it
     */
    RoomKinds(int rooms, List<BitSet> sets, KindNamer namer) {
        parent = new int[rooms];
        for (int room = 0; room < rooms; room++) {
            parent[room] = room;
        }
        for (BitSet set : sets) {
            int first = set.nextSetBit(0);
            for (int room = set.nextSetBit(first + 1); room >= 0; room = set.nextSetBit(room + 1)) {
                union(first, room);
            }
        }
        Map<Integer, List<BitSet>> setsByRoot = new LinkedHashMap<>();
        for (BitSet set : sets) {
            setsByRoot.computeIfAbsent(find(set.nextSetBit(0)), key -> new ArrayList<>()).add(set);
        }
        setsByRoot.forEach((root, rootSets) -> {
            BitSet members = new BitSet();
            for (int room = 0; room < rooms; room++) {
                if (find(room) == root) {
                    members.set(room);
                }
            }
            String kind = namer.name(members, rootSets);
            kindByRoot.put(root, kind);
            roomsByKind.put(kind, members);
        });
    }

    /** Names a kind; the name must be a valid id and differ from every other kind's. */
    interface KindNamer {
        String name(BitSet rooms, List<BitSet> sets);
    }

    /** The kind a section with this allowed set needs. */
    String kindOf(BitSet set) {
        return kindByRoot.get(find(set.nextSetBit(0)));
    }

    /** The kind of a room that is in some allowed set, else null. */
    String kindOfRoom(int room) {
        return kindByRoot.get(find(room));
    }

    /** Whether a section with this set may now also use rooms outside it. */
    boolean widens(BitSet set) {
        return !roomsByKind.get(kindOf(set)).equals(set);
    }

    Map<String, BitSet> kinds() {
        return roomsByKind;
    }

    private int find(int room) {
        while (parent[room] != room) {
            parent[room] = parent[parent[room]];
            room = parent[room];
        }
        return room;
    }

    private void union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA != rootB) {
            // The smaller index stays root: the same sets give the same roots, whatever their order.
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
