package org.commonplan.bundle;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonplan.bundle.Table.Row;
import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Timeslot;
import org.commonplan.domain.TimeslotKind;

/**
 * Reads bell_schedule.csv and blocks.csv into the {@link BellSchedule}, and resolves the timeslot names
 * that other files use ({@code DAY-PERIOD} or a whole {@code DAY}).
 */
final class BellScheduleReader {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private final Problems problems;
    /** Null when bell_schedule.csv is missing or has a problem: checks against it would mislead. */
    private Map<String, Timeslot> timeslotsById;
    private Map<String, List<Timeslot>> timeslotsByDay;
    private final Set<String> customFamilies = new LinkedHashSet<>();
    private BellSchedule bellSchedule;

    private record Period(Row row, String day, String period, LocalTime start, LocalTime end, TimeslotKind kind) {
    }

    private record CustomBlock(String family, int line, List<Timeslot> timeslots) {
    }

    BellScheduleReader(Table bell, Table blocks, Problems problems) {
        this.problems = problems;
        List<Timeslot> timeslots = bell == null ? null : readTimeslots(new Cells(bell, problems));
        if (timeslots != null) {
            timeslotsById = new HashMap<>();
            timeslotsByDay = new LinkedHashMap<>();
            for (Timeslot timeslot : timeslots) {
                timeslotsById.put(timeslot.id(), timeslot);
                timeslotsByDay.computeIfAbsent(timeslot.day(), day -> new ArrayList<>()).add(timeslot);
            }
        }
        List<Block> customBlocks = blocks == null ? List.of() : readBlocks(new Cells(blocks, problems), timeslots);
        if (timeslots != null && !problems.any(BundleFile.BLOCKS)) {
            bellSchedule = new BellSchedule(timeslots, customBlocks);
        }
    }

    /** The schedule, or null when bell_schedule.csv or blocks.csv has a problem. */
    BellSchedule bellSchedule() {
        return bellSchedule;
    }

    /** Whether a section or team may name this family: built in, or named in blocks.csv. */
    boolean knownFamily(String family) {
        return BlockFamily.isBuiltIn(family) || customFamilies.contains(family);
    }

    /**
     * The timeslots a {@code ;} list names, each {@code DAY-PERIOD} or a whole {@code DAY}; unknown names are
     * reported. Empty without checks when the bell schedule itself is unusable.
     */
    SlotSet timeslots(Cells cells, Row row, String column) {
        SlotSet.Builder slots = new SlotSet.Builder();
        if (timeslotsById == null) {
            return slots.build();
        }
        for (String name : cells.list(row, column)) {
            List<Timeslot> day = timeslotsByDay.get(name);
            Timeslot timeslot = timeslotsById.get(name);
            if (day != null) {
                day.forEach(slot -> slots.add(slot.index()));
            } else if (timeslot != null) {
                slots.add(timeslot.index());
            } else {
                cells.problem(row, column, Cells.quote(name) + " is not a timeslot (DAY-PERIOD) or a day of "
                        + BundleFile.BELL_SCHEDULE.fileName() + otherCase(name) + Cells.listHint(column, name));
            }
        }
        return slots.build();
    }

    /** " (did you mean TUE?)" for a name that is a day or timeslot in another case, else "". */
    private String otherCase(String name) {
        return timeslotsByDay.keySet().stream().filter(day -> day.equalsIgnoreCase(name)).findFirst()
                .or(() -> timeslotsById.keySet().stream().filter(id -> id.equalsIgnoreCase(name)).findFirst())
                .map(known -> " (did you mean " + known + "? ids are case-sensitive)").orElse("");
    }

    /**
     * Reports each day written in two cases ({@code TUE} and {@code Tue}), once on the first row of the second
     * spelling: ids are case-sensitive, so it would silently be a day of its own.
     */
    private static void checkDayCases(Cells cells) {
        Map<String, Row> firstOfDay = new LinkedHashMap<>();
        Map<String, Integer> rowsOfDay = new HashMap<>();
        for (Row row : cells.rows()) {
            String day = row.get("day");
            if (day != null) {
                firstOfDay.putIfAbsent(day, row);
                rowsOfDay.merge(day, 1, Integer::sum);
            }
        }
        Map<String, String> firstSpelling = new HashMap<>();
        firstOfDay.forEach((day, row) -> {
            String first = firstSpelling.putIfAbsent(day.toUpperCase(Locale.ROOT), day);
            if (first != null) {
                int rows = rowsOfDay.get(day);
                cells.problem(row, "day", "day " + Cells.quote(day) + " differs from day " + Cells.quote(first)
                        + " (line " + firstOfDay.get(first).line() + ") only in case; ids are case-sensitive, so it "
                        + "would be a day of its own: write " + first + " on " + (rows == 1 ? "this row"
                                : "this row and the " + (rows - 1) + " more that say " + day));
            }
        });
    }

    private List<Timeslot> readTimeslots(Cells cells) {
        List<Period> periods = new ArrayList<>();
        Map<String, Integer> lineOfPeriod = new HashMap<>();
        for (Row row : cells.rows()) {
            int before = problems.count();
            String day = cells.id(row, "day");
            if (day != null && day.contains("-")) {
                cells.problem(row, "day", "day " + Cells.quote(day)
                        + " must not contain '-', which separates day and period in DAY-PERIOD");
            }
            String period = cells.id(row, "period");
            LocalTime start = time(cells, row, "start");
            LocalTime end = time(cells, row, "end");
            TimeslotKind kind = cells.choice(row, "kind", TimeslotKind.class, TimeslotKind.CLASS);
            if (start != null && end != null && !end.isAfter(start)) {
                cells.problem(row, "end", "end " + end + " is not after start " + start);
            }
            if (day != null && period != null) {
                Integer firstLine = lineOfPeriod.putIfAbsent(day + "-" + period, row.line());
                if (firstLine != null) {
                    cells.problem(row, "period", "period " + period + " of " + day + " is already on line "
                            + firstLine);
                }
            }
            if (problems.count() == before && day != null && period != null && start != null && end != null) {
                periods.add(new Period(row, day, period, start, end, kind));
            }
        }
        checkDayCases(cells);
        Map<String, List<Period>> byDay = new LinkedHashMap<>();
        periods.forEach(period -> byDay.computeIfAbsent(period.day(), day -> new ArrayList<>()).add(period));
        byDay.values().forEach(day -> day.sort(Comparator.comparing(Period::start).thenComparing(Period::end)));
        byDay.values().forEach(day -> checkOverlaps(cells, day));
        if (periods.isEmpty() && cells.rows().isEmpty()) {
            problems.addFileProblem(cells.file(), "the file has no periods");
        } else if (!periods.isEmpty() && periods.stream().noneMatch(period -> period.kind() == TimeslotKind.CLASS)) {
            problems.addFileProblem(cells.file(), "there is no CLASS period, so nothing can be scheduled");
        }
        if (problems.any(BundleFile.BELL_SCHEDULE)) {
            return null;
        }
        List<Timeslot> timeslots = new ArrayList<>();
        int dayIndex = 0;
        for (List<Period> day : byDay.values()) {
            int indexInDay = 0;
            for (Period period : day) {
                timeslots.add(new Timeslot(timeslots.size(), period.day(), dayIndex, period.period(), indexInDay++,
                        period.start(), period.end(), period.kind()));
            }
            dayIndex++;
        }
        return timeslots;
    }

    /** One day's periods, sorted by start: each must start once every earlier one has ended. */
    private static void checkOverlaps(Cells cells, List<Period> day) {
        Period latest = null;
        for (Period period : day) {
            if (latest != null && period.start().isBefore(latest.end())) {
                cells.problem(period.row(), "start", "period " + period.period() + " (" + period.start() + "-"
                        + period.end() + ") overlaps period " + latest.period() + " (" + latest.start() + "-"
                        + latest.end() + ") on " + period.day());
            }
            if (latest == null || period.end().isAfter(latest.end())) {
                latest = period;
            }
        }
    }

    private static LocalTime time(Cells cells, Row row, String column) {
        String raw = cells.required(row, column);
        if (raw == null) {
            return null;
        }
        Matcher matcher = TIME.matcher(raw);
        if (matcher.matches()) {
            int hour = Integer.parseInt(matcher.group(1));
            int minute = Integer.parseInt(matcher.group(2));
            if (hour <= 23 && minute <= 59) {
                return LocalTime.of(hour, minute);
            }
        }
        cells.problem(row, column, column + " " + Cells.quote(raw) + " is not a time HH:MM (24-hour)");
        return null;
    }

    private List<Block> readBlocks(Cells cells, List<Timeslot> timeslots) {
        Map<String, CustomBlock> blocks = new LinkedHashMap<>();
        BellSchedule builtInBlocks = timeslots == null ? null : new BellSchedule(timeslots, List.of());
        for (Row row : cells.rows()) {
            String id = cells.id(row, "block");
            String family = cells.id(row, "family");
            String day = cells.required(row, "day");
            String period = cells.required(row, "period");
            if (family != null && BlockFamily.isBuiltIn(family)) {
                // An output's blocks.csv lists the built-in blocks it used: rows that match them say nothing new.
                Block builtIn = builtInBlocks == null || id == null ? null : builtInBlocks.block(id);
                Timeslot timeslot = day == null || period == null || timeslotsById == null ? null
                        : timeslotsById.get(day + "-" + period);
                boolean matches = builtIn != null && builtIn.getFamily().equals(family)
                        && builtIn.getTimeslots().contains(timeslot);
                if (!matches && builtInBlocks != null) {
                    cells.problem(row, "family", "family " + family + " is built in, and " + Cells.quote(id) + " "
                            + day + " " + period + " is not one of its blocks in this bell schedule; custom "
                            + "blocks need a family name of their own");
                }
                continue;
            }
            if (family != null) {
                customFamilies.add(family);
            }
            Timeslot timeslot = null;
            if (day != null && period != null && timeslotsById != null) {
                timeslot = timeslotsById.get(day + "-" + period);
                if (timeslot == null) {
                    cells.problem(row, "period", "timeslot " + day + "-" + period + " is not in "
                            + BundleFile.BELL_SCHEDULE.fileName());
                } else if (!timeslot.isClass()) {
                    cells.problem(row, "period", "timeslot " + timeslot.id() + " is " + timeslot.kind()
                            + ", not CLASS; blocks hold CLASS periods only");
                    timeslot = null;
                }
            }
            if (id == null || family == null) {
                continue;
            }
            String blockFamily = family;
            CustomBlock block = blocks.computeIfAbsent(id,
                    key -> new CustomBlock(blockFamily, row.line(), new ArrayList<>()));
            if (!block.family().equals(family)) {
                cells.problem(row, "family", "block " + Cells.quote(id) + " is family " + block.family()
                        + " on line " + block.line() + "; a block has one family");
            } else if (timeslot != null && block.timeslots().contains(timeslot)) {
                cells.problem(row, "period", "timeslot " + timeslot.id() + " is already in block "
                        + Cells.quote(id));
            } else if (timeslot != null) {
                block.timeslots().add(timeslot);
            }
        }
        if (timeslots == null) {
            return List.of();
        }
        List<Block> result = new ArrayList<>();
        blocks.forEach((id, block) -> {
            Block existing = builtInBlocks.block(id);
            if (existing != null) {
                problems.add(cells.file(), block.line(), "block", "block id " + Cells.quote(id)
                        + " is already a built-in " + existing.getFamily() + " block");
            }
            List<Timeslot> slots = new ArrayList<>(block.timeslots());
            slots.sort(Comparator.comparingInt(Timeslot::index));
            result.add(new Block(id, block.family(), slots));
        });
        return result;
    }
}
