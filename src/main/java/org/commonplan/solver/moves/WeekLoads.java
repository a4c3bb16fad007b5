package org.commonplan.solver.moves;

/**
 * For each teacher and group whose week the search tests (day-shape rules, free runs): the CLASS periods their
 * placed lessons take each day, and what their lessons without a place still need, kept up to date as lessons are
 * placed and taken out. The week tests of {@link ActivityAssignment#conflicts} and the day-shape tie-break read
 * them instead of going through every lesson of the person for every block weighed: that was two thirds of the
 * search's time on FET's StAndrewsPSY2016T2a (benchmarks/RESULTS.md).
 *
 * <p>Only single-day lessons with CLASS periods count as taking periods, the 64 first periods of a day as
 * {@link ActivityAssignment} counts them. A period two lessons take (a pinned one and another) is counted twice, so
 * taking one of them out of a week leaves it taken.
 */
final class WeekLoads {

    private final ActivityModel model;
    private final FreeRuns freeRuns;
    /** Per resource tracked, per day: the periods taken (bits); null for a resource no week test reads. */
    private final long[][] taken;
    /** Per resource tracked: per day and period ({@code day * 64 + period}), how many placed lessons take it. */
    private final int[][] holders;
    /** Per resource tracked: the periods of its lessons without a place, each counted by its first block. */
    private final int[] weekPeriodsToPlace;
    /** Per resource whose free runs are weighed: the fewest periods of its lessons without a place, in all. */
    private final int[] runPeriodsToPlace;
    /** Per resource whose free runs are weighed: per length, how many of its lessons without a place may take it. */
    private final int[][] lengthHolders;
    private final long[] lengthsToPlace;

    WeekLoads(ActivityModel model, FreeRuns freeRuns) {
        this.model = model;
        this.freeRuns = freeRuns;
        int resources = model.resourceCount();
        taken = new long[resources][];
        holders = new int[resources][];
        weekPeriodsToPlace = new int[resources];
        runPeriodsToPlace = new int[resources];
        lengthHolders = new int[resources][];
        lengthsToPlace = new long[resources];
        for (int resource = 0; resource < resources; resource++) {
            if (model.dayRules(resource) != null || freeRuns.weighs(resource)) {
                taken[resource] = new long[model.dayCount()];
                holders[resource] = new int[model.dayCount() * Long.SIZE];
            }
            if (freeRuns.weighs(resource)) {
                lengthHolders[resource] = new int[Long.SIZE];
            }
        }
        // Every lesson starts without a place; place() takes it off what is left to place.
        for (int activity = 0; activity < model.activityCount(); activity++) {
            if (model.isLesson(activity)) {
                changeToPlace(activity, 1);
            }
        }
    }

    /** Whether the resource's days are kept here. */
    boolean tracks(int resource) {
        return taken[resource] != null;
    }

    /** The periods of the day the resource's placed lessons take, as bits. */
    long taken(int resource, int day) {
        return taken[resource][day];
    }

    /** Copies the resource's periods taken, per day, into {@code days}. */
    void copyTaken(int resource, long[] days) {
        System.arraycopy(taken[resource], 0, days, 0, days.length);
    }

    /**
     * Takes the periods of the placed lessons given (the first {@code count} of {@code lessons}, each in
     * {@code blockOf[lesson]}) out of {@code days}, a copy of the resource's periods taken: a period another
     * placed lesson takes too stays.
     */
    void takeOut(int resource, int[] lessons, int count, int[] blockOf, long[] days) {
        int[] held = holders[resource];
        for (int i = 0; i < count; i++) {
            int block = blockOf[lessons[i]];
            int day = model.dayOf(block);
            for (long bits = bits(block); bits != 0; bits &= bits - 1) {
                int period = Long.numberOfTrailingZeros(bits);
                if (--held[day * Long.SIZE + period] == 0) {
                    days[day] &= ~(1L << period);
                }
            }
        }
        for (int i = 0; i < count; i++) {
            int block = blockOf[lessons[i]];
            int day = model.dayOf(block);
            for (long bits = bits(block); bits != 0; bits &= bits - 1) {
                held[day * Long.SIZE + Long.numberOfTrailingZeros(bits)]++;
            }
        }
    }

    /** The periods of the resource's lessons without a place, each counted by the first block of its domain. */
    int weekPeriodsToPlace(int resource) {
        return weekPeriodsToPlace[resource];
    }

    /** The fewest periods ({@link FreeRuns#periods}) of the resource's lessons without a place, in all. */
    int runPeriodsToPlace(int resource) {
        return runPeriodsToPlace[resource];
    }

    /** Every length the resource's lessons without a place may take, as bits. */
    long lengthsToPlace(int resource) {
        return lengthsToPlace[resource];
    }

    /**
     * Every length the resource's lessons without a place may take, as bits, leaving out those only
     * {@code lesson}, one of them, may take.
     */
    long lengthsToPlaceWithout(int resource, int lesson) {
        long lengths = lengthsToPlace[resource];
        for (long own = freeRuns.lengths(lesson); own != 0; own &= own - 1) {
            int length = Long.numberOfTrailingZeros(own);
            if (lengthHolders[resource][length] == 1) {
                lengths &= ~(1L << length);
            }
        }
        return lengths;
    }

    /** The periods the week test counts for a lesson without a place: those of the first block of its domain. */
    int weekPeriods(int lesson) {
        int[] domain = model.domain(lesson);
        return domain.length == 0 ? 1 : periods(domain[0]);
    }

    void place(int activity, int block) {
        if (model.isLesson(activity)) {
            changeToPlace(activity, -1);
            changeTaken(activity, block, 1);
        }
    }

    void unplace(int activity, int block) {
        if (model.isLesson(activity)) {
            changeToPlace(activity, 1);
            changeTaken(activity, block, -1);
        }
    }

    private void changeToPlace(int lesson, int sign) {
        for (int resource : model.resourcesOf(lesson)) {
            if (taken[resource] == null) {
                continue;
            }
            weekPeriodsToPlace[resource] += sign * weekPeriods(lesson);
            if (lengthHolders[resource] == null) {
                continue;
            }
            runPeriodsToPlace[resource] += sign * freeRuns.periods(lesson);
            for (long lengths = freeRuns.lengths(lesson); lengths != 0; lengths &= lengths - 1) {
                int length = Long.numberOfTrailingZeros(lengths);
                lengthHolders[resource][length] += sign;
                if (lengthHolders[resource][length] == 0) {
                    lengthsToPlace[resource] &= ~(1L << length);
                } else {
                    lengthsToPlace[resource] |= 1L << length;
                }
            }
        }
    }

    private void changeTaken(int lesson, int block, int sign) {
        if (model.firstPeriod(block) < 0) {
            return;
        }
        int day = model.dayOf(block);
        long bits = bits(block);
        for (int resource : model.resourcesOf(lesson)) {
            if (taken[resource] == null) {
                continue;
            }
            for (long rest = bits; rest != 0; rest &= rest - 1) {
                int period = Long.numberOfTrailingZeros(rest);
                int held = holders[resource][day * Long.SIZE + period] += sign;
                if (held == 0) {
                    taken[resource][day] &= ~(1L << period);
                } else {
                    taken[resource][day] |= 1L << period;
                }
            }
        }
    }

    private long bits(int block) {
        return model.periodBits(block);
    }

    private int periods(int block) {
        return model.periodCount(block);
    }
}
