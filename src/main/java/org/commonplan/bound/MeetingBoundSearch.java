package org.commonplan.bound;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.Teacher;

/**
 * Step 6 of {@link MeetingBound}: the largest total of meetings, each team at most its own bound, that keeps within
 * every attendee's {@link TimeBudget}. Teams linked through a shared budget are searched together, exactly, by a
 * small branch and bound; unlinked groups add up. A group whose search goes past {@link #SEARCH_BUDGET} nodes
 * counts the sum of its teams' own bounds instead, which is weaker but still true.
 */
final class MeetingBoundSearch {

    /** Nodes the exact search may visit per group of teams before it settles for the weaker sum. */
    static final int SEARCH_BUDGET = 200_000;

    /**
     * An attendee's time for meetings in one unit (minutes or timeslots): the sum over their teams of weight ×
     * meetings must stay within capacity.
     *
     * @param attendee whose time it is; null for the classes' idle periods ({@link ClassCoverage})
     * @param weights  per team index, what one meeting of that team costs at least
     */
    record TimeBudget(Teacher attendee, String unit, long capacity, Map<Integer, Integer> weights) {
    }

    private final int[] upper;
    private final List<TimeBudget> budgets;
    private long[] remaining;
    private int[] order;
    private int[][] weightOf;
    private int best;
    private long nodes;

    /**
     * @param upper   per team index, the most meetings it can place on its own
     * @param budgets every attendee's budgets
     */
    MeetingBoundSearch(int[] upper, List<TimeBudget> budgets) {
        this.upper = upper;
        this.budgets = budgets;
    }

    int maximum() {
        int n = upper.length;
        // Teams linked through a shared budget are solved together; unlinked groups add up.
        int[] parent = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = k;
        }
        for (TimeBudget budget : budgets) {
            Integer first = null;
            for (int k : budget.weights().keySet()) {
                if (first == null) {
                    first = k;
                } else {
                    parent[find(parent, k)] = find(parent, first);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            if (upper[k] > 0) {
                groups.computeIfAbsent(find(parent, k), key -> new ArrayList<>()).add(k);
            }
        }
        int total = 0;
        for (List<Integer> group : groups.values()) {
            total += maximum(group);
        }
        return total;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    private int maximum(List<Integer> group) {
        List<TimeBudget> linked = budgets.stream()
                .filter(budget -> budget.weights().keySet().stream().anyMatch(group::contains)).toList();
        order = group.stream().sorted(Comparator.comparingInt((Integer k) -> upper[k]).reversed())
                .mapToInt(Integer::intValue).toArray();
        remaining = linked.stream().mapToLong(TimeBudget::capacity).toArray();
        weightOf = new int[order.length][linked.size()];
        for (int i = 0; i < order.length; i++) {
            for (int c = 0; c < linked.size(); c++) {
                weightOf[i][c] = linked.get(c).weights().getOrDefault(order[i], 0);
            }
        }
        int sumOfOwn = group.stream().mapToInt(k -> upper[k]).sum();
        best = -1;
        nodes = 0;
        search(0, 0);
        return nodes > SEARCH_BUDGET ? sumOfOwn : best;
    }

    /** The most meetings the i-th team of the order can still place within the remaining budgets. */
    private int fits(int i) {
        long most = upper[order[i]];
        for (int c = 0; c < remaining.length; c++) {
            if (weightOf[i][c] > 0) {
                most = Math.min(most, remaining[c] / weightOf[i][c]);
            }
        }
        return (int) Math.max(0, most);
    }

    private void search(int i, int placed) {
        if (i == order.length) {
            best = Math.max(best, placed);
            return;
        }
        if (++nodes > SEARCH_BUDGET) {
            return;
        }
        int optimistic = placed;
        for (int j = i; j < order.length; j++) {
            optimistic += fits(j);
        }
        if (optimistic <= best) {
            return;
        }
        for (int count = fits(i); count >= 0; count--) {
            for (int c = 0; c < remaining.length; c++) {
                remaining[c] -= (long) count * weightOf[i][c];
            }
            search(i + 1, placed + count);
            for (int c = 0; c < remaining.length; c++) {
                remaining[c] += (long) count * weightOf[i][c];
            }
            if (nodes > SEARCH_BUDGET) {
                return;
            }
        }
    }
}
