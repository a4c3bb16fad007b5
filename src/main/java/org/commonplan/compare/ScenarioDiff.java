package org.commonplan.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.Settings;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;
import org.commonplan.domain.Timeslot;

/** What changed from one staffing model to another, found by comparing the two schools' problems. */
public final class ScenarioDiff {

    /** Ids listed in one sentence before the rest is counted. */
    static final int MAX_LISTED = 8;

    public static final String BELL_SCHEDULE = "bell schedule";
    public static final String STAFFING = "staffing";
    public static final String TEAMS = "teams";
    public static final String SECTIONS = "sections";
    public static final String SETTINGS = "settings";
    public static final List<String> AREAS = List.of(BELL_SCHEDULE, STAFFING, TEAMS, SECTIONS, SETTINGS);

    /** One change, in a scheduler's words. */
    public record Change(String area, String text) {
    }

    private ScenarioDiff() {
    }

    /** Every change from {@code base} to {@code other}, area by area in {@link #AREAS} order. */
    public static List<Change> between(School base, School other) {
        List<Change> changes = new ArrayList<>();
        bellSchedule(base.getBellSchedule(), other.getBellSchedule(), changes);
        staffing(base, other, changes);
        teams(base, other, changes);
        sections(base, other, changes);
        settings(base.getSettings(), other.getSettings(), changes);
        return changes;
    }

    private static void bellSchedule(BellSchedule base, BellSchedule other, List<Change> changes) {
        if (!base.getDays().equals(other.getDays())) {
            changes.add(new Change(BELL_SCHEDULE, "days " + String.join(" ", base.getDays()) + " → "
                    + String.join(" ", other.getDays())));
        }
        if (base.getClassPeriodsPerDay() != other.getClassPeriodsPerDay()) {
            changes.add(new Change(BELL_SCHEDULE, "CLASS periods a day " + base.getClassPeriodsPerDay() + " → "
                    + other.getClassPeriodsPerDay()));
        }
        List<String> basePeriods = classPeriods(base);
        List<String> otherPeriods = classPeriods(other);
        added(BELL_SCHEDULE, "periods added", basePeriods, otherPeriods, changes);
        added(BELL_SCHEDULE, "periods removed", otherPeriods, basePeriods, changes);
        if (base.getMeanClassMinutes() != other.getMeanClassMinutes()) {
            changes.add(new Change(BELL_SCHEDULE, "mean CLASS period " + base.getMeanClassMinutes() + " → "
                    + other.getMeanClassMinutes() + " minutes"));
        }
        int baseMinutes = base.minutesOf(base.getClassSlots());
        int otherMinutes = other.minutesOf(other.getClassSlots());
        if (baseMinutes != otherMinutes) {
            changes.add(new Change(BELL_SCHEDULE, "CLASS minutes a week " + baseMinutes + " → " + otherMinutes));
        } else if (!timesOf(base).equals(timesOf(other))) {
            changes.add(new Change(BELL_SCHEDULE, "period times changed"));
        }
    }

    private static List<String> classPeriods(BellSchedule bell) {
        return bell.getTimeslots().stream().filter(Timeslot::isClass).map(Timeslot::period).distinct().toList();
    }

    private static List<String> timesOf(BellSchedule bell) {
        return bell.getTimeslots().stream().map(slot -> slot.id() + slot.start() + slot.end() + slot.kind()).toList();
    }

    private static void staffing(School base, School other, List<Change> changes) {
        Map<String, Teacher> before = byId(base.getTeachers(), Teacher::getId);
        Map<String, Teacher> after = byId(other.getTeachers(), Teacher::getId);
        if (before.size() != after.size()) {
            changes.add(new Change(STAFFING, "teachers " + before.size() + " → " + after.size()));
        }
        added(STAFFING, "teachers added", before.keySet(), after.keySet(), changes);
        added(STAFFING, "teachers removed", after.keySet(), before.keySet(), changes);
        List<String> leadersBefore = base.getTeachers().stream().filter(Teacher::isLeader).map(Teacher::getId).toList();
        List<String> leadersAfter = other.getTeachers().stream().filter(Teacher::isLeader).map(Teacher::getId).toList();
        if (leadersBefore.size() != leadersAfter.size()) {
            changes.add(new Change(STAFFING, "teacher-leaders " + leadersBefore.size() + " → "
                    + leadersAfter.size()));
        }
        added(STAFFING, "teacher-leaders added", leadersBefore, leadersAfter, changes);
        added(STAFFING, "teacher-leaders removed", leadersAfter, leadersBefore, changes);
        int releaseBefore = base.getTeachers().stream().mapToInt(Teacher::getReleasePerDay).sum();
        int releaseAfter = other.getTeachers().stream().mapToInt(Teacher::getReleasePerDay).sum();
        if (releaseBefore != releaseAfter) {
            changes.add(new Change(STAFFING, "release periods a day, all leaders " + releaseBefore + " → "
                    + releaseAfter));
        }
        List<String> releaseChanges = new ArrayList<>();
        List<String> roleChanges = new ArrayList<>();
        List<String> availabilityChanges = new ArrayList<>();
        for (Map.Entry<String, Teacher> entry : before.entrySet()) {
            Teacher now = after.get(entry.getKey());
            Teacher was = entry.getValue();
            if (now == null) {
                continue;
            }
            if (was.getReleasePerDay() != now.getReleasePerDay()) {
                releaseChanges.add(was.getId() + " " + was.getReleasePerDay() + " → " + now.getReleasePerDay());
            }
            if (was.getRole() != now.getRole()) {
                roleChanges.add(was.getId() + " " + was.getRole() + " → " + now.getRole());
            }
            // Compared by timeslot name, so that a new bell schedule alone does not count as a change.
            List<String> awayBefore = unavailable(was, base.getBellSchedule());
            List<String> awayAfter = unavailable(now, other.getBellSchedule());
            if (!awayBefore.equals(awayAfter)) {
                availabilityChanges.add(was.getId() + " " + describeAway(awayBefore) + " → "
                        + describeAway(awayAfter));
            }
        }
        listed(STAFFING, "release a day", releaseChanges, changes);
        listed(STAFFING, "roles", roleChanges, changes);
        listed(STAFFING, "unavailable", availabilityChanges, changes);
    }

    private static List<String> unavailable(Teacher teacher, BellSchedule bell) {
        List<String> ids = new ArrayList<>();
        teacher.getUnavailable().forEach(index -> ids.add(bell.getTimeslot(index).id()));
        return ids;
    }

    private static String describeAway(List<String> timeslots) {
        return timeslots.isEmpty() ? "never" : timeslots.size() <= 3 ? String.join(" ", timeslots)
                : timeslots.size() + " timeslots";
    }

    private static void teams(School base, School other, List<Change> changes) {
        Map<String, Team> before = byId(base.getTeams(), Team::getId);
        Map<String, Team> after = byId(other.getTeams(), Team::getId);
        added(TEAMS, "teams added", before.keySet(), after.keySet(), changes);
        added(TEAMS, "teams removed", after.keySet(), before.keySet(), changes);
        for (Map.Entry<String, Team> entry : before.entrySet()) {
            Team was = entry.getValue();
            Team now = after.get(entry.getKey());
            if (now == null) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            List<String> membersBefore = was.getMembers().stream().map(Teacher::getId).toList();
            List<String> membersAfter = now.getMembers().stream().map(Teacher::getId).toList();
            List<String> joined = membersAfter.stream().filter(id -> !membersBefore.contains(id)).toList();
            List<String> left = membersBefore.stream().filter(id -> !membersAfter.contains(id)).toList();
            if (!joined.isEmpty()) {
                parts.add("joined: " + listOf(joined));
            }
            if (!left.isEmpty()) {
                parts.add("left: " + listOf(left));
            }
            String leaderBefore = was.getLeader() == null ? "none" : was.getLeader().getId();
            String leaderAfter = now.getLeader() == null ? "none" : now.getLeader().getId();
            if (!leaderBefore.equals(leaderAfter)) {
                parts.add("leader " + leaderBefore + " → " + leaderAfter);
            }
            if (!was.getName().equals(now.getName())) {
                parts.add("name " + was.getName() + " → " + now.getName());
            }
            if (was.getMeetingsPerWeek() != now.getMeetingsPerWeek()) {
                parts.add("meetings a week " + was.getMeetingsPerWeek() + " → " + now.getMeetingsPerWeek());
            }
            if (!Objects.equals(was.getFamily(), now.getFamily())) {
                parts.add("family " + was.getFamily() + " → " + now.getFamily());
            }
            if (was.getPriority() != now.getPriority()) {
                parts.add("priority " + was.getPriority() + " → " + now.getPriority());
            }
            if (!parts.isEmpty()) {
                changes.add(new Change(TEAMS, was.getId() + ": " + String.join("; ", parts)));
            }
        }
    }

    private static void sections(School base, School other, List<Change> changes) {
        Map<String, Section> before = byId(base.getSections(), Section::getId);
        Map<String, Section> after = byId(other.getSections(), Section::getId);
        if (before.size() != after.size()) {
            changes.add(new Change(SECTIONS, "sections " + before.size() + " → " + after.size()));
        }
        added(SECTIONS, "sections added", before.keySet(), after.keySet(), changes);
        added(SECTIONS, "sections removed", after.keySet(), before.keySet(), changes);
        List<String> moved = new ArrayList<>();
        for (Map.Entry<String, Section> entry : before.entrySet()) {
            Section now = after.get(entry.getKey());
            Section was = entry.getValue();
            if (now != null && (!was.getTeacher().getId().equals(now.getTeacher().getId())
                    || !Objects.equals(was.getFamily(), now.getFamily()) || was.getMeetings() != now.getMeetings())) {
                moved.add(was.getId());
            }
        }
        listed(SECTIONS, "sections with another teacher, family or meetings", moved, changes);
    }

    private static void settings(Settings base, Settings other, List<Change> changes) {
        setting("instructional weeks", base.instructionalWeeks(), other.instructionalWeeks(), changes);
        setting("minimum planning minutes a week", base.minPlanningMinutesPerWeek(),
                other.minPlanningMinutesPerWeek(), changes);
        setting("collaboration target minutes", base.collabTargetMinutes(), other.collabTargetMinutes(), changes);
        setting("max teaching a day", base.maxTeachingPerDay(), other.maxTeachingPerDay(), changes);
        setting("default salary", base.defaultSalary(), other.defaultSalary(), changes);
    }

    private static void setting(String name, long before, long after, List<Change> changes) {
        if (before != after) {
            changes.add(new Change(SETTINGS, name + " " + before + " → " + after));
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(id.apply(item), item);
        }
        return map;
    }

    /** "label: a, b" for what {@code after} has and {@code before} lacks. */
    private static void added(String area, String label, Collection<String> before,
            Collection<String> after, List<Change> changes) {
        listed(area, label, after.stream().filter(id -> !before.contains(id)).toList(), changes);
    }

    private static void listed(String area, String label, List<String> items, List<Change> changes) {
        if (!items.isEmpty()) {
            changes.add(new Change(area, label + ": " + listOf(items)));
        }
    }

    static String listOf(List<String> items) {
        if (items.size() <= MAX_LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, MAX_LISTED)) + " and " + (items.size() - MAX_LISTED) + " more";
    }
}
