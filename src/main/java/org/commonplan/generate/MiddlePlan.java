package org.commonplan.generate;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonplan.domain.Block;
import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.TeacherRole;
import org.commonplan.domain.TeamKind;
import org.commonplan.domain.TimeslotKind;

/**
 * A grades 6-8 middle school on a 7-period day (the classic middle-school team model). Each grade has 1-3
 * interdisciplinary teams: five teachers (ELA, math, science, social studies, reading) who share four student
 * cohorts. A grade's cohorts go to encore classes (PE, art, music, STEM, ...) for the same two periods, when the
 * grade team meets; each teacher's third free period is shared with the same subject's teachers in the other
 * grades, so content PLCs meet across grades. A teacher-leader per grade team, a special-education co-teacher
 * per grade, and an encore team that is free together in the period no grade has encore.
 */
final class MiddlePlan extends SchoolPlan {

    private static final List<String> GRADES = List.of("6", "7", "8");
    private static final List<String> TEAM_COLORS = List.of("Blue", "Gold", "Green");

    private static final List<TaughtSubject> CORE = List.of(
            new TaughtSubject("ela", "ELA", "GENERAL", "R", 34),
            new TaughtSubject("math", "MATH", "GENERAL", "R", 34),
            new TaughtSubject("science", "SCI", "SCIENCE_LAB", "LAB-", 32),
            new TaughtSubject("social_studies", "SS", "GENERAL", "R", 34),
            new TaughtSubject("reading", "READ", "GENERAL", "R", 34));

    private static final List<TaughtSubject> ENCORE = List.of(
            new TaughtSubject("pe", "PE", "GYM", "GYM-", 70),
            new TaughtSubject("art", "ART", "ART", "ART-", 32),
            new TaughtSubject("music", "BAND", "MUSIC", "MUSIC-", 70),
            new TaughtSubject("stem", "STEM", "COMPUTER", "COMP-", 32),
            new TaughtSubject("pe", "PE", "GYM", "GYM-", 70),
            new TaughtSubject("spanish", "SPANISH", "GENERAL", "R", 34),
            new TaughtSubject("music", "CHORUS", "MUSIC", "MUSIC-", 70),
            new TaughtSubject("health", "HEALTH", "GENERAL", "R", 34),
            new TaughtSubject("pe", "PE", "GYM", "GYM-", 70),
            new TaughtSubject("technology", "TECH", "COMPUTER", "COMP-", 32),
            new TaughtSubject("music", "ORCHESTRA", "MUSIC", "MUSIC-", 70),
            new TaughtSubject("theater", "DRAMA", "GENERAL", "R", 34));

    /** Encore periods of the three grades (pairs of period indexes) and the period no grade has encore. */
    private static final List<int[][]> ENCORE_PATTERNS = List.of(
            new int[][] {{0, 1}, {2, 3}, {4, 5}, {6}},
            new int[][] {{0, 1}, {2, 3}, {5, 6}, {4}},
            new int[][] {{1, 2}, {3, 4}, {5, 6}, {0}});

    private List<Block> periods;

    private MiddlePlan(GeneratorOptions options) {
        super(options, Rng.of(options.seed(), "staff"), Rng.of(options.seed(), "timetable"));
    }

    static PlannedSchool build(GeneratorOptions options, String name) {
        return new MiddlePlan(options).plan(name);
    }

    @Override
    protected String timeLimit() {
        return "30s";
    }

    @Override
    protected void writeBellSchedule() {
        for (String day : List.of("MON", "TUE", "WED", "THU", "FRI")) {
            Week.DayBuilder builder = new Week.DayBuilder(day, LocalTime.of(7, 50), school.bell);
            builder.add("ADV", 20, TimeslotKind.ADVISORY, 4);
            for (int period = 1; period <= 7; period++) {
                if (period == 5) {
                    builder.add("LUNCH", 30, TimeslotKind.LUNCH, 4);
                }
                builder.classPeriod("P" + period, 50, 4);
            }
        }
    }

    @Override
    protected int coachingPairsPerLeader() {
        return 3;
    }

    @Override
    protected int spareClassroomCapacity() {
        return 34;
    }

    @Override
    protected List<TeamPlacer.Request> planTeaching() {
        periods = week.dailyBlocks();
        Staff staff = new Staff(staffRng);
        int teamsPerGrade = Math.max(1, Math.min(3, Math.round((options.teacherTarget() - 3) / 19f)));
        int[][] pattern = ENCORE_PATTERNS.get(planRng.nextInt(ENCORE_PATTERNS.size()));
        List<int[]> encorePairs = planRng.shuffle(new ArrayList<>(List.of(pattern[0], pattern[1], pattern[2])));
        int encoreFreePeriod = pattern[3][0];
        List<Integer> plcPeriods = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
        plcPeriods.remove(Integer.valueOf(encoreFreePeriod));
        planRng.shuffle(plcPeriods);
        // Science meets in the one period that is core for every grade: the labs are then never all in use.
        plcPeriods.add(CORE.indexOf(CORE.stream().filter(s -> s.course().equals("SCI")).findFirst().orElseThrow()),
                encoreFreePeriod);

        Map<String, List<PlannedTeacher>> bySubject = new LinkedHashMap<>();
        CORE.forEach(subject -> bySubject.put(subject.course(), new ArrayList<>()));
        List<PlannedTeam> gradeTeams = new ArrayList<>();
        List<List<String>> gradeTeamPreferred = new ArrayList<>();
        List<PlannedSection> coreSections = new ArrayList<>();
        List<List<PlannedSchool.Group>> cohortsByGrade = new ArrayList<>();
        List<PlannedTeacher> spedTeachers = new ArrayList<>();
        List<PlannedTeacher> coreTeachers = new ArrayList<>();

        for (int g = 0; g < GRADES.size(); g++) {
            String grade = GRADES.get(g);
            int[] encore = encorePairs.get(g);
            List<Integer> corePeriods = new ArrayList<>();
            for (int p = 0; p < periods.size(); p++) {
                if (p != encore[0] && p != encore[1]) {
                    corePeriods.add(p);
                }
            }
            List<PlannedSchool.Group> gradeCohorts = new ArrayList<>();
            for (int t = 0; t < teamsPerGrade; t++) {
                List<PlannedSchool.Group> cohorts = new ArrayList<>();
                for (int j = 0; j < 4; j++) {
                    PlannedSchool.Group cohort = new PlannedSchool.Group(grade + (char) ('A' + 4 * t + j),
                            staffRng.between(24, 30), grade);
                    cohorts.add(cohort);
                    school.groups.add(cohort);
                }
                gradeCohorts.addAll(cohorts);
                List<PlannedTeacher> team = new ArrayList<>();
                for (TaughtSubject subject : CORE) {
                    PlannedTeacher teacher = staff.hire(List.of(subject.subject()));
                    team.add(teacher);
                    bySubject.get(subject.course()).add(teacher);
                    coreTeachers.add(teacher);
                }
                PlannedTeacher leader = team.get(staffRng.nextInt(4));
                leader.role = TeacherRole.TEACHER_LEADER;
                leader.releasePerDay = options.releasePerDay() != null ? options.releasePerDay() : 1;
                // Each teacher's free core period: the subject's PLC period when it is a core period of the grade.
                int[] freePeriod = new int[CORE.size()];
                List<Integer> left = new ArrayList<>(corePeriods);
                List<Integer> unplaced = new ArrayList<>();
                for (int s = 0; s < CORE.size(); s++) {
                    int plc = plcPeriods.get(s);
                    if (left.contains(plc)) {
                        freePeriod[s] = plc;
                        left.remove(Integer.valueOf(plc));
                    } else {
                        unplaced.add(s);
                    }
                }
                planRng.shuffle(left);
                for (int i = 0; i < unplaced.size(); i++) {
                    freePeriod[unplaced.get(i)] = left.get(i);
                }
                // A 5x5 Latin square: in core period k the teacher free is f(k); cohort j has f(k + j + 1).
                int[] freeTeacherAt = new int[corePeriods.size()];
                for (int k = 0; k < corePeriods.size(); k++) {
                    for (int s = 0; s < CORE.size(); s++) {
                        if (freePeriod[s] == corePeriods.get(k)) {
                            freeTeacherAt[k] = s;
                        }
                    }
                }
                for (int j = 0; j < cohorts.size(); j++) {
                    for (int k = 0; k < corePeriods.size(); k++) {
                        int s = freeTeacherAt[(k + j + 1) % corePeriods.size()];
                        TaughtSubject subject = CORE.get(s);
                        PlannedSchool.Group cohort = cohorts.get(j);
                        PlannedSection section = new PlannedSection(
                                subject.course() + grade + "-" + cohort.id().substring(1),
                                subject.course() + "-" + grade, subject.subject(), team.get(s).id, List.of(cohort),
                                null, subject.roomKind(), BlockFamily.DAILY);
                        section.roomPrefix = subject.roomPrefix();
                        section.roomCapacity = subject.roomCapacity();
                        section.plant(periods.get(corePeriods.get(k)).getId());
                        coreSections.add(section);
                    }
                }
                String color = TEAM_COLORS.get(t);
                List<String> members = team.stream().filter(teacher -> teacher != leader).map(teacher -> teacher.id)
                        .toList();
                gradeTeams.add(new PlannedTeam("G" + grade + "-" + color.toUpperCase(Locale.ROOT),
                        "Grade " + grade + " " + color + " team", TeamKind.GRADE, members, leader.id,
                        BlockFamily.SINGLE, 2));
                List<String> preferred = new ArrayList<>();
                preferred.addAll(week.singleBlocksOf(periods.get(encore[0])));
                preferred.addAll(week.singleBlocksOf(periods.get(encore[1])));
                gradeTeamPreferred.add(preferred);
            }
            cohortsByGrade.add(gradeCohorts);
            PlannedTeacher sped = staff.hire(List.of("special_education", "ela", "math"));
            spedTeachers.add(sped);
            coTeach(sped, grade, corePeriods, coreSections);
        }

        school.sections.addAll(coreSections);
        school.teachers.addAll(coreTeachers);
        school.teachers.addAll(spedTeachers);
        List<PlannedTeacher> encoreTeachers = new ArrayList<>();
        for (int e = 0; e < 4 * teamsPerGrade; e++) {
            PlannedTeacher teacher = staff.hire(List.of(ENCORE.get(e).subject()));
            encoreTeachers.add(teacher);
            school.teachers.add(teacher);
        }
        for (int g = 0; g < GRADES.size(); g++) {
            List<PlannedSchool.Group> cohorts = cohortsByGrade.get(g);
            int[] encore = encorePairs.get(g);
            for (int e = 0; e < 2; e++) {
                for (int j = 0; j < cohorts.size(); j++) {
                    int teacherIndex = (j + e + g) % encoreTeachers.size();
                    TaughtSubject subject = ENCORE.get(teacherIndex);
                    PlannedSchool.Group cohort = cohorts.get(j);
                    PlannedSection section = new PlannedSection(
                            subject.course() + GRADES.get(g) + "-" + cohort.id().substring(1),
                            subject.course() + "-" + GRADES.get(g), subject.subject(),
                            encoreTeachers.get(teacherIndex).id, List.of(cohort), null, subject.roomKind(),
                            BlockFamily.DAILY);
                    section.roomPrefix = subject.roomPrefix();
                    section.roomCapacity = subject.roomCapacity();
                    section.plant(periods.get(encore[e]).getId());
                    school.sections.add(section);
                }
            }
        }

        occupancy = occupancyOfDailySections();

        List<TeamPlacer.Request> requests = new ArrayList<>();
        for (int i = 0; i < gradeTeams.size(); i++) {
            PlannedTeam team = gradeTeams.get(i);
            String grade = team.id.substring(1, 2);
            List<String> members = new ArrayList<>(team.members);
            members.add(spedTeachers.get(GRADES.indexOf(grade)).id);
            requests.add(new TeamPlacer.Request(new PlannedTeam(team.id, team.name, team.kind, members,
                    team.leader, team.family, team.priority), 2, gradeTeamPreferred.get(i)));
        }
        for (int s = 0; s < CORE.size(); s++) {
            TaughtSubject subject = CORE.get(s);
            List<PlannedTeacher> teachers = bySubject.get(subject.course());
            PlannedTeacher leader = teachers.stream().filter(PlannedTeacher::isLeader).findFirst()
                    .orElse(null);
            List<String> members = teachers.stream().filter(teacher -> teacher != leader).map(teacher -> teacher.id)
                    .toList();
            String title = switch (subject.course()) {
                case "ELA" -> "ELA";
                case "MATH" -> "Math";
                case "SCI" -> "Science";
                case "SS" -> "Social studies";
                default -> "Reading";
            };
            requests.add(new TeamPlacer.Request(new PlannedTeam(subject.course() + "-PLC",
                    title + " PLC (grades 6-8)", TeamKind.CONTENT, members, leader == null ? null : leader.id,
                    BlockFamily.SINGLE, 1), 1, week.singleBlocksOf(periods.get(plcPeriods.get(s)))));
        }
        requests.add(new TeamPlacer.Request(new PlannedTeam("ENCORE", "Encore team", TeamKind.SPECIALIZED,
                encoreTeachers.stream().map(teacher -> teacher.id).toList(), null, BlockFamily.SINGLE, 1), 1,
                week.singleBlocksOf(periods.get(encoreFreePeriod))));
        return requests;
    }

    /**
     * The grade's special-education teacher co-teaches an ELA or math section in four of the grade's five core
     * periods and has a small resource class in the fifth; free in the encore periods with the grade teams.
     */
    private void coTeach(PlannedTeacher sped, String grade, List<Integer> corePeriods,
            List<PlannedSection> coreSections) {
        List<Integer> order = planRng.shuffle(new ArrayList<>(corePeriods));
        for (int i = 0; i < order.size(); i++) {
            String block = periods.get(order.get(i)).getId();
            List<PlannedSection> candidates = coreSections.stream()
                    .filter(section -> section.course.equals("ELA-" + grade) || section.course.equals("MATH-" + grade))
                    .filter(section -> section.coTeacher == null && section.lessons.get(0).block.equals(block))
                    .toList();
            if (i < order.size() - 1 && !candidates.isEmpty()) {
                planRng.pick(candidates).coTeacher = sped.id;
            } else {
                String focus = i % 2 == 0 ? "MATH" : "ELA";
                PlannedSection resource = new PlannedSection("RES-" + focus + grade + "-" + (i + 1),
                        "RESOURCE-" + focus + "-" + grade, "special_education", sped.id, List.of(),
                        planRng.between(6, 12), "GENERAL", BlockFamily.DAILY);
                resource.roomPrefix = "RES-";
                resource.roomCapacity = 15;
                resource.plant(block);
                coreSections.add(resource);
            }
        }
    }
}
