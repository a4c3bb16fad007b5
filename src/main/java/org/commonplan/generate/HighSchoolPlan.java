package org.commonplan.generate;

import static org.commonplan.generate.HighSchoolCatalog.CO_TAUGHT_COURSES;
import static org.commonplan.generate.HighSchoolCatalog.DEPARTMENTS;
import static org.commonplan.generate.HighSchoolCatalog.GENERAL;
import static org.commonplan.generate.HighSchoolCatalog.PART_TIME_DEPARTMENTS;
import static org.commonplan.generate.HighSchoolCatalog.RESOURCE_COURSES;
import static org.commonplan.generate.HighSchoolCatalog.ROOM_CAPACITY;
import static org.commonplan.generate.HighSchoolCatalog.ROOM_PREFIX;
import static org.commonplan.generate.HighSchoolCatalog.SPED;
import static org.commonplan.generate.HighSchoolCatalog.course;

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
import org.commonplan.generate.HighSchoolCatalog.Course;
import org.commonplan.generate.HighSchoolCatalog.Department;

/**
 * A comprehensive US high school on a traditional 7-period day, a 4x4 block or an A/B block. Teachers belong to
 * departments; each department is one content PLC (split into course-alike PLCs of at most seven when large)
 * whose members share a common free period, the "common PLC period". Departments offer multi-section core
 * courses and singleton electives and AP courses (with course conflicts between singletons), special-education
 * teachers co-teach ELA and math sections, a few elective teachers are part-time (mornings only), and
 * teacher-leaders (about one per seven teachers) lead PLCs, share a leadership-team period and coach. The
 * departments and courses are {@link HighSchoolCatalog}, the bell schedules {@link HighSchoolBell}.
 */
final class HighSchoolPlan extends SchoolPlan {

    private final HighSchoolBell bell;
    private List<Block> periods;
    private int baseLoad;
    private int plcMeetings;
    private final Map<PlannedTeacher, Department> departmentOf = new LinkedHashMap<>();
    private final Map<PlannedTeacher, Integer> loadOf = new HashMap<>();
    private final Map<PlannedTeacher, Set<Integer>> freeOf = new HashMap<>();
    private final Map<PlannedTeacher, List<PlannedSection>> sectionsOf = new LinkedHashMap<>();
    private final Set<PlannedTeacher> partTime = new LinkedHashSet<>();
    private final List<PlannedTeacher> leaders = new ArrayList<>();
    private int[] freeCount;

    private HighSchoolPlan(GeneratorOptions options) {
        // Staff draw from the seed alone, so that every bell schedule and staffing model of a school has one staff.
        super(options, Rng.of(options.seed(), "high-school-staff"),
                Rng.of(options.seed(), "timetable-" + options.archetype().cliName()));
        this.bell = HighSchoolBell.of(options.archetype());
    }

    static PlannedSchool build(GeneratorOptions options, String name) {
        return new HighSchoolPlan(options).plan(name);
    }

    @Override
    protected String timeLimit() {
        int teachers = options.teacherTarget();
        return teachers > 200 ? "300s" : teachers > 100 ? "120s" : "60s";
    }

    @Override
    protected void writeBellSchedule() {
        bell.writeWeek(school.bell);
    }

    @Override
    protected List<TeamPlacer.Request> planTeaching() {
        periods = week.dailyBlocks();
        freeCount = new int[periods.size()];
        int maxLoad = bell.dayTypes() * week.defaultMaxTeachingPerDay();
        baseLoad = options.sectionsPerTeacher() != null ? options.sectionsPerTeacher() : bell.usualLoad();
        if (baseLoad < 1 || baseLoad > maxLoad) {
            throw new IllegalArgumentException("sections per teacher must be between 1 and " + maxLoad + " on this "
                    + "bell schedule, not " + baseLoad);
        }
        plcMeetings = options.plcMeetingsPerWeek() != null ? options.plcMeetingsPerWeek()
                : bell == HighSchoolBell.TRADITIONAL && baseLoad <= 5 ? 2 : 1;
        hireStaff(options.teacherTarget());
        assignCourses();
        List<TeamPlacer.Request> requests = plcRequests();
        int leadershipPeriod = leadershipPeriod();
        assignFreePeriods();
        placeSections();
        coTeachAndResource();
        occupancy = occupancyOfDailySections();
        if (leadershipPeriod >= 0) {
            requests.add(new TeamPlacer.Request(new PlannedTeam("ILT", "Instructional leadership team",
                    TeamKind.SPECIALIZED, leaders.stream().map(teacher -> teacher.id).toList(), null,
                    BlockFamily.SINGLE, 1), 1, week.singleBlocksOf(periods.get(leadershipPeriod))));
        }
        return requests;
    }

    @Override
    protected int coachingPairsPerLeader() {
        return 4;
    }

    @Override
    protected int spareClassroomCapacity() {
        return 35;
    }

    private boolean isADay(int period) {
        return bell != HighSchoolBell.AB || periods.get(period).getId().startsWith("A");
    }

    private void hireStaff(int total) {
        Staff staff = new Staff(staffRng);
        int[] counts = largestRemainder(total, DEPARTMENTS.stream().mapToDouble(Department::share).toArray());
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            Department department = DEPARTMENTS.get(d);
            for (int i = 0; i < Math.max(2, counts[d]); i++) {
                PlannedTeacher teacher = staff.hire(List.of(department.subject()));
                departmentOf.put(teacher, department);
                school.teachers.add(teacher);
            }
        }
        // Part-time elective teachers (mornings only); chosen before leaders so every scenario keeps them.
        List<PlannedTeacher> electiveTeachers = school.teachers.stream()
                .filter(teacher -> PART_TIME_DEPARTMENTS.contains(departmentOf.get(teacher).code())).toList();
        int partTimeCount = total < 20 ? 0 : Math.max(1, Math.round(total / 40f));
        for (PlannedTeacher teacher : staffRng.shuffle(new ArrayList<>(electiveTeachers))) {
            if (partTime.size() < partTimeCount) {
                partTime.add(teacher);
            }
        }
        int leaderCount = options.leaders() != null ? options.leaders() : Math.round(total / 7f);
        int[] quota = largestRemainder(leaderCount, DEPARTMENTS.stream().mapToDouble(Department::share).toArray());
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            Department department = DEPARTMENTS.get(d);
            List<PlannedTeacher> candidates = school.teachers.stream()
                    .filter(teacher -> departmentOf.get(teacher) == department && !partTime.contains(teacher))
                    .sorted(Comparator.comparingInt((PlannedTeacher teacher) -> -teacher.yearsOfExperience))
                    .toList();
            for (int i = 0; i < Math.min(quota[d], candidates.size()); i++) {
                PlannedTeacher leader = candidates.get(i);
                leader.role = TeacherRole.TEACHER_LEADER;
                // On a 7-period day a leader has one or two release periods; a 90-minute block is one.
                boolean twoPeriods = bell == HighSchoolBell.TRADITIONAL && staffRng.chance(0.5);
                leader.releasePerDay = options.releasePerDay() != null ? options.releasePerDay() : twoPeriods ? 2 : 1;
                leaders.add(leader);
            }
        }
        for (PlannedTeacher teacher : school.teachers) {
            loadOf.put(teacher, baseLoad);
            freeOf.put(teacher, new LinkedHashSet<>());
            sectionsOf.put(teacher, new ArrayList<>());
        }
        for (PlannedTeacher teacher : partTime) {
            List<String> unavailable = new ArrayList<>();
            for (Timeslot timeslot : week.bellSchedule().getTimeslots()) {
                if (timeslot.isClass() && !morning(periodIndex(timeslot.period()))) {
                    unavailable.add(timeslot.id());
                }
            }
            teacher.unavailable = unavailable;
            teacher.maxTeachingPerDay = bell.partTimeDailyLimit();
            loadOf.put(teacher, bell.partTimeLoad());
        }
        for (PlannedTeacher leader : leaders) {
            loadOf.put(leader, leaderLoad(leader.releasePerDay));
        }
    }

    /** Morning periods: the first half of each day (what a part-time teacher works). */
    private boolean morning(int period) {
        int perDay = bell == HighSchoolBell.AB ? 4 : periods.size();
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
        int load = Math.min(baseLoad, Math.min(limit * bell.dayTypes(), periods.size() - 2));
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
        double classSizeScale = (double) bell.usualLoad() / baseLoad;
        for (Department department : DEPARTMENTS) {
            if (department.code().equals(SPED)) {
                continue;
            }
            List<PlannedTeacher> staff = school.teachers.stream()
                    .filter(teacher -> departmentOf.get(teacher) == department)
                    .sorted(Comparator.comparingInt((PlannedTeacher teacher) -> -teacher.yearsOfExperience))
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
            for (PlannedTeacher teacher : staff) {
                for (int s = 0; s < loadOf.get(teacher); s++) {
                    Course course = course(queue.get(next++));
                    int number = numbers.merge(course.code(), 1, Integer::sum);
                    PlannedSection section = new PlannedSection(
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
        List<PlannedTeam> teams = new ArrayList<>();
        Map<PlannedTeam, Integer> commonPeriod = new LinkedHashMap<>();
        for (Department department : DEPARTMENTS) {
            List<PlannedTeacher> staff = new ArrayList<>(school.teachers.stream()
                    .filter(teacher -> departmentOf.get(teacher) == department).toList());
            staff.sort(Comparator.comparingInt(this::mainCourseIndex));
            int count = staff.size() <= 8 ? 1 : (staff.size() + 6) / 7;
            for (int k = 0; k < count; k++) {
                List<PlannedTeacher> members = staff.subList(k * staff.size() / count,
                        (k + 1) * staff.size() / count);
                if (members.size() < 2) {
                    continue;
                }
                PlannedTeacher leader = members.stream().filter(PlannedTeacher::isLeader).findFirst()
                        .orElse(null);
                String id = department.code() + "-PLC" + (count > 1 ? "-" + (k + 1) : "");
                String name = department.title() + " PLC" + (count > 1 ? " " + (k + 1) + " (" + mainCourses(members)
                        + ")" : "");
                teams.add(new PlannedTeam(id, name, TeamKind.CONTENT, members.stream()
                        .filter(teacher -> teacher != leader).map(teacher -> teacher.id).toList(),
                        leader == null ? null : leader.id, BlockFamily.SINGLE, 1));
                commonPeriod.put(teams.get(teams.size() - 1), -1);
            }
        }
        List<PlannedTeam> bySize = new ArrayList<>(teams);
        bySize.sort(Comparator.comparingInt((PlannedTeam team) -> -team.attendees().size())
                .thenComparing(team -> team.id));
        for (PlannedTeam team : bySize) {
            List<PlannedTeacher> members = team.attendees().stream().map(school::teacher).toList();
            int period = leastFreePeriod(p -> members.stream().allMatch(teacher -> availablePeriod(teacher, p)));
            commonPeriod.put(team, period);
            freeCount[period] += members.size();
            members.forEach(teacher -> freeOf.get(teacher).add(period));
        }
        List<TeamPlacer.Request> requests = new ArrayList<>();
        for (PlannedTeam team : teams) {
            requests.add(new TeamPlacer.Request(team, plcMeetings,
                    week.singleBlocksOf(periods.get(commonPeriod.get(team)))));
        }
        return requests;
    }

    private int mainCourseIndex(PlannedTeacher teacher) {
        List<PlannedSection> sections = sectionsOf.get(teacher);
        if (sections.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        sections.forEach(section -> counts.merge(section.course, 1, Integer::sum));
        String main = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return departmentOf.get(teacher).courses().indexOf(course(main));
    }

    private String mainCourses(List<PlannedTeacher> members) {
        Set<String> courses = new LinkedHashSet<>();
        for (PlannedTeacher teacher : members) {
            int index = mainCourseIndex(teacher);
            if (index != Integer.MAX_VALUE) {
                courses.add(departmentOf.get(teacher).courses().get(index).code());
            }
        }
        return String.join("/", courses);
    }

    private boolean availablePeriod(PlannedTeacher teacher, int period) {
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
        for (PlannedTeacher leader : leaders) {
            if (freeOf.get(leader).add(period)) {
                freeCount[period]++;
            }
        }
        return period;
    }

    /** Each teacher's other free periods, spread so that every period has about as many teachers teaching. */
    private void assignFreePeriods() {
        List<PlannedTeacher> order = planRng.shuffle(new ArrayList<>(school.teachers));
        for (PlannedTeacher teacher : order) {
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
            for (boolean aDay : bell == HighSchoolBell.AB ? List.of(true, false) : List.<Boolean>of()) {
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

    private int teachingOn(PlannedTeacher teacher, boolean aDay) {
        int count = 0;
        for (int p = 0; p < periods.size(); p++) {
            if (isADay(p) == aDay && availablePeriod(teacher, p) && !freeOf.get(teacher).contains(p)) {
                count++;
            }
        }
        return count;
    }

    private void addFree(PlannedTeacher teacher, int period) {
        freeOf.get(teacher).add(period);
        freeCount[period]++;
    }

    private List<Integer> teachingPeriods(PlannedTeacher teacher) {
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
        for (PlannedTeacher teacher : school.teachers) {
            List<PlannedSection> sections = new ArrayList<>(sectionsOf.get(teacher));
            if (sections.isEmpty()) {
                continue;
            }
            sections.sort(Comparator.comparing((PlannedSection section) -> section.roomKind.equals(GENERAL))
                    .thenComparing(section -> section.id));
            List<Integer> open = teachingPeriods(teacher);
            if (open.size() != sections.size()) {
                throw new IllegalStateException(teacher.id + " has " + open.size() + " teaching periods for "
                        + sections.size() + " sections");
            }
            for (PlannedSection section : sections) {
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
        for (PlannedTeacher teacher : school.teachers) {
            school.sections.addAll(sectionsOf.get(teacher));
        }
    }

    /**
     * Special-education teachers co-teach core ELA and math sections in most of their teaching periods and
     * teach small resource classes in the rest.
     */
    private void coTeachAndResource() {
        Map<String, Integer> numbers = new HashMap<>();
        int resourceIndex = 0;
        for (PlannedTeacher teacher : school.teachers) {
            if (!departmentOf.get(teacher).code().equals(SPED)) {
                continue;
            }
            List<Integer> teaching = planRng.shuffle(teachingPeriods(teacher));
            int coTaught = 0;
            for (int p : teaching) {
                String block = periods.get(p).getId();
                List<PlannedSection> candidates = school.sections.stream()
                        .filter(section -> section.coTeacher == null && section.lessons.get(0).block.equals(block))
                        .filter(section -> CO_TAUGHT_COURSES.contains(section.course))
                        .toList();
                if (coTaught < Math.round(teaching.size() * 0.6f) && !candidates.isEmpty()) {
                    planRng.pick(candidates).coTeacher = teacher.id;
                    coTaught++;
                } else {
                    Course course = course(RESOURCE_COURSES.get(resourceIndex++ % RESOURCE_COURSES.size()));
                    int number = numbers.merge(course.code(), 1, Integer::sum);
                    PlannedSection section = new PlannedSection(
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
    @Override
    protected void planCourseConflicts() {
        Map<String, List<PlannedSection>> byCourse = new LinkedHashMap<>();
        for (PlannedSection section : school.sections) {
            byCourse.computeIfAbsent(section.course, course -> new ArrayList<>()).add(section);
        }
        List<PlannedSection> singletons = new ArrayList<>();
        byCourse.forEach((course, sections) -> {
            if (sections.size() == 1 && course(course).elective()) {
                singletons.add(sections.get(0));
            }
        });
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < singletons.size(); i++) {
            for (int j = i + 1; j < singletons.size(); j++) {
                PlannedSection a = singletons.get(i);
                PlannedSection b = singletons.get(j);
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
