package org.commonplan.generate;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.commonplan.domain.Block;
import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.TeacherRole;
import org.commonplan.domain.TeamKind;
import org.commonplan.domain.Timeslot;
import org.commonplan.domain.TimeslotKind;

/**
 * A comprehensive US high school on a traditional 7-period day, a 4x4 block or an A/B block. Teachers belong to
 * departments; each department is one content PLC (split into course-alike PLCs of at most seven when large)
 * whose members share a common free period, the "common PLC period". Departments offer multi-section core
 * courses and singleton electives and AP courses (with course conflicts between singletons), special-education
 * teachers co-teach ELA and math sections, a few elective teachers are part-time (mornings only), and
 * teacher-leaders (about one per seven teachers) lead PLCs, share a leadership-team period and coach.
 */
final class HighSchoolPlan {

    /** The bell schedules a high school can run. */
    enum Bell {
        /** Seven 50-minute periods a day. */
        TRADITIONAL,
        /** Four 90-minute blocks a day; courses last a semester. */
        BLOCK_4X4,
        /** Eight 90-minute blocks: A1-A4 on A days (MON, WED, FRI), B1-B4 on B days (TUE, THU). */
        AB
    }

    /** A course a department offers; electives and AP courses are usually singletons. */
    private record Course(String code, String roomKind, double weight, boolean elective, int minSize, int maxSize) {
    }

    /** A department, its share of the teaching staff and its course catalog. */
    private record Department(String code, String title, String subject, double share, List<Course> courses) {
    }

    private static final String GENERAL = "GENERAL";
    private static final String LAB = "SCIENCE_LAB";
    private static final String SPED = "SPED";

    private static final List<Department> DEPARTMENTS = List.of(
            new Department("ELA", "English", "ela", 0.15, List.of(
                    core("ENG9", GENERAL, 0.25), core("ENG10", GENERAL, 0.25), core("ENG11", GENERAL, 0.22),
                    core("ENG12", GENERAL, 0.20), elective("AP-LANG", GENERAL), elective("AP-LIT", GENERAL),
                    elective("CREATIVE-WRITING", GENERAL), elective("JOURNALISM", GENERAL),
                    elective("SPEECH", GENERAL))),
            new Department("MATH", "Math", "math", 0.15, List.of(
                    core("ALG1", GENERAL, 0.28), core("GEOM", GENERAL, 0.25), core("ALG2", GENERAL, 0.22),
                    core("PRECALC", GENERAL, 0.13), core("STATS", GENERAL, 0.07), elective("AP-CALC-AB", GENERAL),
                    elective("AP-STATS", GENERAL), elective("AP-CALC-BC", GENERAL))),
            new Department("SCI", "Science", "science", 0.13, List.of(
                    core("BIOLOGY", LAB, 0.30), core("CHEMISTRY", LAB, 0.25), core("PHYSICS", LAB, 0.15),
                    core("EARTH-SCIENCE", GENERAL, 0.15), core("ENV-SCIENCE", GENERAL, 0.10),
                    elective("AP-BIO", LAB), elective("AP-CHEM", LAB), elective("AP-PHYSICS", LAB),
                    elective("ANATOMY", LAB), elective("FORENSICS", GENERAL))),
            new Department("SS", "Social studies", "social_studies", 0.13, List.of(
                    core("WORLD-HISTORY", GENERAL, 0.30), core("US-HISTORY", GENERAL, 0.30),
                    core("GOVERNMENT", GENERAL, 0.20), core("ECONOMICS", GENERAL, 0.20), elective("AP-USH", GENERAL),
                    elective("AP-GOV", GENERAL), elective("AP-PSYCH", GENERAL), elective("SOCIOLOGY", GENERAL))),
            new Department("WL", "World languages", "world_languages", 0.08, List.of(
                    core("SPANISH1", GENERAL, 0.35), core("SPANISH2", GENERAL, 0.30), core("SPANISH3", GENERAL, 0.15),
                    core("FRENCH1", GENERAL, 0.12), core("FRENCH2", GENERAL, 0.08), elective("AP-SPANISH", GENERAL),
                    elective("FRENCH3", GENERAL), elective("CHINESE1", GENERAL))),
            new Department("PE", "PE and health", "pe", 0.08, List.of(
                    new Course("PE9", "GYM", 0.45, false, 28, 40), core("HEALTH", GENERAL, 0.30),
                    new Course("WEIGHT-TRAINING", "GYM", 0.25, false, 20, 34),
                    new Course("TEAM-SPORTS", "GYM", 0.0, true, 20, 36),
                    new Course("DANCE", "GYM", 0.0, true, 15, 30))),
            new Department("ARTS", "Fine arts", "fine_arts", 0.08, List.of(
                    new Course("ART1", "ART", 0.40, false, 18, 30), new Course("CERAMICS", "ART", 0.20, false, 16, 28),
                    new Course("CHOIR", "MUSIC", 0.20, false, 25, 60), new Course("BAND", "MUSIC", 0.20, false, 25, 60),
                    new Course("AP-ART", "ART", 0.0, true, 10, 22), new Course("ORCHESTRA", "MUSIC", 0.0, true, 20, 50),
                    new Course("MUSIC-THEORY", "MUSIC", 0.0, true, 10, 24), elective("THEATER", GENERAL))),
            new Department("CTE", "Career and technical education", "cte", 0.09, List.of(
                    core("INTRO-CS", "COMPUTER", 0.30), core("BUSINESS", "COMPUTER", 0.25),
                    core("ENGINEERING", "COMPUTER", 0.20), new Course("CULINARY", "KITCHEN", 0.25, false, 16, 26),
                    elective("AP-CSP", "COMPUTER"), elective("DIGITAL-MEDIA", "COMPUTER"),
                    elective("ROBOTICS", "COMPUTER"))),
            new Department(SPED, "Special education", "special_education", 0.11, List.of(
                    new Course("RESOURCE-ENG", GENERAL, 0.0, false, 8, 15),
                    new Course("RESOURCE-MATH", GENERAL, 0.0, false, 8, 15),
                    new Course("STUDY-SKILLS", GENERAL, 0.0, false, 8, 15))));

    /** Largest class a room kind takes, and how a new room of the kind is named. */
    private static final Map<String, Integer> ROOM_CAPACITY = Map.of(GENERAL, 35, LAB, 32, "GYM", 60, "ART", 32,
            "MUSIC", 70, "COMPUTER", 32, "KITCHEN", 26);
    private static final Map<String, String> ROOM_PREFIX = Map.of(GENERAL, "R", LAB, "LAB-", "GYM", "GYM-",
            "ART", "ART-", "MUSIC", "MUSIC-", "COMPUTER", "COMP-", "KITCHEN", "KITCHEN-");

    private static Course core(String code, String roomKind, double weight) {
        return new Course(code, roomKind, weight, false, 22, 32);
    }

    private static Course elective(String code, String roomKind) {
        return new Course(code, roomKind, 0.0, true, 14, 28);
    }

    private final GeneratorOptions options;
    private final Bell bell;
    private final PlannedSchool school = new PlannedSchool();
    private final Rng staffRng;
    private final Rng planRng;
    private Week week;
    private Occupancy occupancy;
    private List<Block> periods;
    private int baseLoad;
    private int plcMeetings;
    private final Map<PlannedSchool.Teacher, Department> departmentOf = new LinkedHashMap<>();
    private final Map<PlannedSchool.Teacher, Integer> loadOf = new HashMap<>();
    private final Map<PlannedSchool.Teacher, Set<Integer>> freeOf = new HashMap<>();
    private final Map<PlannedSchool.Teacher, List<PlannedSchool.Section>> sectionsOf = new LinkedHashMap<>();
    private final Set<PlannedSchool.Teacher> partTime = new LinkedHashSet<>();
    private final List<PlannedSchool.Teacher> leaders = new ArrayList<>();
    private final Map<String, Course> courseByCode = new HashMap<>();
    private int[] freeCount;

    private HighSchoolPlan(GeneratorOptions options) {
        this.options = options;
        this.bell = switch (options.archetype()) {
            case HIGH_4X4 -> Bell.BLOCK_4X4;
            case HIGH_AB -> Bell.AB;
            default -> Bell.TRADITIONAL;
        };
        // Staff draw from the seed alone, so that every bell schedule and staffing model of a school has one staff.
        this.staffRng = Rng.of(options.seed(), "high-school-staff");
        this.planRng = Rng.of(options.seed(), "timetable-" + options.archetype().cliName());
        DEPARTMENTS.forEach(department -> department.courses().forEach(course -> courseByCode.put(course.code(),
                course)));
    }

    static PlannedSchool build(GeneratorOptions options, String name) {
        return new HighSchoolPlan(options).plan(name);
    }

    private PlannedSchool plan(String name) {
        school.putStandardSettings(name);
        int teachers = options.teacherTarget();
        school.settings.put("time_limit", teachers > 200 ? "300s" : teachers > 100 ? "120s" : "60s");
        bellSchedule();
        week = new Week(school.bell);
        options.checkRelease(week.defaultMaxTeachingPerDay());
        periods = week.dailyBlocks();
        freeCount = new int[periods.size()];
        int maxLoad = bell == Bell.AB ? 2 * week.defaultMaxTeachingPerDay() : week.defaultMaxTeachingPerDay();
        int defaultLoad = switch (bell) {
            case TRADITIONAL -> 5;
            case BLOCK_4X4 -> 3;
            case AB -> 6;
        };
        baseLoad = options.sectionsPerTeacher() != null ? options.sectionsPerTeacher() : defaultLoad;
        if (baseLoad < 1 || baseLoad > maxLoad) {
            throw new IllegalArgumentException("sections per teacher must be between 1 and " + maxLoad + " on this "
                    + "bell schedule, not " + baseLoad);
        }
        plcMeetings = options.plcMeetingsPerWeek() != null ? options.plcMeetingsPerWeek()
                : bell == Bell.TRADITIONAL && baseLoad <= 5 ? 2 : 1;
        hireStaff(teachers);
        assignCourses();
        List<TeamPlacer.Request> requests = plcRequests();
        int leadershipPeriod = leadershipPeriod();
        assignFreePeriods();
        placeSections();
        coTeachAndResource();
        occupancy = new Occupancy(week, 150);
        school.teachers.forEach(occupancy::addTeacher);
        for (PlannedSchool.Section section : school.sections) {
            occupancy.addLesson(section, week.block(section.lessons.get(0).block));
        }
        occupancy.verifyTeachers(school.teachers);
        if (leadershipPeriod >= 0) {
            requests.add(new TeamPlacer.Request(new PlannedSchool.Team("ILT", "Instructional leadership team",
                    TeamKind.SPECIALIZED, leaders.stream().map(teacher -> teacher.id).toList(), null,
                    BlockFamily.SINGLE, 1), 1, week.singleBlocksOf(periods.get(leadershipPeriod))));
        }
        TeamPlacer.place(school, week, occupancy, requests, planRng);
        CoachingPlanner.plan(school, week, occupancy, 4, planRng);
        courseConflicts();
        RoomAllocator.allocate(school, week);
        RoomAllocator.addSpareRooms(school, 35);
        occupancy.verifyTeachers(school.teachers);
        return school;
    }

    private void bellSchedule() {
        List<String> days = List.of("MON", "TUE", "WED", "THU", "FRI");
        for (int d = 0; d < days.size(); d++) {
            String day = days.get(d);
            switch (bell) {
                case TRADITIONAL -> new Week.DayBuilder(day, LocalTime.of(7, 45), school.bell)
                        .classPeriod("P1", 50, 5).classPeriod("P2", 50, 5).add("ADV", 20, TimeslotKind.ADVISORY, 5)
                        .classPeriod("P3", 50, 5).classPeriod("P4", 50, 0).add("LUNCH", 30, TimeslotKind.LUNCH, 5)
                        .classPeriod("P5", 50, 5).classPeriod("P6", 50, 5).classPeriod("P7", 50, 5);
                case BLOCK_4X4 -> blockDay(day, "P1", "P2", "P3", "P4");
                case AB -> {
                    // One week of the two-week A/B rotation: A B A B A (the next week mirrors it).
                    if (d % 2 == 0) {
                        blockDay(day, "A1", "A2", "A3", "A4");
                    } else {
                        blockDay(day, "B1", "B2", "B3", "B4");
                    }
                }
            }
        }
    }

    private void blockDay(String day, String first, String second, String third, String fourth) {
        new Week.DayBuilder(day, LocalTime.of(8, 0), school.bell).classPeriod(first, 90, 10)
                .classPeriod(second, 90, 0).add("LUNCH", 35, TimeslotKind.LUNCH, 5).classPeriod(third, 90, 10)
                .classPeriod(fourth, 90, 5);
    }

    /** The daily limit on this bell: lessons a day, which on an A/B schedule is per A day and per B day. */
    private int dayTypes() {
        return bell == Bell.AB ? 2 : 1;
    }

    private boolean isADay(int period) {
        return bell != Bell.AB || periods.get(period).getId().startsWith("A");
    }

    private void hireStaff(int total) {
        Staff staff = new Staff(staffRng);
        int[] counts = largestRemainder(total, DEPARTMENTS.stream().mapToDouble(Department::share).toArray());
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            Department department = DEPARTMENTS.get(d);
            for (int i = 0; i < Math.max(2, counts[d]); i++) {
                PlannedSchool.Teacher teacher = staff.hire(List.of(department.subject()));
                departmentOf.put(teacher, department);
                school.teachers.add(teacher);
            }
        }
        // Part-time elective teachers (mornings only); chosen before leaders so every scenario keeps them.
        List<PlannedSchool.Teacher> electiveTeachers = school.teachers.stream()
                .filter(teacher -> List.of("WL", "ARTS", "CTE").contains(departmentOf.get(teacher).code())).toList();
        int partTimeCount = total < 20 ? 0 : Math.max(1, Math.round(total / 40f));
        for (PlannedSchool.Teacher teacher : staffRng.shuffle(new ArrayList<>(electiveTeachers))) {
            if (partTime.size() < partTimeCount) {
                partTime.add(teacher);
            }
        }
        int leaderCount = options.leaders() != null ? options.leaders() : Math.round(total / 7f);
        int[] quota = largestRemainder(leaderCount, DEPARTMENTS.stream().mapToDouble(Department::share).toArray());
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            Department department = DEPARTMENTS.get(d);
            List<PlannedSchool.Teacher> candidates = school.teachers.stream()
                    .filter(teacher -> departmentOf.get(teacher) == department && !partTime.contains(teacher))
                    .sorted(Comparator.comparingInt((PlannedSchool.Teacher teacher) -> -teacher.yearsOfExperience))
                    .toList();
            for (int i = 0; i < Math.min(quota[d], candidates.size()); i++) {
                PlannedSchool.Teacher leader = candidates.get(i);
                leader.role = TeacherRole.TEACHER_LEADER;
                // On a 7-period day a leader has one or two release periods; a 90-minute block is one.
                boolean twoPeriods = bell == Bell.TRADITIONAL && staffRng.chance(0.5);
                leader.releasePerDay = options.releasePerDay() != null ? options.releasePerDay() : twoPeriods ? 2 : 1;
                leaders.add(leader);
            }
        }
        for (PlannedSchool.Teacher teacher : school.teachers) {
            loadOf.put(teacher, baseLoad);
            freeOf.put(teacher, new LinkedHashSet<>());
            sectionsOf.put(teacher, new ArrayList<>());
        }
        for (PlannedSchool.Teacher teacher : partTime) {
            List<String> unavailable = new ArrayList<>();
            for (Timeslot timeslot : week.bellSchedule().getTimeslots()) {
                if (timeslot.isClass() && !morning(periodIndex(timeslot.period()))) {
                    unavailable.add(timeslot.id());
                }
            }
            teacher.unavailable = unavailable;
            int load = switch (bell) {
                case TRADITIONAL -> 3;
                case BLOCK_4X4 -> 1;
                case AB -> 2;
            };
            teacher.maxTeachingPerDay = bell == Bell.TRADITIONAL ? 3 : 1;
            loadOf.put(teacher, load);
        }
        for (PlannedSchool.Teacher leader : leaders) {
            loadOf.put(leader, leaderLoad(leader.releasePerDay));
        }
    }

    /** Morning periods: the first half of each day (what a part-time teacher works). */
    private boolean morning(int period) {
        int perDay = bell == Bell.AB ? 4 : periods.size();
        return period % perDay < (perDay + 1) / 2;
    }

    private int periodIndex(String label) {
        for (int p = 0; p < periods.size(); p++) {
            if (periods.get(p).getId().equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no period " + label);
    }

    /**
     * The most sections a leader with this release can teach and still keep the planning minimum once release,
     * PLC meetings and the leadership team's meeting are taken off their free time (counted at the shortest blocks).
     */
    private int leaderLoad(int release) {
        int limit = week.defaultMaxTeachingPerDay() - release;
        int meetingMinutes = plcMeetings * maxSingleMinutes() + maxSingleMinutes();
        int releaseMinutes = release * week.days().size() * week.meanClassMinutes();
        List<Integer> minutes = new ArrayList<>();
        for (Block period : periods) {
            minutes.add(period.getMinutes());
        }
        minutes.sort(Integer::compare);
        int load = Math.min(baseLoad, Math.min(limit * dayTypes(), periods.size() - 2));
        while (load > 1) {
            int free = 0;
            for (int i = 0; i < periods.size() - load; i++) {
                free += minutes.get(i);
            }
            if (free - releaseMinutes - meetingMinutes >= 150) {
                break;
            }
            load--;
        }
        return Math.max(1, load);
    }

    private int maxSingleMinutes() {
        return week.bellSchedule().blocksOf(BlockFamily.SINGLE).stream().mapToInt(Block::getMinutes).max().orElse(0);
    }

    /**
     * Each department's sections: its electives and AP courses first (one section each, more in a big school,
     * fewer offered in a small one), the rest split over the core courses by weight; senior teachers take the
     * electives, as they do. Special education is planned with co-teaching later.
     */
    private void assignCourses() {
        double classSizeScale = switch (bell) {
            case TRADITIONAL -> 5.0;
            case BLOCK_4X4 -> 3.0;
            case AB -> 6.0;
        } / baseLoad;
        for (Department department : DEPARTMENTS) {
            if (department.code().equals(SPED)) {
                continue;
            }
            List<PlannedSchool.Teacher> staff = school.teachers.stream()
                    .filter(teacher -> departmentOf.get(teacher) == department)
                    .sorted(Comparator.comparingInt((PlannedSchool.Teacher teacher) -> -teacher.yearsOfExperience))
                    .toList();
            int total = staff.stream().mapToInt(loadOf::get).sum();
            List<Course> electives = department.courses().stream().filter(Course::elective).toList();
            List<Course> cores = department.courses().stream().filter(course -> !course.elective()).toList();
            List<String> queue = new ArrayList<>();
            int offered = 0;
            for (int i = 0; i < electives.size(); i++) {
                if (total >= 8 * (i + 1) + 4) {
                    // AP courses grow with the school; niche electives stay singletons however large it is.
                    boolean advanced = electives.get(i).code().startsWith("AP-");
                    int sections = advanced ? Math.max(1, Math.round(total * 0.02f)) : 1;
                    for (int s = 0; s < sections; s++) {
                        queue.add(electives.get(i).code());
                    }
                    offered += sections;
                }
            }
            int[] coreCounts = largestRemainder(total - offered, cores.stream().mapToDouble(Course::weight).toArray());
            for (int c = 0; c < cores.size(); c++) {
                for (int s = 0; s < coreCounts[c]; s++) {
                    queue.add(cores.get(c).code());
                }
            }
            Map<String, Integer> numbers = new HashMap<>();
            int next = 0;
            for (PlannedSchool.Teacher teacher : staff) {
                for (int s = 0; s < loadOf.get(teacher); s++) {
                    Course course = courseByCode.get(queue.get(next++));
                    int number = numbers.merge(course.code(), 1, Integer::sum);
                    PlannedSchool.Section section = new PlannedSchool.Section(
                            String.format("%s-%02d", course.code(), number), course.code(), department.subject(),
                            teacher.id, List.of(), classSize(course, classSizeScale), course.roomKind(),
                            BlockFamily.DAILY);
                    section.roomPrefix = ROOM_PREFIX.get(course.roomKind());
                    section.roomCapacity = ROOM_CAPACITY.get(course.roomKind());
                    sectionsOf.get(teacher).add(section);
                }
            }
        }
    }

    /** Students in a section: the course's usual range, larger when teachers teach fewer sections. */
    private int classSize(Course course, double scale) {
        int size = (int) Math.round(planRng.between(course.minSize(), course.maxSize()) * scale);
        return Math.max(course.minSize(), Math.min(size, ROOM_CAPACITY.get(course.roomKind())));
    }

    /**
     * Each department as one PLC, or course-alike PLCs of at most seven in a large department; each PLC gets a
     * common free period, chosen where the fewest teachers are already free so that every period keeps classes.
     */
    private List<TeamPlacer.Request> plcRequests() {
        List<PlannedSchool.Team> teams = new ArrayList<>();
        Map<PlannedSchool.Team, Integer> commonPeriod = new LinkedHashMap<>();
        for (Department department : DEPARTMENTS) {
            List<PlannedSchool.Teacher> staff = new ArrayList<>(school.teachers.stream()
                    .filter(teacher -> departmentOf.get(teacher) == department).toList());
            staff.sort(Comparator.comparingInt(this::mainCourseIndex));
            int count = staff.size() <= 8 ? 1 : (staff.size() + 6) / 7;
            for (int k = 0; k < count; k++) {
                List<PlannedSchool.Teacher> members = staff.subList(k * staff.size() / count,
                        (k + 1) * staff.size() / count);
                if (members.size() < 2) {
                    continue;
                }
                PlannedSchool.Teacher leader = members.stream().filter(PlannedSchool.Teacher::isLeader).findFirst()
                        .orElse(null);
                String id = department.code() + "-PLC" + (count > 1 ? "-" + (k + 1) : "");
                String name = department.title() + " PLC" + (count > 1 ? " " + (k + 1) + " (" + mainCourses(members)
                        + ")" : "");
                teams.add(new PlannedSchool.Team(id, name, TeamKind.CONTENT, members.stream()
                        .filter(teacher -> teacher != leader).map(teacher -> teacher.id).toList(),
                        leader == null ? null : leader.id, BlockFamily.SINGLE, 1));
                commonPeriod.put(teams.get(teams.size() - 1), -1);
            }
        }
        List<PlannedSchool.Team> bySize = new ArrayList<>(teams);
        bySize.sort(Comparator.comparingInt((PlannedSchool.Team team) -> -team.attendees().size())
                .thenComparing(team -> team.id));
        for (PlannedSchool.Team team : bySize) {
            List<PlannedSchool.Teacher> members = team.attendees().stream().map(school::teacher).toList();
            int period = leastFreePeriod(p -> members.stream().allMatch(teacher -> availablePeriod(teacher, p)));
            commonPeriod.put(team, period);
            freeCount[period] += members.size();
            members.forEach(teacher -> freeOf.get(teacher).add(period));
        }
        List<TeamPlacer.Request> requests = new ArrayList<>();
        for (PlannedSchool.Team team : teams) {
            requests.add(new TeamPlacer.Request(team, plcMeetings,
                    week.singleBlocksOf(periods.get(commonPeriod.get(team)))));
        }
        return requests;
    }

    private int mainCourseIndex(PlannedSchool.Teacher teacher) {
        List<PlannedSchool.Section> sections = sectionsOf.get(teacher);
        if (sections.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        sections.forEach(section -> counts.merge(section.course, 1, Integer::sum));
        String main = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return departmentOf.get(teacher).courses().indexOf(courseByCode.get(main));
    }

    private String mainCourses(List<PlannedSchool.Teacher> members) {
        Set<String> courses = new LinkedHashSet<>();
        for (PlannedSchool.Teacher teacher : members) {
            int index = mainCourseIndex(teacher);
            if (index != Integer.MAX_VALUE) {
                courses.add(departmentOf.get(teacher).courses().get(index).code());
            }
        }
        return String.join("/", courses);
    }

    private boolean availablePeriod(PlannedSchool.Teacher teacher, int period) {
        return !partTime.contains(teacher) || morning(period);
    }

    private int leastFreePeriod(IntPredicate allowed) {
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            order.add(p);
        }
        planRng.shuffle(order);
        int best = -1;
        for (int p : order) {
            if (allowed.test(p) && (best < 0 || freeCount[p] < freeCount[best])) {
                best = p;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no period fits");
        }
        return best;
    }

    /** Teacher-leaders share one more free period, in which the instructional leadership team meets. */
    private int leadershipPeriod() {
        if (leaders.size() < 2) {
            return -1;
        }
        int period = leastFreePeriod(p -> true);
        for (PlannedSchool.Teacher leader : leaders) {
            if (freeOf.get(leader).add(period)) {
                freeCount[period]++;
            }
        }
        return period;
    }

    /** Each teacher's other free periods, spread so that every period has about as many teachers teaching. */
    private void assignFreePeriods() {
        List<PlannedSchool.Teacher> order = planRng.shuffle(new ArrayList<>(school.teachers));
        for (PlannedSchool.Teacher teacher : order) {
            Set<Integer> free = freeOf.get(teacher);
            int available = 0;
            for (int p = 0; p < periods.size(); p++) {
                available += availablePeriod(teacher, p) ? 1 : 0;
            }
            int wanted = available - loadOf.get(teacher);
            if (free.size() > wanted) {
                throw new IllegalStateException(teacher.id + " has more common periods than free periods");
            }
            int limit = (teacher.maxTeachingPerDay != null ? teacher.maxTeachingPerDay
                    : week.defaultMaxTeachingPerDay()) - teacher.releasePerDay;
            // On an A/B schedule a teacher may teach at most their daily limit of A blocks and of B blocks.
            for (boolean aDay : bell == Bell.AB ? List.of(true, false) : List.<Boolean>of()) {
                while (teachingOn(teacher, aDay) > limit) {
                    addFree(teacher, leastFreePeriod(p -> isADay(p) == aDay && availablePeriod(teacher, p)
                            && !free.contains(p)));
                }
            }
            while (free.size() < wanted) {
                addFree(teacher, leastFreePeriod(p -> availablePeriod(teacher, p) && !free.contains(p)));
            }
        }
    }

    private int teachingOn(PlannedSchool.Teacher teacher, boolean aDay) {
        int count = 0;
        for (int p = 0; p < periods.size(); p++) {
            if (isADay(p) == aDay && availablePeriod(teacher, p) && !freeOf.get(teacher).contains(p)) {
                count++;
            }
        }
        return count;
    }

    private void addFree(PlannedSchool.Teacher teacher, int period) {
        freeOf.get(teacher).add(period);
        freeCount[period]++;
    }

    private List<Integer> teachingPeriods(PlannedSchool.Teacher teacher) {
        List<Integer> teaching = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            if (availablePeriod(teacher, p) && !freeOf.get(teacher).contains(p)) {
                teaching.add(p);
            }
        }
        return teaching;
    }

    /**
     * Puts each teacher's sections in their teaching periods: lab, gym and studio sections where their rooms are
     * least used, and sections of one course in different periods so students have options.
     */
    private void placeSections() {
        Map<String, int[]> kindUse = new HashMap<>();
        Map<String, int[]> courseUse = new HashMap<>();
        for (PlannedSchool.Teacher teacher : school.teachers) {
            List<PlannedSchool.Section> sections = new ArrayList<>(sectionsOf.get(teacher));
            if (sections.isEmpty()) {
                continue;
            }
            sections.sort(Comparator.comparing((PlannedSchool.Section section) -> section.roomKind.equals(GENERAL))
                    .thenComparing(section -> section.id));
            List<Integer> open = teachingPeriods(teacher);
            if (open.size() != sections.size()) {
                throw new IllegalStateException(teacher.id + " has " + open.size() + " teaching periods for "
                        + sections.size() + " sections");
            }
            for (PlannedSchool.Section section : sections) {
                int[] kinds = kindUse.computeIfAbsent(section.roomKind, kind -> new int[periods.size()]);
                int[] courses = courseUse.computeIfAbsent(section.course, course -> new int[periods.size()]);
                int best = -1;
                double bestCost = Double.MAX_VALUE;
                for (int p : open) {
                    double cost = (section.roomKind.equals(GENERAL) ? 0 : 4.0 * kinds[p]) + 3.0 * courses[p]
                            + planRng.nextDouble();
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = p;
                    }
                }
                open.remove(Integer.valueOf(best));
                kinds[best]++;
                courses[best]++;
                section.plant(periods.get(best).getId());
            }
        }
        for (PlannedSchool.Teacher teacher : school.teachers) {
            school.sections.addAll(sectionsOf.get(teacher));
        }
    }

    /**
     * Special-education teachers co-teach core ELA and math sections in most of their teaching periods and
     * teach small resource classes in the rest.
     */
    private void coTeachAndResource() {
        Map<String, Integer> numbers = new HashMap<>();
        List<String> resourceCourses = List.of("RESOURCE-ENG", "RESOURCE-MATH", "STUDY-SKILLS");
        int resourceIndex = 0;
        for (PlannedSchool.Teacher teacher : school.teachers) {
            if (!departmentOf.get(teacher).code().equals(SPED)) {
                continue;
            }
            List<Integer> teaching = planRng.shuffle(teachingPeriods(teacher));
            int coTaught = 0;
            for (int p : teaching) {
                String block = periods.get(p).getId();
                List<PlannedSchool.Section> candidates = school.sections.stream()
                        .filter(section -> section.coTeacher == null && section.lessons.get(0).block.equals(block))
                        .filter(section -> List.of("ENG9", "ENG10", "ENG11", "ALG1", "GEOM", "ALG2")
                                .contains(section.course))
                        .toList();
                if (coTaught < Math.round(teaching.size() * 0.6f) && !candidates.isEmpty()) {
                    planRng.pick(candidates).coTeacher = teacher.id;
                    coTaught++;
                } else {
                    Course course = courseByCode.get(resourceCourses.get(resourceIndex++ % resourceCourses.size()));
                    int number = numbers.merge(course.code(), 1, Integer::sum);
                    PlannedSchool.Section section = new PlannedSchool.Section(
                            String.format("%s-%02d", course.code(), number), course.code(), "special_education",
                            teacher.id, List.of(), planRng.between(course.minSize(), course.maxSize()), GENERAL,
                            BlockFamily.DAILY);
                    section.roomPrefix = "RES-";
                    section.roomCapacity = 16;
                    section.plant(block);
                    school.sections.add(section);
                }
            }
        }
    }

    /**
     * Students who asked for two singleton courses: only between singletons the planted schedule puts in
     * different periods, so the planted schedule has no singleton conflict.
     */
    private void courseConflicts() {
        Map<String, List<PlannedSchool.Section>> byCourse = new LinkedHashMap<>();
        for (PlannedSchool.Section section : school.sections) {
            byCourse.computeIfAbsent(section.course, course -> new ArrayList<>()).add(section);
        }
        List<PlannedSchool.Section> singletons = new ArrayList<>();
        byCourse.forEach((course, sections) -> {
            if (sections.size() == 1 && courseByCode.get(course).elective()) {
                singletons.add(sections.get(0));
            }
        });
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < singletons.size(); i++) {
            for (int j = i + 1; j < singletons.size(); j++) {
                PlannedSchool.Section a = singletons.get(i);
                PlannedSchool.Section b = singletons.get(j);
                if (!a.lessons.get(0).block.equals(b.lessons.get(0).block)) {
                    pairs.add(new String[] {a.course, b.course});
                }
            }
        }
        planRng.shuffle(pairs);
        int wanted = Math.min(pairs.size(), (int) Math.round(singletons.size() * 1.5));
        for (String[] pair : pairs.subList(0, wanted)) {
            school.courseConflicts.add(new PlannedSchool.CourseConflict(pair[0], pair[1], planRng.between(2, 15)));
        }
    }

    /** Splits {@code total} in proportion to {@code weights}, rounding so that the parts add up exactly. */
    static int[] largestRemainder(int total, double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = sum == 0 ? 0 : total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            given++;
        }
        return parts;
    }
}
