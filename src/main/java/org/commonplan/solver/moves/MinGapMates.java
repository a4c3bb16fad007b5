package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.Timeslot;

/**
 * The min-gap rule as the conflict-directed search sees it: lessons of MIN_GAP-linked sections (two of one section
 * too) on one day with fewer timeslots between them than the link asks conflict, as rule min-gap counts them
 * (timeslots of the day, breaks included). Lessons whose blocks may span days are left out, as the rule leaves them.
 */
final class MinGapMates {

    /** Per activity: the activities it must keep its distance from on a day, and that distance in timeslots. */
    private final int[][] mates;
    private final int[][] gaps;
    /** Per block: its first and last timeslot's position in its day. */
    private final int[] firstInDay;
    private final int[] lastInDay;

    private MinGapMates(int[][] mates, int[][] gaps, int[] firstInDay, int[] lastInDay) {
        this.mates = mates;
        this.gaps = gaps;
        this.firstInDay = firstInDay;
        this.lastInDay = lastInDay;
    }

    static MinGapMates of(ActivityModel model) {
        Map<SectionLink, List<Integer>> byLink = new LinkedHashMap<>();
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (model.entity(activity) instanceof Lesson lesson) {
                for (SectionLink link : lesson.getSection().getLinks()) {
                    if (link.kind() == SectionLink.Kind.MIN_GAP && link.minGap() > 0) {
                        byLink.computeIfAbsent(link, key -> new ArrayList<>()).add(activity);
                    }
                }
            }
        }
        List<Map<Integer, Integer>> apart = new ArrayList<>();
        for (int activity = 0; activity < model.activityCount(); activity++) {
            apart.add(byLink.isEmpty() ? Map.of() : new IdentityHashMap<>());
        }
        byLink.forEach((link, lessons) -> {
            for (int activity : lessons) {
                for (int other : lessons) {
                    if (other != activity) {
                        apart.get(activity).merge(other, link.minGap(), Math::max);
                    }
                }
            }
        });
        int[][] mates = new int[model.activityCount()][];
        int[][] gaps = new int[model.activityCount()][];
        for (int activity = 0; activity < mates.length; activity++) {
            mates[activity] = apart.get(activity).keySet().stream().mapToInt(Integer::intValue).toArray();
            gaps[activity] = apart.get(activity).values().stream().mapToInt(Integer::intValue).toArray();
        }
        int[] firstInDay = new int[model.blockCount()];
        int[] lastInDay = new int[model.blockCount()];
        for (int index = 0; index < model.blockCount(); index++) {
            Block block = model.block(index);
            firstInDay[index] = block.getTimeslots().stream().mapToInt(Timeslot::indexInDay).min().orElse(0);
            lastInDay[index] = block.getTimeslots().stream().mapToInt(Timeslot::indexInDay).max().orElse(0);
        }
        return new MinGapMates(mates, gaps, firstInDay, lastInDay);
    }

    int[] matesOf(int activity) {
        return mates[activity];
    }

    /**
     * Whether the i-th mate of {@code activity}, placed in {@code otherBlock}, is too close to {@code block}: on the
     * same day (both single-day) with fewer timeslots between them than the link asks.
     */
    boolean tooClose(ActivityModel model, int activity, int i, int block, int otherBlock) {
        int day = model.dayOf(block);
        if (day < 0 || model.dayOf(otherBlock) != day) {
            return false;
        }
        int between = Math.max(0, Math.max(firstInDay[otherBlock] - lastInDay[block] - 1,
                firstInDay[block] - lastInDay[otherBlock] - 1));
        return between < gaps[activity][i];
    }
}
