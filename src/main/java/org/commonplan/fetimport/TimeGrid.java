package org.commonplan.fetimport;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonplan.domain.BellSchedule;

/**
 * FET's week as a bell schedule: every day has the same hours; hour {@code h} of day {@code d} is slot
 * {@code d × hours + h}. Days get short ids ({@code MON}), hours become periods {@code P1..Pn} with times read from
 * the hour names when they hold times, else made up. Break times stay in the bell schedule as {@code OTHER}
 * periods, so no lesson is placed in or across them.
 */
final class TimeGrid {

    /** A time in an hour name: 08:00, 8.30, 08h00. */
    private static final Pattern TIME = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[:.hH]\\s*(\\d{2})(?!\\d)");
    static final LocalTime SYNTHETIC_START = LocalTime.of(8, 0);
    static final int SYNTHETIC_MINUTES = 50;
    static final int SYNTHETIC_GAP = 5;
    private static final int LAST_MINUTE_OF_DAY = 23 * 60 + 59;

    private final List<String> dayNames;
    private final List<String> hourNames;
    private final List<String> dayIds;
    private final LocalTime[] starts;
    private final LocalTime[] ends;
    private final boolean timesFromNames;
    private final BitSet breaks = new BitSet();
    private final Map<String, Integer> dayIndex = new HashMap<>();
    private final Map<String, Integer> hourIndex = new HashMap<>();
    /** Valid starts by duration, asked for once per activity and constraint: computed once each. */
    private final Map<Integer, BitSet> validStarts = new HashMap<>();

    TimeGrid(List<String> dayNames, List<String> hourNames) {
        this.dayNames = List.copyOf(dayNames);
        this.hourNames = List.copyOf(hourNames);
        this.dayIds = dayIds(dayNames);
        for (int d = 0; d < dayNames.size(); d++) {
            dayIndex.put(dayNames.get(d), d);
        }
        for (int h = 0; h < hourNames.size(); h++) {
            hourIndex.put(hourNames.get(h), h);
        }
        starts = new LocalTime[hourNames.size()];
        ends = new LocalTime[hourNames.size()];
        timesFromNames = timesFromNames(hourNames, starts, ends);
        if (!timesFromNames) {
            syntheticTimes(hourNames.size(), starts, ends);
        }
    }

    int days() {
        return dayNames.size();
    }

    int hours() {
        return hourNames.size();
    }

    int slots() {
        return days() * hours();
    }

    int slot(int day, int hour) {
        return day * hours() + hour;
    }

    int dayOf(int slot) {
        return slot / hours();
    }

    int hourOf(int slot) {
        return slot % hours();
    }

    /** The index of a FET day name, or null. */
    Integer day(String fetName) {
        return fetName == null ? null : dayIndex.get(fetName);
    }

    /** The index of a FET hour name, or null. */
    Integer hour(String fetName) {
        return fetName == null ? null : hourIndex.get(fetName);
    }

    String dayId(int day) {
        return dayIds.get(day);
    }

    String dayName(int day) {
        return dayNames.get(day);
    }

    String hourName(int hour) {
        return hourNames.get(hour);
    }

    static String periodId(int hour) {
        return "P" + (hour + 1);
    }

    /** The bundle's name of a slot: {@code MON-P3}. */
    String timeslotId(int slot) {
        return dayId(dayOf(slot)) + "-" + periodId(hourOf(slot));
    }

    LocalTime start(int hour) {
        return starts[hour];
    }

    LocalTime end(int hour) {
        return ends[hour];
    }

    boolean timesFromNames() {
        return timesFromNames;
    }

    void addBreak(int slot) {
        breaks.set(slot);
        validStarts.clear();
    }

    boolean isBreak(int slot) {
        return breaks.get(slot);
    }

    int breakCount() {
        return breaks.cardinality();
    }

    /** The slots in which an activity of {@code duration} hours may start: it stays in one day and off breaks. */
    BitSet validStarts(int duration) {
        return (BitSet) validStarts.computeIfAbsent(duration, this::computeValidStarts).clone();
    }

    private BitSet computeValidStarts(int duration) {
        BitSet valid = new BitSet();
        for (int day = 0; day < days(); day++) {
            for (int hour = 0; hour + duration <= hours(); hour++) {
                if (breaks.get(slot(day, hour), slot(day, hour + duration)).isEmpty()) {
                    valid.set(slot(day, hour));
                }
            }
        }
        return valid;
    }

    /** The starts whose {@code duration} hours avoid every slot in {@code blocked}. */
    BitSet startsAvoiding(int duration, BitSet blocked) {
        BitSet starts = validStarts(duration);
        for (int start = starts.nextSetBit(0); start >= 0; start = starts.nextSetBit(start + 1)) {
            if (!blocked.get(start, start + duration).isEmpty()) {
                starts.clear(start);
            }
        }
        return starts;
    }

    /** The starts whose {@code duration} hours all lie in {@code allowed}. */
    BitSet startsWithin(int duration, BitSet allowed) {
        BitSet outside = new BitSet();
        outside.set(0, slots());
        outside.andNot(allowed);
        return startsAvoiding(duration, outside);
    }

    /**
     * Whether the built-in DOUBLE family (two adjacent CLASS periods at most 10 minutes apart) has exactly the
     * starts FET allows a two-hour activity.
     */
    boolean doubleFamilyMatches() {
        for (int hour = 0; hour + 1 < hours(); hour++) {
            long gap = Duration.between(ends[hour], starts[hour + 1]).toMinutes();
            if (gap < 0 || gap > BellSchedule.DOUBLE_MAX_PASSING_MINUTES) {
                return false;
            }
        }
        return true;
    }

    /** The bell schedule rows: {@code day, period, start, end, kind}. */
    List<List<?>> bellScheduleRows() {
        List<List<?>> rows = new ArrayList<>();
        for (int day = 0; day < days(); day++) {
            for (int hour = 0; hour < hours(); hour++) {
                rows.add(List.of(dayId(day), periodId(hour), starts[hour].toString(), ends[hour].toString(),
                        breaks.get(slot(day, hour)) ? "OTHER" : "CLASS"));
            }
        }
        return rows;
    }

    /**
     * Day ids: the first three letters in capitals when those are unique ({@code Monday} → {@code MON}), else
     * the whole name cleaned up in capitals; never with '-', which separates day and period.
     */
    static List<String> dayIds(List<String> dayNames) {
        List<String> cleaned = dayNames.stream()
                .map(name -> Ids.clean(name).replace('-', '_').toUpperCase(Locale.ROOT)).toList();
        List<String> shortIds = cleaned.stream()
                .map(name -> name.codePointCount(0, name.length()) <= 3 ? name
                        : name.substring(0, name.offsetByCodePoints(0, 3)))
                .toList();
        List<String> chosen = new HashSet<>(shortIds).size() == shortIds.size() ? shortIds : cleaned;
        List<String> ids = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String id : chosen) {
            String unique = id;
            for (int n = 2; !taken.add(unique); n++) {
                unique = id + "_" + n;
            }
            ids.add(unique);
        }
        return ids;
    }

    /**
     * Reads a start (and maybe an end) from each hour name. Every hour needs a start, later than the one before;
     * an end is taken when it falls after the start and no later than the next start, else the hour ends where
     * the next one starts (the last one lasts as long as the hours before it do, typically).
     */
    static boolean timesFromNames(List<String> hourNames, LocalTime[] starts, LocalTime[] ends) {
        int n = hourNames.size();
        int[] start = new int[n];
        int[] end = new int[n];
        Arrays.fill(end, -1);
        for (int h = 0; h < n; h++) {
            List<Integer> times = new ArrayList<>();
            Matcher matcher = TIME.matcher(hourNames.get(h));
            while (matcher.find()) {
                int hour = Integer.parseInt(matcher.group(1));
                int minute = Integer.parseInt(matcher.group(2));
                if (hour > 23 || minute > 59) {
                    return false;
                }
                times.add(hour * 60 + minute);
            }
            if (times.isEmpty() || h > 0 && times.get(0) <= start[h - 1]) {
                return false;
            }
            start[h] = times.get(0);
            if (times.size() > 1 && times.get(1) > start[h]) {
                end[h] = times.get(1);
            }
        }
        List<Integer> lengths = new ArrayList<>();
        for (int h = 0; h < n; h++) {
            if (h + 1 < n && (end[h] < 0 || end[h] > start[h + 1])) {
                end[h] = start[h + 1];
            }
            if (end[h] > 0) {
                lengths.add(end[h] - start[h]);
            }
        }
        if (end[n - 1] < 0) {
            lengths.sort(null);
            int typical = lengths.isEmpty() ? SYNTHETIC_MINUTES : lengths.get(lengths.size() / 2);
            end[n - 1] = Math.min(start[n - 1] + typical, LAST_MINUTE_OF_DAY);
        }
        if (end[n - 1] <= start[n - 1]) {
            return false;
        }
        for (int h = 0; h < n; h++) {
            starts[h] = LocalTime.of(start[h] / 60, start[h] % 60);
            ends[h] = LocalTime.of(end[h] / 60, end[h] % 60);
        }
        return true;
    }

    /** 08:00, 50-minute hours 5 minutes apart; shorter when that many hours would run past midnight. */
    static void syntheticTimes(int hours, LocalTime[] starts, LocalTime[] ends) {
        int first = SYNTHETIC_START.getHour() * 60 + SYNTHETIC_START.getMinute();
        int step = Math.min(SYNTHETIC_MINUTES + SYNTHETIC_GAP, (LAST_MINUTE_OF_DAY - first) / Math.max(1, hours));
        int gap = Math.min(SYNTHETIC_GAP, step / 2);
        for (int h = 0; h < hours; h++) {
            int start = first + h * step;
            starts[h] = LocalTime.of(start / 60, start % 60);
            int end = start + step - gap;
            ends[h] = LocalTime.of(end / 60, end % 60);
        }
    }
}
