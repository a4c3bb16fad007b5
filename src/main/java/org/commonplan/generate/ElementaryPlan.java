package org.commonplan.generate;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.TeacherRole;
import org.commonplan.domain.TeamKind;
import org.commonplan.domain.Timeslot;
import org.commonplan.domain.TimeslotKind;

/**
 * A K-5 elementary school. Each grade has 3-5 self-contained homerooms; once a day every class of a grade goes to
 * specials (PE, music, art, library, STEM) at the same time, so the grade's teachers share a free period and their
 * grade team meets in it (the specials rotation that creates common planning). Instructional coaches (teacher-
 * leaders) lead grade teams, teach small intervention groups and coach. With 90-minute meetings, each grade has
 * one double specials block a week and its team meets 90 minutes at once.
 */
final class ElementaryPlan extends SchoolPlan {

    static final List<String> GRADES = List.of("K", "1", "2", "3", "4", "5");
    private static final int PERIOD_MINUTES = 45;

    private static final List<TaughtSubject> SPECIALS = List.of(
            new TaughtSubject("pe", "PE", "GYM", "GYM-", 60),
            new TaughtSubject("music", "MUSIC", "MUSIC", "MUSIC-", 32),
            new TaughtSubject("art", "ART", "ART", "ART-", 30),
            new TaughtSubject("library", "LIBRARY", "LIBRARY", "LIBRARY-", 32),
            new TaughtSubject("stem", "STEM", "COMPUTER", "STEM-LAB-", 30),
            new TaughtSubject("spanish", "SPANISH", "GENERAL", "R", 30));

    private final boolean ninety;
    private final int periodsPerDay;
    private final Map<String, List<PlannedSchool.Group>> classesByGrade = new LinkedHashMap<>();
    private final Map<String, PlannedTeacher> homeroomTeacherOf = new HashMap<>();
    private final List<PlannedTeacher> specialists = new ArrayList<>();
    private final List<TaughtSubject> specialOf = new ArrayList<>();
    private final List<PlannedTeacher> coaches = new ArrayList<>();
    /** For each grade, the timeslot ids in which its classes are at specials. */
    private final Map<String, List<String>> specialsSlots = new LinkedHashMap<>();
    /** For each grade (90-minute mode), the DOUBLE block of its long specials. */
    private final Map<String, String> doubleBlockOf = new HashMap<>();

    private ElementaryPlan(GeneratorOptions options) {
        super(options, Rng.of(options.seed(), "staff"), Rng.of(options.seed(), "timetable"));
        this.ninety = options.ninetyMinuteMeetings();
        this.periodsPerDay = ninety ? 8 : 7;
    }

    static PlannedSchool build(GeneratorOptions options, String name) {
        return new ElementaryPlan(options).plan(name);
    }

    @Override
    protected String timeLimit() {
        return "30s";
    }

    /** 45-minute periods with lunch and recess after the fourth; an eighth period in 90-minute mode. */
    @Override
    protected void writeBellSchedule() {
        for (String day : List.of("MON", "TUE", "WED", "THU", "FRI")) {
            Week.DayBuilder builder = new Week.DayBuilder(day, LocalTime.of(8, 0), school.bell);
            for (int period = 1; period <= periodsPerDay; period++) {
                if (period == 5) {
                    builder.add("LUNCH", 40, TimeslotKind.LUNCH, 5);
                }
                builder.classPeriod("P" + period, PERIOD_MINUTES, 5);
            }
        }
    }

    @Override
    protected List<TeamPlacer.Request> planTeaching() {
        hireStaff();
        occupancy = emptyOccupancy();
        specialsRotation();
        interventionGroups();
        occupancy.verifyTeachers(school.teachers);
        return teamRequests();
    }

    @Override
    protected int coachingPairsPerLeader() {
        return 3;
    }

    /**
     * Hires in a fixed order (homeroom teachers, the five core specialists, the usual coaches, then anyone a
     * scenario adds), so that the scenarios of one school share their staff.
     */
    private void hireStaff() {
        Staff staff = new Staff(staffRng);
        int target = options.teacherTarget();
        int usualCoaches = Math.max(1, Math.min(3, Math.round((target - 5) / 9f)));
        int perGrade = Math.max(3, Math.min(5, Math.round((target - 5 - usualCoaches) / 6f)));
        List<PlannedTeacher> homeroomTeachers = new ArrayList<>();
        for (String grade : GRADES) {
            int classes = Math.max(3, Math.min(5, perGrade + (staffRng.chance(0.3) ? staffRng.between(-1, 1) : 0)));
            List<PlannedSchool.Group> gradeClasses = new ArrayList<>();
            for (int i = 0; i < classes; i++) {
                int size = switch (grade) {
                    case "K" -> staffRng.between(16, 22);
                    case "1", "2" -> staffRng.between(18, 24);
                    default -> staffRng.between(21, 27);
                };
                PlannedSchool.Group group = new PlannedSchool.Group(grade + (char) ('A' + i), size, grade);
                gradeClasses.add(group);
                school.groups.add(group);
                PlannedTeacher teacher = staff.hire(List.of("elementary"));
                teacher.homeroom = group.id();
                homeroomTeacherOf.put(group.id(), teacher);
                homeroomTeachers.add(teacher);
            }
            classesByGrade.put(grade, gradeClasses);
        }
        for (int i = 0; i < 5; i++) {
            hireSpecialist(staff, SPECIALS.get(i));
        }
        boolean partTimeWanted = staffRng.chance(0.6);
        PlannedTeacher partTime = specialists.get(staffRng.between(1, 2));
        String dayOff = staffRng.pick(List.of("MON", "WED", "FRI"));
        int largestGrade = classesByGrade.values().stream().mapToInt(List::size).max().orElse(0);
        // A part-time specialist only fits when the others can cover a grade's classes on their day off.
        if (partTimeWanted && !ninety && largestGrade < specialists.size()) {
            partTime.unavailable = List.of(dayOff);
        }
        int coachCount = options.leaders() != null ? options.leaders() : usualCoaches;
        for (int i = 0; i < coachCount; i++) {
            String focus = i % 2 == 0 ? "reading" : "math";
            PlannedTeacher coach = staff.hire(List.of(focus, "instructional_coaching"), 8);
            coach.role = TeacherRole.TEACHER_LEADER;
            coach.releasePerDay = options.releasePerDay() != null ? options.releasePerDay() : 2;
            coaches.add(coach);
        }
        if (ninety) {
            hireSpecialist(staff, SPECIALS.get(5));
        }
        school.teachers.addAll(homeroomTeachers);
        school.teachers.addAll(specialists);
        school.teachers.addAll(coaches);
    }

    private void hireSpecialist(Staff staff, TaughtSubject special) {
        PlannedTeacher teacher = staff.hire(List.of(special.subject()));
        teacher.role = TeacherRole.SPECIALIST;
        specialists.add(teacher);
        specialOf.add(special);
    }

    /**
     * Each grade goes to specials at its own time each day (one 90-minute block a week in 90-minute mode); each
     * class goes to a different specialist, rotating so that over the week it sees each special.
     */
    private void specialsRotation() {
        List<Integer> periods = new ArrayList<>();
        for (int p = 0; p < periodsPerDay; p++) {
            periods.add(p);
        }
        planRng.shuffle(periods);
        int[] basePeriod = new int[GRADES.size()];
        for (int g = 0; g < GRADES.size(); g++) {
            basePeriod[g] = periods.get(g);
        }
        List<Integer> dayOrder = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        planRng.shuffle(dayOrder);
        Map<String, int[]> countWith = new HashMap<>();
        Map<String, Map<Integer, List<String>>> slotsWith = new LinkedHashMap<>();
        for (String grade : GRADES) {
            specialsSlots.put(grade, new ArrayList<>());
        }
        for (int day = 0; day < week.days().size(); day++) {
            boolean[] longBlock = new boolean[GRADES.size()];
            for (int g = 0; g < GRADES.size(); g++) {
                longBlock[g] = ninety && dayOrder.get(g % dayOrder.size()) == day;
            }
            int[] start = layDay(day, basePeriod, longBlock);
            List<Timeslot> slots = week.classSlots(day);
            int[] loadToday = new int[specialists.size()];
            for (int g = 0; g < GRADES.size(); g++) {
                String grade = GRADES.get(g);
                List<PlannedSchool.Group> classes = classesByGrade.get(grade);
                Set<String> seenToday = new LinkedHashSet<>();
                int length = longBlock[g] ? 2 : 1;
                if (length == 2) {
                    doubleBlockOf.put(grade, slots.get(start[g]).id() + "+" + slots.get(start[g] + 1).period());
                }
                for (int k = 0; k < length; k++) {
                    Timeslot timeslot = slots.get(start[g] + k);
                    specialsSlots.get(grade).add(timeslot.id());
                    Set<Integer> takenNow = new LinkedHashSet<>();
                    for (int c = 0; c < classes.size(); c++) {
                        PlannedSchool.Group group = classes.get(c);
                        int chosen = chooseSpecialist(group, c, g, day, timeslot, takenNow, seenToday, loadToday,
                                countWith);
                        takenNow.add(chosen);
                        seenToday.add(group.id() + "\n" + chosen);
                        loadToday[chosen]++;
                        countWith.computeIfAbsent(group.id(), id -> new int[specialists.size()])[chosen]++;
                        slotsWith.computeIfAbsent(group.id(), id -> new LinkedHashMap<>())
                                .computeIfAbsent(chosen, s -> new ArrayList<>()).add(timeslot.id());
                    }
                }
            }
        }
        for (String grade : GRADES) {
            for (PlannedSchool.Group group : classesByGrade.get(grade)) {
                Map<Integer, List<String>> bySpecialist = slotsWith.get(group.id());
                for (int s = 0; s < specialists.size(); s++) {
                    List<String> blocks = bySpecialist.get(s);
                    if (blocks == null) {
                        continue;
                    }
                    TaughtSubject special = specialOf.get(s);
                    PlannedSection section = new PlannedSection(special.course() + "-" + group.id(),
                            special.course() + "-" + grade, special.subject(), specialists.get(s).id,
                            List.of(group), null, special.roomKind(), BlockFamily.SINGLE);
                    section.roomPrefix = special.roomPrefix();
                    section.roomCapacity = special.roomCapacity();
                    blocks.stream().sorted((a, b) -> Integer.compare(week.block(a).getSlots().toArray()[0],
                            week.block(b).getSlots().toArray()[0])).forEach(section::plant);
                    school.sections.add(section);
                    for (PlannedSchool.PlantedLesson lesson : section.lessons) {
                        occupancy.addLesson(section, week.block(lesson.block));
                    }
                }
            }
        }
    }

    /** The specialist a class goes to: free now and under their limit, then the least seen, then the wheel. */
    private int chooseSpecialist(PlannedSchool.Group group, int classIndex, int gradeIndex, int day,
            Timeslot timeslot, Set<Integer> takenNow, Set<String> seenToday, int[] loadToday,
            Map<String, int[]> countWith) {
        int[] seen = countWith.getOrDefault(group.id(), new int[specialists.size()]);
        int best = -1;
        long bestKey = Long.MAX_VALUE;
        for (int s = 0; s < specialists.size(); s++) {
            String id = specialists.get(s).id;
            if (takenNow.contains(s) || !occupancy.available(id, timeslot.index())
                    || loadToday[s] >= occupancy.teachingLimit(id)) {
                continue;
            }
            int wheel = Math.floorMod(s - classIndex - day - gradeIndex, specialists.size());
            long key = (seenToday.contains(group.id() + "\n" + s) ? 1_000_000L : 0) + seen[s] * 10_000L
                    + loadToday[s] * 100L + wheel;
            if (key < bestKey) {
                bestKey = key;
                best = s;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no specialist free for " + group.id() + " in " + timeslot.id());
        }
        return best;
    }

    /**
     * Where each grade's specials start on a day: one period each, two adjacent periods (a DOUBLE block, not
     * across lunch) for a grade's long block, no two grades at once, each as near its usual period as can be.
     */
    private int[] layDay(int day, int[] basePeriod, boolean[] longBlock) {
        int[] best = new int[GRADES.size()];
        int[] current = new int[GRADES.size()];
        int bestCost = search(day, 0, basePeriod, longBlock, new boolean[periodsPerDay], current, 0, best,
                Integer.MAX_VALUE);
        if (bestCost == Integer.MAX_VALUE) {
            throw new IllegalStateException("specials do not fit on day " + day);
        }
        return best;
    }

    private int search(int day, int grade, int[] basePeriod, boolean[] longBlock, boolean[] used, int[] current,
            int cost, int[] best, int bestCost) {
        if (cost >= bestCost) {
            return bestCost;
        }
        if (grade == GRADES.size()) {
            System.arraycopy(current, 0, best, 0, current.length);
            return cost;
        }
        List<Timeslot> slots = week.classSlots(day);
        int length = longBlock[grade] ? 2 : 1;
        for (int start = 0; start + length <= periodsPerDay; start++) {
            boolean ok = !used[start] && (length == 1 || (!used[start + 1]
                    && week.hasBlock(slots.get(start).id() + "+" + slots.get(start + 1).period())));
            if (!ok) {
                continue;
            }
            for (int k = 0; k < length; k++) {
                used[start + k] = true;
            }
            current[grade] = start;
            bestCost = search(day, grade + 1, basePeriod, longBlock, used, current,
                    cost + Math.abs(start - basePeriod[grade]), best, bestCost);
            for (int k = 0; k < length; k++) {
                used[start + k] = false;
            }
        }
        return bestCost;
    }

    /** Each coach teaches small reading or math intervention groups outside the specials of the grades they lead. */
    private void interventionGroups() {
        for (int i = 0; i < coaches.size(); i++) {
            PlannedTeacher coach = coaches.get(i);
            Set<String> avoid = new LinkedHashSet<>();
            for (String grade : gradesLedBy(i)) {
                avoid.addAll(specialsSlots.get(grade));
            }
            List<Timeslot> candidates = new ArrayList<>();
            for (Timeslot timeslot : week.bellSchedule().getTimeslots()) {
                if (timeslot.isClass() && !avoid.contains(timeslot.id())) {
                    candidates.add(timeslot);
                }
            }
            planRng.shuffle(candidates);
            String focus = coach.subjects.get(0);
            String grades = String.join("", gradesLedBy(i));
            for (int n = 1; n <= 3; n++) {
                PlannedSection section = new PlannedSection("INT-" + coach.id + "-" + n,
                        focus.toUpperCase(Locale.ROOT) + "-INTERVENTION-" + grades, focus, coach.id,
                        List.of(), planRng.between(5, 8), "GENERAL", BlockFamily.SINGLE);
                section.roomPrefix = "INT-";
                section.roomCapacity = 12;
                int meetings = planRng.between(3, 4);
                Set<Integer> days = new LinkedHashSet<>();
                for (Timeslot timeslot : candidates) {
                    if (section.lessons.size() == meetings) {
                        break;
                    }
                    boolean newDay = !days.contains(timeslot.dayIndex());
                    if (newDay && occupancy.canTeach(coach.id, week.block(timeslot.id()))) {
                        section.plant(timeslot.id());
                        occupancy.addLesson(section, week.block(timeslot.id()));
                        days.add(timeslot.dayIndex());
                    }
                }
                section.lessons.sort((a, b) -> Integer.compare(week.block(a.block).getSlots().toArray()[0],
                        week.block(b.block).getSlots().toArray()[0]));
                if (!section.lessons.isEmpty()) {
                    school.sections.add(section);
                }
            }
        }
    }

    /** Grades split into contiguous bands, one band per coach (K-1, 2-3, 4-5 with three coaches). */
    private List<String> gradesLedBy(int coachIndex) {
        int coachesLeading = Math.min(coaches.size(), GRADES.size());
        if (coachIndex >= coachesLeading) {
            return List.of();
        }
        int from = coachIndex * GRADES.size() / coachesLeading;
        int to = (coachIndex + 1) * GRADES.size() / coachesLeading;
        return GRADES.subList(from, to);
    }

    /** Each grade's team, meeting while its classes are at specials, and the specialists' team. */
    private List<TeamPlacer.Request> teamRequests() {
        List<TeamPlacer.Request> requests = new ArrayList<>();
        for (int g = 0; g < GRADES.size(); g++) {
            String grade = GRADES.get(g);
            String leader = null;
            for (int i = 0; i < coaches.size(); i++) {
                if (gradesLedBy(i).contains(grade)) {
                    leader = coaches.get(i).id;
                }
            }
            List<String> members = classesByGrade.get(grade).stream().map(group -> homeroomTeacherOf.get(group.id()).id)
                    .toList();
            String name = "K".equals(grade) ? "Kindergarten team" : "Grade " + grade + " team";
            PlannedTeam team = new PlannedTeam("G" + grade, name, TeamKind.GRADE, members, leader,
                    ninety ? BlockFamily.DOUBLE : BlockFamily.SINGLE, 2);
            requests.add(new TeamPlacer.Request(team, 1,
                    ninety ? List.of(doubleBlockOf.get(grade)) : specialsSlots.get(grade)));
        }
        List<String> specialistIds = specialists.stream().map(teacher -> teacher.id).toList();
        requests.add(new TeamPlacer.Request(new PlannedTeam("SPECIALS", "Specials team", TeamKind.SPECIALIZED,
                specialistIds, null, BlockFamily.SINGLE, 1), 1, List.of()));
        return requests;
    }
}
