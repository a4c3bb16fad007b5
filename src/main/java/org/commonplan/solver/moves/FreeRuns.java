package org.commonplan.solver.moves;

/**
 * Whether a teacher's or a student group's week still has room for the lessons it has left to place, in the runs
 * of free periods they could take: a two-period lesson cannot use a free period between two others or at the start
 * of a day. A week full to the last period (netura_2016-2017's classes: 42 periods of lessons in 42 available) has
 * no period to waste, and a lesson one period off leaves another lesson of that week without a place however the
 * rest is arranged. Each run of free periods holds at most the longest sum of the lengths left to place that fits
 * in it, so a week whose runs hold less than its lessons left need cannot be completed.
 *
 * <p>Only people whose every activity is a lesson within one day are weighed this way (a lesson over several days,
 * or a meeting, is not counted here), only those with a lesson of two periods or more (single periods fill any
 * run), and only those with too few free periods to be sure of room: a run wastes less than the longest lesson,
 * so a week whose free periods exceed that waste in every run it could have is never short. The periods a run is
 * made of are those some lesson of theirs may take: times none may take (a teacher away) count as taken.
 */
final class FreeRuns {

    /** Per resource: whether its week is weighed here. */
    private final boolean[] weighed;
    /** Per resource and day: the CLASS periods (bits) some block of its lessons' domains takes. */
    private final long[][] open;
    /** Per lesson: the fewest CLASS periods its blocks take, and every length they take as bits. */
    private final int[] periods;
    private final long[] lengths;
    /** The lengths of the last {@link #sums} call and the sums they make: a search asks for a few sets only. */
    private long lastLengths = -1;
    private long lastSums;

    private FreeRuns(boolean[] weighed, long[][] open, int[] periods, long[] lengths) {
        this.weighed = weighed;
        this.open = open;
        this.periods = periods;
        this.lengths = lengths;
    }

    static FreeRuns of(ActivityModel model) {
        int[] periods = new int[model.activityCount()];
        long[] lengths = new long[model.activityCount()];
        boolean[] withinADay = new boolean[model.activityCount()];
        for (int activity = 0; activity < model.activityCount(); activity++) {
            withinADay[activity] = model.isLesson(activity);
            periods[activity] = Integer.MAX_VALUE;
            for (int block : model.domain(activity)) {
                int first = model.firstPeriod(block);
                if (model.dayOf(block) < 0 || first < 0 || model.lastPeriod(block) >= Long.SIZE - 1) {
                    withinADay[activity] = false;
                    break;
                }
                int length = model.lastPeriod(block) - first + 1;
                periods[activity] = Math.min(periods[activity], length);
                lengths[activity] |= 1L << length;
            }
        }
        boolean[] weighed = new boolean[model.resourceCount()];
        long[][] open = new long[model.resourceCount()][];
        for (int resource = 0; resource < model.resourceCount(); resource++) {
            boolean all = model.activitiesOf(resource).length > 0;
            long lengthsUsed = 0;
            for (int activity : model.activitiesOf(resource)) {
                all &= withinADay[activity];
                lengthsUsed |= lengths[activity];
            }
            if (!all || (lengthsUsed & ~0b11L) == 0) {
                continue;
            }
            open[resource] = new long[model.dayCount()];
            int most = 0;
            for (int activity : model.activitiesOf(resource)) {
                most += Long.SIZE - 1 - Long.numberOfLeadingZeros(lengths[activity]);
                for (int block : model.domain(activity)) {
                    open[resource][model.dayOf(block)] |= bits(model, block);
                }
            }
            int openPeriods = 0;
            int runs = 0;
            for (long day : open[resource]) {
                openPeriods += Long.bitCount(day);
                runs += Long.bitCount(day & ~(day << 1));
            }
            // Each run of free periods wastes less than the longest lesson, and each lesson placed adds a run at
            // most: a week with more free periods than that could waste is never short, and is not weighed.
            int longest = Long.SIZE - 1 - Long.numberOfLeadingZeros(lengthsUsed);
            weighed[resource] = openPeriods - most < (runs + model.activitiesOf(resource).length) * (longest - 1);
        }
        return new FreeRuns(weighed, open, periods, lengths);
    }

    /** Whether the resource's week is weighed here. */
    boolean weighs(int resource) {
        return weighed[resource];
    }

    /** The fewest CLASS periods the lesson takes. */
    int periods(int lesson) {
        return periods[lesson];
    }

    /** Every length the lesson may take, as bits (bit n: n periods). */
    long lengths(int lesson) {
        return lengths[lesson];
    }

    /**
     * How many periods the runs of the resource's free periods (open and not {@code taken}, per day) lack to hold
     * {@code toPlace} periods of lessons of the given lengths: 0 when they may hold them all.
     */
    int shortfall(int resource, long[] taken, int toPlace, long lengthsLeft) {
        long sums = sums(lengthsLeft);
        int room = 0;
        for (int day = 0; day < taken.length && room < toPlace; day++) {
            long free = open[resource][day] & ~taken[day];
            while (free != 0) {
                int start = Long.numberOfTrailingZeros(free);
                int run = Long.numberOfTrailingZeros(~(free >>> start));
                room += Long.SIZE - 1 - Long.numberOfLeadingZeros(sums & (-1L >>> (Long.SIZE - 1 - run)));
                free &= -1L << start + run;
            }
        }
        return Math.max(0, toPlace - room);
    }

    /** The sums, up to 63 periods, that lessons of the given lengths (bits) make, as bits; bit 0 is the empty sum. */
    long sums(long lengthsLeft) {
        if (lengthsLeft == lastLengths) {
            return lastSums;
        }
        long sums = 1;
        for (int total = 1; total < Long.SIZE; total++) {
            for (long rest = lengthsLeft; rest != 0; rest &= rest - 1) {
                int length = Long.numberOfTrailingZeros(rest);
                if (length <= total && (sums >>> (total - length) & 1) != 0) {
                    sums |= 1L << total;
                    break;
                }
            }
        }
        lastLengths = lengthsLeft;
        lastSums = sums;
        return sums;
    }

    private static long bits(ActivityModel model, int block) {
        int first = model.firstPeriod(block);
        return (-1L >>> (Long.SIZE - 1 - model.lastPeriod(block) + first)) << first;
    }
}
