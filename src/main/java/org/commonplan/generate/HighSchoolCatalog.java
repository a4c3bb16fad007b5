package org.commonplan.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generated high school teaches: its departments, each with a share of the teaching staff and a course
 * catalogue, and the rooms each kind of course needs.
 */
final class HighSchoolCatalog {

    /** A course a department offers; electives and AP courses are usually singletons. */
    record Course(String code, String roomKind, double weight, boolean elective, int minSize, int maxSize) {
    }

    /** A department, its share of the teaching staff and its course catalogue. */
    record Department(String code, String title, String subject, double share, List<Course> courses) {
    }

    static final String GENERAL = "GENERAL";
    static final String LAB = "SCIENCE_LAB";
    static final String SPED = "SPED";

    static final List<Department> DEPARTMENTS = List.of(
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

    /** Departments whose teachers may be part-time (mornings only): the elective ones. */
    static final List<String> PART_TIME_DEPARTMENTS = List.of("WL", "ARTS", "CTE");

    /** Core courses a special-education teacher co-teaches, and the small resource classes they teach otherwise. */
    static final List<String> CO_TAUGHT_COURSES = List.of("ENG9", "ENG10", "ENG11", "ALG1", "GEOM", "ALG2");
    static final List<String> RESOURCE_COURSES = List.of("RESOURCE-ENG", "RESOURCE-MATH", "STUDY-SKILLS");

    /** Largest class a room kind takes, and how a new room of the kind is named. */
    static final Map<String, Integer> ROOM_CAPACITY = Map.of(GENERAL, 35, LAB, 32, "GYM", 60, "ART", 32,
            "MUSIC", 70, "COMPUTER", 32, "KITCHEN", 26);
    static final Map<String, String> ROOM_PREFIX = Map.of(GENERAL, "R", LAB, "LAB-", "GYM", "GYM-",
            "ART", "ART-", "MUSIC", "MUSIC-", "COMPUTER", "COMP-", "KITCHEN", "KITCHEN-");

    private static final Map<String, Course> COURSE_BY_CODE = new HashMap<>();

    static {
        DEPARTMENTS.forEach(department -> department.courses().forEach(course -> COURSE_BY_CODE.put(course.code(),
                course)));
    }

    private HighSchoolCatalog() {
    }

    /** The course with this code, in whichever department offers it. */
    static Course course(String code) {
        return COURSE_BY_CODE.get(code);
    }

    private static Course core(String code, String roomKind, double weight) {
        return new Course(code, roomKind, weight, false, 22, 32);
    }

    private static Course elective(String code, String roomKind) {
        return new Course(code, roomKind, 0.0, true, 14, 28);
    }
}
