package org.commonplan.bundle;

import static org.commonplan.bundle.Cells.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;

import org.commonplan.bundle.Table.Row;
import org.commonplan.domain.BellSchedule;
import org.commonplan.domain.Block;
import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.CoachingPair;
import org.commonplan.domain.CourseConflict;
import org.commonplan.domain.BuildingLimits;
import org.commonplan.domain.GroupLimits;
import org.commonplan.domain.TagLimit;
import org.commonplan.domain.IntervalDays;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.Settings;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeacherLimits;
import org.commonplan.domain.TeacherRole;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamKind;
import org.commonplan.domain.Timeslot;
import org.commonplan.domain.TeamMeeting;

/**
 * Validates the tables of a bundle and builds the {@link School}: the one place where CSV and JSON input
 * get their meaning, so both get identical checks.
 *
 * <p>Every row is checked even after a problem; a check that needs a whole other file to be right (a room that
 * fits, a family with blocks) is skipped while that file has problems of its own, so that one mistake is not
 * reported many times over.
 */
final class SchoolBuilder {

    private final Map<BundleFile, Table> tables;
    private final Problems problems;
    private final String defaultName;

    private SettingsReader settingsReader;
    private BellScheduleReader bellReader;
    /** Null while the bell schedule has problems; nothing is built then, but rows are still checked. */
    private BellSchedule bellSchedule;
    private Settings settings;

    private Map<String, Integer> teacherIds;
    private Map<String, Integer> roomIds;
    private Map<String, Integer> groupIds;
    private Map<String, Integer> sectionIds;
    private Map<String, Integer> teamIds;
    private final Map<String, TeacherRole> roleByTeacher = new HashMap<>();
    private final Map<String, StudentGroup> groups = new LinkedHashMap<>();
    private final Map<String, Room> rooms = new LinkedHashMap<>();
    private final Map<String, Teacher> teachers = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Section> sectionsById = new HashMap<>();
    private final Map<String, Integer> sectionsByCourse = new HashMap<>();
    private Map<String, List<Room>> roomsByKind;
    private final Map<String, List<Room>> suitableByKindAndSize = new HashMap<>();
    private final Map<String, List<Block>> blocksByFamily = new HashMap<>();
    private final List<Team> teams = new ArrayList<>();
    /** Each section's locks, a block and a room per lesson (null where the solver chooses). */
    private final Map<Section, SectionLocks> locksBySection = new HashMap<>();
    /** Each team's locked blocks, one per meeting (null where the solver chooses). */
    private final Map<Team, List<Block>> lockedMeetingBlocks = new HashMap<>();
    /** The line of each section and team, to name where a lock that clashes with another is. */
    private final Map<Section, Integer> sectionLines = new HashMap<>();
    private final Map<Team, Integer> teamLines = new HashMap<>();
    private final List<CoachingPair> coachingPairs = new ArrayList<>();
    private final List<CourseConflict> courseConflicts = new ArrayList<>();
    /** Lessons and team meetings so far, each counted once for every block it may take. */
    private long blockChoices;
    /** Team attendees so far, added over the teams. */
    private long teamMemberships;

    private SchoolBuilder(Map<BundleFile, Table> tables, Problems problems, String defaultName) {
        this.tables = tables;
        this.problems = problems;
        this.defaultName = defaultName == null || defaultName.isBlank() ? "school" : defaultName;
    }

    /** Builds the school, or throws with every problem found in the tables and before them. */
    static School build(Map<BundleFile, Table> tables, Problems problems, String defaultName) throws BundleException {
        return new SchoolBuilder(HiddenCharacters.removed(tables, problems), problems, defaultName).build();
    }

    private School build() throws BundleException {
        checkFilesAndColumns();
        settingsReader = new SettingsReader(tables.get(BundleFile.SETTINGS), problems);
        bellReader = new BellScheduleReader(tables.get(BundleFile.BELL_SCHEDULE), tables.get(BundleFile.BLOCKS),
                problems);
        bellSchedule = bellReader.bellSchedule();
        if (bellSchedule != null) {
            settings = settingsReader.settings(bellSchedule.getClassPeriodsPerDay(), defaultName);
        }
        teacherIds = ids(BundleFile.TEACHERS, "teacher");
        roomIds = ids(BundleFile.ROOMS, "room");
        groupIds = ids(BundleFile.GROUPS, "group");
        sectionIds = ids(BundleFile.SECTIONS, "section");
        teamIds = ids(BundleFile.TEAMS, "team");
        readGroups();
        readRooms();
        readTeachers();
        readSections();
        readTeams();
        readCoaching();
        readCourseConflicts();
        readSectionLinks();
        problems.throwIfAny();
        School school = school();
        LockClashes.report(school, sectionLines, teamLines, problems);
        problems.throwIfAny();
        return school;
    }

    private School school() {
        List<Lesson> lessons = new ArrayList<>();
        for (Section section : sections) {
            section.setSingleton(sectionsByCourse.get(section.getCourse()) == 1);
            SectionLocks locks = locksBySection.get(section);
            for (int number = 1; number <= section.getMeetings(); number++) {
                Lesson lesson = new Lesson(section, number);
                lesson.lock(locks.blocks().get(number - 1), locks.rooms().get(number - 1));
                lessons.add(lesson);
            }
        }
        List<TeamMeeting> meetings = new ArrayList<>();
        // In team id order: the search draws meetings from this list, so the rows of teams.csv must not order it.
        for (Team team : teams.stream().sorted(Comparator.comparing(Team::getId)).toList()) {
            List<Block> locked = lockedMeetingBlocks.getOrDefault(team, List.of());
            for (int number = 1; number <= team.getMeetingsPerWeek(); number++) {
                TeamMeeting meeting = new TeamMeeting(team, number);
                if (number <= locked.size() && locked.get(number - 1) != null) {
                    meeting.lock(locked.get(number - 1));
                }
                meetings.add(meeting);
            }
        }
        School school = new School(settings.name(), settings, bellSchedule, new ArrayList<>(teachers.values()),
                new ArrayList<>(rooms.values()), new ArrayList<>(groups.values()), sections, lessons, teams,
                meetings, coachingPairs, courseConflicts);
        if (!settingsReader.weights().isEmpty()) {
            school.setConstraintWeightOverrides(ConstraintWeightOverrides.of(settingsReader.weights()));
        }
        return school;
    }

    private void checkFilesAndColumns() {
        checkRequiredFiles(tables.keySet(), problems);
        tables.forEach((file, table) -> checkColumns(file, table, problems));
    }

    /** Reports each required file that is not among {@code given}. */
    static void checkRequiredFiles(Set<BundleFile> given, Problems problems) {
        for (BundleFile file : BundleFile.values()) {
            if (file.required() && !given.contains(file)) {
                problems.addFileProblem(file.fileName(), "the file is missing; a bundle needs "
                        + "bell_schedule.csv, teachers.csv, rooms.csv and sections.csv");
            }
        }
    }

    /** Reports unknown columns and missing required columns, on the header line. */
    static void checkColumns(BundleFile file, Table table, Problems problems) {
        for (String column : table.columns()) {
            if (!file.columns().contains(column)) {
                String hint = file.columns().stream().filter(known -> known.equalsIgnoreCase(column)).findFirst()
                        .map(known -> " (did you mean " + known + "?)").orElse("");
                problems.add(file.fileName(), 1, column, "unknown column" + hint + "; the columns of "
                        + file.fileName() + " are " + String.join(", ", file.columns()));
            }
        }
        for (String column : file.requiredColumns()) {
            if (!table.has(column)) {
                problems.add(file.fileName(), 1, column, "the column is missing; it is required");
            }
        }
    }

    /** Each row's id, first line by id; empty, malformed and duplicate ids are reported here, once. */
    private Map<String, Integer> ids(BundleFile file, String noun) {
        Map<String, Integer> lineById = new LinkedHashMap<>();
        Table table = tables.get(file);
        if (table == null) {
            return lineById;
        }
        Cells cells = new Cells(table, problems);
        boolean numbered = file == BundleFile.SECTIONS || file == BundleFile.TEAMS;
        for (Row row : table.rows()) {
            String id = cells.id(row, "id");
            if (id == null) {
                continue;
            }
            if (numbered && id.contains("#")) {
                // Lessons and meetings are named id#1, id#2, ...; a '#' in the id could make two of them alike.
                cells.problem(row, "id", noun + " id " + quote(id) + " must not contain '#'");
                continue;
            }
            Integer firstLine = lineById.putIfAbsent(id, row.line());
            if (firstLine != null) {
                cells.problem(row, "id", noun + " id " + quote(id) + " is already used on line " + firstLine);
            }
        }
        return lineById;
    }

    /** The row's id when this row is the one that id belongs to (not a duplicate, not malformed), else null. */
    private static String ownId(Row row, Map<String, Integer> lineById) {
        String id = row.get("id");
        return id != null && Objects.equals(lineById.get(id), row.line()) ? id : null;
    }

    /**
     * Whether {@code id} is a row of {@code target}; reported when not, unless the target is a required file
     * that is missing, which is reported once already.
     */
    private boolean known(Cells cells, Row row, String column, String id, Map<String, Integer> ids,
            BundleFile target, String noun) {
        if (ids.containsKey(id)) {
            return true;
        }
        if (tables.containsKey(target) || !target.required()) {
            cells.problem(row, column, noun + " " + quote(id) + " is not in " + target.fileName()
                    + Cells.listHint(column, id));
        }
        return false;
    }

    private Cells cells(BundleFile file) {
        Table table = tables.get(file);
        return table == null ? null : new Cells(table, problems);
    }

    private static Integer requiredInteger(Cells cells, Row row, String column, long min, long max) {
        return cells.required(row, column) == null ? null : cells.integer(row, column, null, min, max);
    }

    private void readGroups() {
        Cells cells = cells(BundleFile.GROUPS);
        if (cells == null) {
            return;
        }
        for (Row row : cells.rows()) {
            int before = problems.count();
            String id = ownId(row, groupIds);
            Integer size = requiredInteger(cells, row, "size", 1, Limits.MAX_STUDENTS);
            String grade = cells.text(row, "grade");
            GroupLimits limits = new GroupLimits(limit(cells, row, "max_gaps_per_day", Limits.MAX_PER_DAY),
                    limit(cells, row, "max_gaps_per_week", Limits.MAX_PER_WEEK),
                    limit(cells, row, "min_lessons_per_day", Limits.MAX_PER_DAY),
                    limit(cells, row, "max_lessons_per_day", Limits.MAX_PER_DAY),
                    limit(cells, row, "max_late_starts", Limits.MAX_PER_WEEK));
            BuildingLimits buildingLimits = buildingLimits(cells, row);
            SlotSet unavailable = bellReader.timeslots(cells, row, "unavailable");
            if (id != null && problems.count() == before) {
                StudentGroup group = new StudentGroup(id, size, grade);
                group.setLimits(limits);
                group.setBuildingLimits(buildingLimits);
                group.setUnavailable(unavailable);
                groups.put(id, group);
            }
        }
    }

    /** A teacher's or group's own limits on building changes, the school-wide ones where a cell is empty. */
    private BuildingLimits buildingLimits(Cells cells, Row row) {
        return new BuildingLimits(limit(cells, row, "max_building_changes_per_day", Limits.MAX_PER_DAY),
                limit(cells, row, "max_building_changes_per_week", Limits.MAX_PER_WEEK),
                limit(cells, row, "min_gaps_between_building_changes", Limits.MAX_PER_DAY))
                .orElse(settingsReader.buildingLimits());
    }

    /** An optional limit on the shape of a week, {@link TeacherLimits#NO_LIMIT} when empty. */
    private static int limit(Cells cells, Row row, String column, int max) {
        Integer value = cells.integer(row, column, TeacherLimits.NO_LIMIT, 0, max);
        return value == null ? TeacherLimits.NO_LIMIT : value;
    }

    private void readRooms() {
        Cells cells = cells(BundleFile.ROOMS);
        if (cells == null) {
            return;
        }
        for (Row row : cells.rows()) {
            int before = problems.count();
            String id = ownId(row, roomIds);
            Integer capacity = requiredInteger(cells, row, "capacity", 1, Limits.MAX_STUDENTS);
            String kind = cells.code(row, "kind", Room.GENERAL);
            SlotSet unavailable = bellReader.timeslots(cells, row, "unavailable");
            String building = cells.code(row, "building", null);
            if (id != null && problems.count() == before) {
                rooms.put(id, new Room(id, capacity, kind, unavailable, building));
            }
        }
    }

    private void readTeachers() {
        Cells cells = cells(BundleFile.TEACHERS);
        if (cells == null) {
            return;
        }
        checkCount(cells, Limits.MAX_TEACHERS, "teacher", "teachers");
        Integer defaultMaxTeaching = settings != null ? Integer.valueOf(settings.maxTeachingPerDay())
                : settingsReader.maxTeachingPerDay();
        Map<String, Row> homeroomClaims = new HashMap<>();
        Map<Teacher, String> homeroomOf = new LinkedHashMap<>();
        for (Row row : cells.rows()) {
            int before = problems.count();
            String id = ownId(row, teacherIds);
            String name = cells.text(row, "name");
            List<String> subjects = cells.list(row, "subjects");
            TeacherRole role = cells.choice(row, "role", TeacherRole.class, TeacherRole.TEACHER);
            Integer release = cells.integer(row, "release_per_day", 0, 0, Limits.MAX_PER_DAY);
            Integer maxTeaching = cells.integer(row, "max_teaching_per_day", defaultMaxTeaching, 0,
                    Limits.MAX_PER_DAY);
            Long salary = cells.whole(row, "salary", settingsReader.defaultSalary(), 0, Limits.MAX_SALARY);
            SlotSet unavailable = bellReader.timeslots(cells, row, "unavailable");
            Integer maxDays = cells.integer(row, "max_days_per_week", TeacherLimits.NO_LIMIT, 1, Limits.MAX_PER_WEEK);
            Integer maxInARow = cells.integer(row, "max_lessons_in_a_row", TeacherLimits.NO_LIMIT, 1,
                    Limits.MAX_PER_DAY);
            Integer minDays = cells.integer(row, "min_days_per_week", 0, 1,
                    bellSchedule == null ? Limits.MAX_PER_WEEK : bellSchedule.getDays().size());
            List<IntervalDays> intervalDays = intervalDays(cells, row);
            BuildingLimits buildingLimits = buildingLimits(cells, row);
            List<TagLimit> tagLimits = tagLimits(cells, row);
            TeacherLimits limits = new TeacherLimits(maxDays == null ? TeacherLimits.NO_LIMIT : maxDays,
                    limit(cells, row, "min_lessons_per_day", Limits.MAX_PER_DAY),
                    limit(cells, row, "max_gaps_per_day", Limits.MAX_PER_DAY),
                    limit(cells, row, "max_gaps_per_week", Limits.MAX_PER_WEEK),
                    maxInARow == null ? TeacherLimits.NO_LIMIT : maxInARow);
            if (id != null && role != null) {
                roleByTeacher.put(id, role);
            }
            if (release != null && release > 0 && role != null && role != TeacherRole.TEACHER_LEADER) {
                cells.problem(row, "release_per_day", "release time is for a TEACHER_LEADER; this teacher is "
                        + role + ", so leave release_per_day empty or set the role");
            } else if (release != null && release > 0 && maxTeaching != null && release >= maxTeaching) {
                cells.problem(row, "release_per_day", "release_per_day " + release
                        + " must be less than the teaching limit of " + maxTeaching
                        + " a day (max_teaching_per_day)");
            }
            String homeroom = cells.text(row, "homeroom");
            if (homeroom != null && known(cells, row, "homeroom", homeroom, groupIds, BundleFile.GROUPS, "group")) {
                Row claim = homeroomClaims.putIfAbsent(homeroom, row);
                if (claim != null) {
                    cells.problem(row, "homeroom", "group " + quote(homeroom) + " is already the homeroom of "
                            + "teacher " + quote(claim.get("id")) + " on line " + claim.line());
                }
            }
            if (id != null && problems.count() == before && bellSchedule != null) {
                Teacher teacher = new Teacher(id, name, subjects, role, release, unavailable, maxTeaching, salary,
                        settings.minPlanningMinutesPerWeek(), settings.maxConsecutiveTeaching(), bellSchedule);
                teacher.setLimits(limits);
                teacher.setMinDaysPerWeek(minDays == null ? 0 : minDays);
                teacher.setIntervalDays(intervalDays);
                teacher.setBuildingLimits(buildingLimits);
                teacher.setTagLimits(tagLimits);
                teachers.put(id, teacher);
                if (homeroom != null) {
                    homeroomOf.put(teacher, homeroom);
                }
            }
        }
        // Before any Section is built: a section reads its groups' homeroom teachers when constructed.
        homeroomOf.forEach((teacher, groupId) -> {
            StudentGroup group = groups.get(groupId);
            if (group != null) {
                teacher.setHomeroom(group);
                group.setHomeroomTeacher(teacher);
            }
        });
    }

    private void readSections() {
        Cells cells = cells(BundleFile.SECTIONS);
        if (cells == null) {
            return;
        }
        checkCount(cells, Limits.MAX_SECTIONS, "section", "sections");
        for (Row row : cells.rows()) {
            String course = row.get("course");
            if (course != null) {
                sectionsByCourse.merge(course, 1, Integer::sum);
            }
        }
        for (Row row : cells.rows()) {
            readSection(cells, row);
        }
    }

    private void readSection(Cells cells, Row row) {
        int before = problems.count();
        String id = ownId(row, sectionIds);
        String course = cells.required(row, "course");
        String subject = cells.text(row, "subject");
        String teacherId = cells.required(row, "teacher");
        if (teacherId != null) {
            known(cells, row, "teacher", teacherId, teacherIds, BundleFile.TEACHERS, "teacher");
        }
        List<String> coTeacherIds = cells.list(row, "co_teacher");
        for (String coTeacherId : coTeacherIds) {
            known(cells, row, "co_teacher", coTeacherId, teacherIds, BundleFile.TEACHERS, "teacher");
        }
        List<String> groupList = cells.list(row, "groups");
        Set<String> seenGroups = new HashSet<>();
        for (String groupId : groupList) {
            if (!seenGroups.add(groupId)) {
                cells.problem(row, "groups", "group " + quote(groupId) + " is listed twice");
            } else {
                known(cells, row, "groups", groupId, groupIds, BundleFile.GROUPS, "group");
            }
        }
        List<StudentGroup> sectionGroups = groupList.stream().distinct().map(groups::get)
                .filter(Objects::nonNull).toList();
        Integer enrollment = row.get("enrollment") == null ? groupEnrollment(cells, row, sectionGroups, seenGroups)
                : cells.integer(row, "enrollment", null, 0, Limits.MAX_STUDENTS);
        String roomKind = cells.code(row, "room_kind", Room.GENERAL);
        String family = cells.code(row, "family", BlockFamily.DAILY);
        if (family != null && !bellReader.knownFamily(family)) {
            cells.problem(row, "family", "family " + quote(family) + " is not DAILY, SINGLE, DOUBLE or a family "
                    + "of " + BundleFile.BLOCKS.fileName());
            family = null;
        }
        Integer meetings = cells.integer(row, "meetings", 1, 1, Limits.MAX_MEETINGS);
        List<String> fixedBlockIds = cells.entries(row, "fixed_block");
        List<String> fixedRoomIds = cells.entries(row, "fixed_room");
        boolean roomsKnown = fixedRoomIds != null && fixedRoomIds.stream().filter(Objects::nonNull)
                .allMatch(roomId -> known(cells, row, "fixed_room", roomId, roomIds, BundleFile.ROOMS, "room"));
        List<Block> listedBlocks = listedBlocks(cells, row, family);
        List<Block> lockedBlocks = lockedBlocks(cells, row, family, meetings, fixedBlockIds, listedBlocks);
        if (bellSchedule != null && family != null && meetings != null) {
            long locked = lockedBlocks == null ? 0 : lockedBlocks.stream().filter(Objects::nonNull).count();
            countBlockChoices(cells, row, "meetings", locked + (meetings - locked) * blocksOf(family).size());
        }
        List<Room> listedRooms = listedRooms(cells, row, enrollment);
        List<Room> suitableRooms = listedRooms != null && !listedRooms.isEmpty() ? listedRooms
                : suitableRooms(cells, row, roomKind, enrollment, fixedRoomIds != null && !fixedRoomIds.isEmpty()
                        && (fixedRoomIds.size() == 1 || !fixedRoomIds.contains(null)));
        Teacher teacher = teacherId == null ? null : teachers.get(teacherId);
        List<Teacher> coTeachers = coTeacherIds.stream().map(teachers::get).filter(Objects::nonNull).toList();
        List<Room> lockedRooms = roomsKnown ? lockedRooms(cells, row, meetings, fixedRoomIds, roomKind, listedRooms,
                enrollment, lockedBlocks) : null;
        if (teacher != null && lockedBlocks != null && coTeachers.size() == coTeacherIds.size()) {
            checkStaffAvailable(cells, row, teacher, coTeachers, lockedBlocks);
        }
        int days = bellSchedule == null ? Limits.MAX_PER_WEEK : bellSchedule.getDays().size();
        Integer minDaysBetween = cells.integer(row, "min_days_between", 0, 0, days - 1);
        Boolean endsDay = yesOrNo(cells, row, "ends_day");
        Integer minDaysBetweenSoft = cells.integer(row, "min_days_between_soft", 0, 0, days - 1);
        // Spread by default: only an explicit no leaves the section out of the default spread rules.
        Boolean courseSpread = cells.text(row, "course_spread") == null ? Boolean.TRUE
                : yesOrNo(cells, row, "course_spread");
        List<String> tags = cells.list(row, "tags").stream().filter(tag -> cells.validId(row, "tags", tag))
                .distinct().toList();
        if (id == null || problems.count() != before || teacher == null || bellSchedule == null
                || coTeachers.size() != coTeacherIds.size() || sectionGroups.size() != groupList.size()
                || enrollment == null || suitableRooms == null || listedBlocks == null || listedRooms == null
                || lockedBlocks == null || lockedRooms == null) {
            return;
        }
        Section section = new Section(id, course, subject, teacher, coTeachers, sectionGroups, enrollment, roomKind,
                family, meetings, null, null);
        section.setAllowedBlocks(listedBlocks.isEmpty() ? blocksOf(family) : listedBlocks);
        locksBySection.put(section, new SectionLocks(lockedBlocks, lockedRooms));
        sectionLines.put(section, row.line());
        section.setSuitableRooms(suitableRooms);
        section.setListedRooms(listedRooms);
        section.setMinDaysBetween(minDaysBetween);
        section.setEndsDay(endsDay);
        section.setMinDaysBetweenSoft(minDaysBetweenSoft);
        section.setCourseSpread(courseSpread);
        section.setTags(tags);
        sections.add(section);
        sectionsById.put(id, section);
    }

    /** The section's {@code blocks}: block ids of its family it may take (empty: every block of the family). */
    private List<Block> listedBlocks(Cells cells, Row row, String family) {
        List<String> ids = cells.list(row, "blocks");
        if (ids.isEmpty() || bellSchedule == null || family == null) {
            return List.of();
        }
        List<Block> listed = new ArrayList<>();
        for (String blockId : ids) {
            Block block = bellSchedule.block(blockId);
            if (block == null || !block.getFamily().equals(family)) {
                cells.problem(row, "blocks", "block " + quote(blockId) + " is not a block of the section's family "
                        + family + "; blocks of " + family + " are named like " + blocksOf(family).get(0).getId()
                        + Cells.listHint("blocks", blockId));
                return null;
            }
            if (!listed.contains(block)) {
                listed.add(block);
            }
        }
        return listed;
    }

    /**
     * The section's {@code rooms}: the only rooms it may use, of any kind (empty: every room of its room_kind that
     * holds its enrollment).
     */
    private List<Room> listedRooms(Cells cells, Row row, Integer enrollment) {
        List<String> ids = cells.list(row, "rooms");
        List<Room> listed = new ArrayList<>();
        for (String roomId : ids) {
            if (!known(cells, row, "rooms", roomId, roomIds, BundleFile.ROOMS, "room")) {
                return null;
            }
            Room room = rooms.get(roomId);
            if (room != null && !listed.contains(room)) {
                listed.add(room);
            }
        }
        if (!listed.isEmpty() && enrollment != null && listed.stream().noneMatch(room -> room.getCapacity() >= enrollment)) {
            cells.problem(row, "rooms", "the section can never fit: none of its rooms holds " + enrollment
                    + " students");
            return null;
        }
        return enrollment == null ? listed
                : listed.stream().filter(room -> room.getCapacity() >= enrollment).toList();
    }

    /** An optional yes/no cell ({@code true}, {@code yes}, {@code 1}; {@code false}, {@code no}, {@code 0}). */
    private static Boolean yesOrNo(Cells cells, Row row, String column) {
        String value = cells.text(row, column);
        if (value == null) {
            return Boolean.FALSE;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> {
                cells.problem(row, column, column + " " + quote(value) + " is not yes or no");
                yield null;
            }
        };
    }

    /**
     * A teacher's interval_max_days: entries {@code FROM..TO:DAYS} (periods of bell_schedule.csv, the most days with
     * a lesson from FROM through TO); an empty list after reporting a bad entry.
     */
    /** A teacher's max_tagged_per_day and max_tagged_in_a_row entries ({@code LAB:2}), one limit per tag. */
    private static List<TagLimit> tagLimits(Cells cells, Row row) {
        Map<String, int[]> byTag = new LinkedHashMap<>();
        List<String> columns = List.of("max_tagged_per_day", "max_tagged_in_a_row");
        for (int which = 0; which < columns.size(); which++) {
            String column = columns.get(which);
            for (String entry : cells.list(row, column)) {
                int colon = entry.lastIndexOf(':');
                String tag = colon <= 0 ? null : entry.substring(0, colon);
                if (tag == null || !cells.validId(row, column, tag)) {
                    cells.problem(row, column, quote(entry) + " is not TAG:TIMESLOTS, e.g. LAB:2 (at most 2 "
                            + "timeslots of lessons of sections tagged LAB)");
                    continue;
                }
                Long max = cells.whole(row, column, "the timeslots of " + quote(entry), entry.substring(colon + 1),
                        null, which == 0 ? 0 : 1, Limits.MAX_PER_DAY);
                int[] limits = byTag.computeIfAbsent(tag, key -> new int[] {TagLimit.NO_LIMIT, TagLimit.NO_LIMIT});
                if (max != null && limits[which] != TagLimit.NO_LIMIT) {
                    cells.problem(row, column, "tag " + quote(tag) + " is listed twice");
                } else if (max != null) {
                    limits[which] = max.intValue();
                }
            }
        }
        List<TagLimit> limits = new ArrayList<>();
        byTag.forEach((tag, max) -> limits.add(new TagLimit(tag, max[0], max[1])));
        return limits;
    }

    private List<IntervalDays> intervalDays(Cells cells, Row row) {
        List<IntervalDays> limits = new ArrayList<>();
        for (String entry : cells.list(row, "interval_max_days")) {
            int colon = entry.lastIndexOf(':');
            int dots = entry.indexOf("..");
            if (colon < 0 || dots < 0 || dots > colon) {
                cells.problem(row, "interval_max_days", quote(entry) + " is not FROM..TO:DAYS, e.g. P5..P7:2 (at "
                        + "most 2 days with a lesson from P5 through P7)");
                return List.of();
            }
            String from = entry.substring(0, dots);
            String to = entry.substring(dots + 2, colon);
            Long maxDays = cells.whole(row, "interval_max_days", "the days of " + quote(entry),
                    entry.substring(colon + 1), null, 0, Limits.MAX_PER_WEEK);
            if (maxDays == null || bellSchedule == null) {
                return List.of();
            }
            SlotSet.Builder slots = new SlotSet.Builder();
            boolean fromSeen = false;
            boolean toSeen = false;
            boolean inOrder = true;
            for (List<Timeslot> day : bellSchedule.getTimeslotsByDay()) {
                int first = -1;
                int last = -1;
                for (Timeslot timeslot : day) {
                    first = timeslot.period().equals(from) ? timeslot.indexInDay() : first;
                    last = timeslot.period().equals(to) ? timeslot.indexInDay() : last;
                }
                fromSeen |= first >= 0;
                toSeen |= last >= 0;
                if (first >= 0 && last >= 0 && first > last) {
                    inOrder = false;
                }
                for (Timeslot timeslot : day) {
                    if (first >= 0 && last >= 0 && timeslot.indexInDay() >= first && timeslot.indexInDay() <= last) {
                        slots.add(timeslot.index());
                    }
                }
            }
            if (!fromSeen || !toSeen) {
                cells.problem(row, "interval_max_days", quote(entry) + ": period " + quote(fromSeen ? to : from)
                        + " is not in bell_schedule.csv");
                return List.of();
            }
            if (!inOrder) {
                cells.problem(row, "interval_max_days", quote(entry) + ": " + from + " comes after " + to
                        + " in the day");
                return List.of();
            }
            limits.add(new IntervalDays(from, to, slots.build(), maxDays.intValue()));
        }
        return limits;
    }

    private void readSectionLinks() {
        Cells cells = cells(BundleFile.SECTION_LINKS);
        if (cells == null) {
            return;
        }
        Map<Section, List<SectionLink>> linksOf = new LinkedHashMap<>();
        for (Row row : cells.rows()) {
            int before = problems.count();
            SectionLink.Kind kind = cells.choice(row, "kind", SectionLink.Kind.class, null);
            List<String> ids = cells.list(row, "sections");
            if (cells.required(row, "kind") == null || cells.required(row, "sections") == null) {
                continue;
            }
            // One section may keep all its lessons in one room, or apart; the other kinds relate sections.
            boolean alone = kind == SectionLink.Kind.SAME_ROOM || kind == SectionLink.Kind.MIN_GAP;
            if (ids.size() < (alone ? 1 : 2)) {
                cells.problem(row, "sections", "a link needs at least two sections, separated by ';'");
            }
            Integer minGap = 0;
            if (kind == SectionLink.Kind.MIN_GAP) {
                minGap = cells.integer(row, "min_gap", null, 1, Limits.MAX_PER_DAY);
                if (minGap == null && row.get("min_gap") == null) {
                    cells.problem(row, "min_gap", "a MIN_GAP link needs min_gap, the timeslots at least between "
                            + "two of its lessons on one day");
                }
            } else if (kind != null && row.get("min_gap") != null) {
                cells.problem(row, "min_gap", "min_gap is for MIN_GAP links only; leave it empty for " + kind);
            }
            List<Section> linked = new ArrayList<>();
            for (String sectionId : ids) {
                if (known(cells, row, "sections", sectionId, sectionIds, BundleFile.SECTIONS, "section")) {
                    Section section = sectionsById.get(sectionId);
                    if (section != null && !linked.contains(section)) {
                        linked.add(section);
                    }
                }
            }
            if (problems.count() == before && kind != null && linked.size() == ids.size()) {
                SectionLink link = new SectionLink(kind, linked, minGap);
                linked.forEach(section -> linksOf.computeIfAbsent(section, key -> new ArrayList<>()).add(link));
            }
        }
        linksOf.forEach(Section::setLinks);
    }

    /** Reports, on the first row past it, a file with more rows than the school may have of them. */
    private static void checkCount(Cells cells, int limit, String noun, String plural) {
        if (cells.rows().size() > limit) {
            cells.problem(cells.rows().get(limit), "id", String.format("this is %s %,d of %,d; a school has at most "
                    + "%,d %s", noun, limit + 1, cells.rows().size(), limit, plural));
        }
    }

    /** Adds a lesson's or team's block choices, reporting the row on which the school's total passes the limit. */
    private void countBlockChoices(Cells cells, Row row, String column, long choices) {
        long before = blockChoices;
        blockChoices += choices;
        if (before <= Limits.MAX_BLOCK_CHOICES && blockChoices > Limits.MAX_BLOCK_CHOICES) {
            cells.problem(row, column, String.format("lessons and team meetings reach %,d block choices with this "
                    + "row (each one times the blocks it may take), more than the limit of %,d in a school; use "
                    + "families with fewer blocks, or fewer lessons or meetings", blockChoices,
                    Limits.MAX_BLOCK_CHOICES));
        }
    }

    /** Checks a team's attendees (members and leader) and the school's memberships so far against their limits. */
    private void countAttendees(Cells cells, Row row, int attendees, boolean listCut) {
        // A list cut at its limit is reported already, and its count would mislead.
        if (attendees > Limits.MAX_TEAM_SIZE && !listCut) {
            cells.problem(row, "members", String.format("the team has %,d attendees (members and leader), more than "
                    + "the limit of %,d a team; split it into smaller teams", attendees, Limits.MAX_TEAM_SIZE));
        }
        long before = teamMemberships;
        teamMemberships += attendees;
        if (before <= Limits.MAX_TEAM_MEMBERSHIPS && teamMemberships > Limits.MAX_TEAM_MEMBERSHIPS) {
            cells.problem(row, "members", String.format("team memberships reach %,d with this team (each team's "
                    + "members and leader, added over the teams), more than the limit of %,d in a school",
                    teamMemberships, Limits.MAX_TEAM_MEMBERSHIPS));
        }
    }

    /**
     * The sum of the section's groups' sizes, its enrollment when none is given; null when a group was not read, or
     * after reporting a sum past the limit of a section's enrollment.
     */
    private static Integer groupEnrollment(Cells cells, Row row, List<StudentGroup> sectionGroups,
            Set<String> seenGroups) {
        if (sectionGroups.size() != seenGroups.size()) {
            return null;
        }
        long students = sectionGroups.stream().mapToLong(StudentGroup::getSize).sum();
        if (students > Limits.MAX_STUDENTS) {
            cells.problem(row, "groups", String.format("the groups' sizes add up to %,d students, more than the "
                    + "limit of %,d in a section; give the section's enrollment", students, Limits.MAX_STUDENTS));
            return null;
        }
        return (int) students;
    }

    /** A section's locks: the block and the room of each lesson, null where the solver chooses. */
    private record SectionLocks(List<Block> blocks, List<Room> rooms) {
    }

    /**
     * The block each lesson is locked to ({@code fixed_block}, one entry a lesson, empty entries free), null for a
     * free lesson, after checking that the section's family can hold it at all; null after a problem.
     */
    private List<Block> lockedBlocks(Cells cells, Row row, String family, Integer meetings, List<String> ids,
            List<Block> listedBlocks) {
        if (bellSchedule == null || family == null || meetings == null || ids == null) {
            return null;
        }
        List<Block> familyBlocks = bellSchedule.blocksOf(family);
        if (familyBlocks.isEmpty()) {
            cells.problem(row, "family", "the section can never fit: family " + family
                    + " has no blocks in this bell schedule");
            return null;
        }
        if (meetings > familyBlocks.size()) {
            cells.problem(row, "meetings", "the section can never fit: it meets " + meetings
                    + " times but family " + family + " has only " + familyBlocks.size()
                    + (familyBlocks.size() == 1 ? " block" : " blocks"));
            return null;
        }
        List<Block> locked = new ArrayList<>(java.util.Collections.nCopies(meetings, (Block) null));
        if (ids.isEmpty()) {
            return locked;
        }
        if (ids.size() != meetings) {
            cells.problem(row, "fixed_block", "fixed_block lists " + ids.size() + (ids.size() == 1 ? " block" :
                    " entries") + " for the section's " + meetings + " lessons; give one block a lesson, separated "
                    + "by ';', and leave an entry empty for a lesson the solver places (e.g. "
                    + familyBlocks.get(0).getId() + ";" + (meetings > 2 ? ";".repeat(meetings - 2) : "") + ")");
            return null;
        }
        boolean valid = true;
        for (int index = 0; index < meetings; index++) {
            String blockId = ids.get(index);
            if (blockId == null) {
                continue;
            }
            Block block = bellSchedule.block(blockId);
            if (block == null || !block.getFamily().equals(family)) {
                cells.problem(row, "fixed_block", "block " + quote(blockId) + " is not a block of the section's "
                        + "family " + family + (block == null ? "" : " (it is " + block.getFamily() + ")")
                        + "; blocks of " + family + " are named like " + familyBlocks.get(0).getId());
                valid = false;
                continue;
            }
            if (listedBlocks != null && !listedBlocks.isEmpty() && !listedBlocks.contains(block)) {
                cells.problem(row, "fixed_block", "block " + quote(blockId) + " is not among the section's blocks ("
                        + listedBlocks.stream().map(Block::getId).collect(Collectors.joining(";")) + ")");
                valid = false;
                continue;
            }
            for (int other = 0; other < index; other++) {
                Block earlier = locked.get(other);
                if (earlier != null && earlier.overlaps(block)) {
                    cells.problem(row, "fixed_block", lessonName(meetings, index) + " is locked to " + blockId
                            + ", which overlaps " + earlier.getId() + " of lesson " + (other + 1)
                            + "; a section's lessons cannot meet at the same time");
                    valid = false;
                }
            }
            locked.set(index, block);
        }
        return valid ? locked : null;
    }

    private static String lessonName(int meetings, int index) {
        return meetings == 1 ? "the lesson" : "lesson " + (index + 1);
    }

    /**
     * The room each lesson is locked to ({@code fixed_room}: one room for every lesson, or one entry a lesson with
     * empty entries free), after checking that it suits the section; null after a problem.
     */
    private List<Room> lockedRooms(Cells cells, Row row, Integer meetings, List<String> ids, String roomKind,
            List<Room> listedRooms, Integer enrollment, List<Block> lockedBlocks) {
        if (meetings == null) {
            return null;
        }
        List<Room> locked = new ArrayList<>(java.util.Collections.nCopies(meetings, (Room) null));
        if (ids.isEmpty()) {
            return locked;
        }
        if (ids.size() != 1 && ids.size() != meetings) {
            cells.problem(row, "fixed_room", "fixed_room lists " + ids.size() + " entries for the section's "
                    + meetings + " lessons; give one room for all of them, or one a lesson separated by ';' with an "
                    + "entry left empty for a lesson the solver gives a room");
            return null;
        }
        if (problems.any(BundleFile.ROOMS)) {
            return null;
        }
        boolean valid = true;
        for (int index = 0; index < meetings; index++) {
            String roomId = ids.get(ids.size() == 1 ? 0 : index);
            if (roomId == null) {
                continue;
            }
            Room room = rooms.get(roomId);
            if (listedRooms != null && !listedRooms.isEmpty() ? !listedRooms.contains(room)
                    : roomKind != null && !room.getKind().equals(roomKind)) {
                cells.problem(row, "fixed_room", "room " + quote(roomId) + (listedRooms != null
                        && !listedRooms.isEmpty() ? " is not among the section's rooms" : " is " + room.getKind()
                        + ", not the section's room_kind " + roomKind));
                return null;
            }
            if (enrollment != null && room.getCapacity() < enrollment) {
                cells.problem(row, "fixed_room", "room " + quote(roomId) + " holds " + room.getCapacity()
                        + ", fewer than the enrollment of " + enrollment);
                return null;
            }
            Block block = lockedBlocks == null ? null : lockedBlocks.get(index);
            if (block != null && block.getSlots().overlaps(room.getUnavailable())) {
                cells.problem(row, "fixed_room", "room " + quote(roomId) + " is unavailable in " + block.getId()
                        + " (rooms.csv), where " + lessonName(meetings, index) + " is locked");
                valid = false;
            }
            locked.set(index, room);
        }
        return valid ? locked : null;
    }

    /** Reports a lesson locked to a block in which one of its teachers is unavailable. */
    private static void checkStaffAvailable(Cells cells, Row row, Teacher teacher, List<Teacher> coTeachers,
            List<Block> lockedBlocks) {
        List<Teacher> staff = new ArrayList<>(List.of(teacher));
        staff.addAll(coTeachers);
        for (int index = 0; index < lockedBlocks.size(); index++) {
            Block block = lockedBlocks.get(index);
            for (Teacher member : staff) {
                if (block != null && block.getSlots().overlaps(member.getUnavailable())) {
                    cells.problem(row, "fixed_block", "teacher " + quote(member.getId()) + " is unavailable in "
                            + block.getId() + " (teachers.csv), where " + lessonName(lockedBlocks.size(), index)
                            + " is locked");
                }
            }
        }
    }

    /**
     * The rooms a lesson of the section may take, or null when unknown; reports a section that no room fits.
     * Skipped while rooms.csv has problems of its own.
     */
    private List<Room> suitableRooms(Cells cells, Row row, String roomKind, Integer enrollment,
            boolean everyRoomLocked) {
        if (problems.any(BundleFile.ROOMS) || roomKind == null || enrollment == null) {
            return null;
        }
        List<Room> ofKind = roomsByKind().getOrDefault(roomKind, List.of());
        // Shared between sections of one kind and size: List.copyOf in the section keeps an immutable list as is.
        List<Room> suitable = suitableByKindAndSize.computeIfAbsent(roomKind + "\n" + enrollment,
                key -> List.copyOf(ofKind.stream().filter(room -> room.getCapacity() >= enrollment).toList()));
        if (everyRoomLocked) {
            // Each lesson's own room is checked with its lock.
            return suitable;
        } else if (ofKind.isEmpty()) {
            cells.problem(row, "room_kind", "the section can never fit: no room of kind " + roomKind + " in "
                    + BundleFile.ROOMS.fileName());
        } else if (suitable.isEmpty()) {
            int largest = ofKind.stream().mapToInt(Room::getCapacity).max().orElse(0);
            cells.problem(row, "room_kind", "the section can never fit: no room of kind " + roomKind + " holds "
                    + enrollment + " students (the largest holds " + largest + ")");
        }
        return suitable;
    }

    /** A family's blocks as one immutable list, which every section and team of the family can share. */
    private List<Block> blocksOf(String family) {
        return blocksByFamily.computeIfAbsent(family, key -> List.copyOf(bellSchedule.blocksOf(key)));
    }

    private Map<String, List<Room>> roomsByKind() {
        if (roomsByKind == null) {
            roomsByKind = rooms.values().stream().collect(Collectors.groupingBy(Room::getKind, LinkedHashMap::new,
                    Collectors.toList()));
        }
        return roomsByKind;
    }

    private void readTeams() {
        Cells cells = cells(BundleFile.TEAMS);
        if (cells == null) {
            return;
        }
        for (Row row : cells.rows()) {
            int before = problems.count();
            String id = ownId(row, teamIds);
            String name = cells.text(row, "name");
            TeamKind kind = cells.choice(row, "kind", TeamKind.class, null);
            List<String> memberIds = cells.list(row, "members");
            Set<String> seen = new HashSet<>();
            for (String memberId : memberIds) {
                if (!seen.add(memberId)) {
                    cells.problem(row, "members", "teacher " + quote(memberId) + " is listed twice");
                } else {
                    known(cells, row, "members", memberId, teacherIds, BundleFile.TEACHERS, "teacher");
                }
            }
            String leaderId = cells.text(row, "leader");
            if (leaderId != null) {
                known(cells, row, "leader", leaderId, teacherIds, BundleFile.TEACHERS, "teacher");
            }
            if (memberIds.isEmpty() && leaderId == null) {
                cells.problem(row, "members", "a team needs members or a leader");
            }
            countAttendees(cells, row, seen.size() + (leaderId == null || seen.contains(leaderId) ? 0 : 1),
                    memberIds.size() > Limits.MAX_LIST_ITEMS);
            Integer meetingsPerWeek = cells.integer(row, "meetings_per_week", 1, 1, Limits.MAX_MEETINGS);
            Integer priority = cells.integer(row, "priority", 1, 1, Limits.MAX_PRIORITY);
            String family = cells.code(row, "family", BlockFamily.SINGLE);
            if (family != null && !bellReader.knownFamily(family)) {
                cells.problem(row, "family", "family " + quote(family) + " is not DAILY, SINGLE, DOUBLE or a "
                        + "family of " + BundleFile.BLOCKS.fileName());
            } else if (family != null && bellSchedule != null && bellSchedule.blocksOf(family).isEmpty()) {
                cells.problem(row, "family", "the team can never meet: family " + family
                        + " has no blocks in this bell schedule");
            } else if (family != null && bellSchedule != null && meetingsPerWeek != null) {
                countBlockChoices(cells, row, "meetings_per_week", (long) meetingsPerWeek * blocksOf(family).size());
            }
            List<Teacher> members = memberIds.stream().distinct().map(teachers::get).filter(Objects::nonNull)
                    .toList();
            Teacher leader = leaderId == null ? null : teachers.get(leaderId);
            List<Block> locked = lockedMeetingBlocks(cells, row, family, meetingsPerWeek);
            if (id != null && problems.count() == before && bellSchedule != null
                    && members.size() == memberIds.size() && (leaderId == null || leader != null)) {
                Team team = new Team(id, name, kind, members, leader, meetingsPerWeek, family, priority);
                team.setAllowedBlocks(blocksOf(family));
                for (int index = 0; index < locked.size(); index++) {
                    Block block = locked.get(index);
                    for (Teacher attendee : team.getAttendees()) {
                        if (block != null && block.getSlots().overlaps(attendee.getUnavailable())) {
                            cells.problem(row, "fixed_blocks", "teacher " + quote(attendee.getId())
                                    + " is unavailable in " + block.getId() + " (teachers.csv), where meeting "
                                    + (index + 1) + " is locked");
                        }
                    }
                }
                teams.add(team);
                lockedMeetingBlocks.put(team, locked);
                teamLines.put(team, row.line());
            }
        }
    }

    /**
     * The block each meeting is locked to ({@code fixed_blocks}, one entry a meeting, empty entries free), null for
     * a free meeting; after a problem, an empty list (the problem stops the build).
     */
    private List<Block> lockedMeetingBlocks(Cells cells, Row row, String family, Integer meetingsPerWeek) {
        List<String> ids = cells.entries(row, "fixed_blocks");
        if (ids == null || ids.isEmpty() || bellSchedule == null || family == null || meetingsPerWeek == null
                || bellSchedule.blocksOf(family).isEmpty()) {
            return List.of();
        }
        String example = bellSchedule.blocksOf(family).get(0).getId();
        if (ids.size() != meetingsPerWeek) {
            cells.problem(row, "fixed_blocks", "fixed_blocks lists " + ids.size() + (ids.size() == 1 ? " block"
                    : " entries") + " for the team's " + meetingsPerWeek + " meetings a week; give one block a "
                    + "meeting, separated by ';', and leave an entry empty for a meeting the solver places (e.g. "
                    + example + ";" + (meetingsPerWeek > 2 ? ";".repeat(meetingsPerWeek - 2) : "") + ")");
            return List.of();
        }
        List<Block> locked = new ArrayList<>();
        for (int index = 0; index < ids.size(); index++) {
            String blockId = ids.get(index);
            Block block = blockId == null ? null : bellSchedule.block(blockId);
            if (blockId != null && (block == null || !block.getFamily().equals(family))) {
                cells.problem(row, "fixed_blocks", "block " + quote(blockId) + " is not a block of the team's "
                        + "family " + family + (block == null ? "" : " (it is " + block.getFamily() + ")")
                        + "; blocks of " + family + " are named like " + example);
                block = null;
            }
            for (int other = 0; block != null && other < index; other++) {
                if (locked.get(other) != null && locked.get(other).overlaps(block)) {
                    cells.problem(row, "fixed_blocks", "meeting " + (index + 1) + " is locked to " + blockId
                            + ", which overlaps " + locked.get(other).getId() + " of meeting " + (other + 1));
                }
            }
            locked.add(block);
        }
        return locked;
    }

    private void readCoaching() {
        Cells cells = cells(BundleFile.COACHING);
        if (cells == null) {
            return;
        }
        Map<String, Integer> lineByPair = new HashMap<>();
        for (Row row : cells.rows()) {
            int before = problems.count();
            String leaderId = cells.required(row, "leader");
            String teacherId = cells.required(row, "teacher");
            if (leaderId != null
                    && known(cells, row, "leader", leaderId, teacherIds, BundleFile.TEACHERS, "teacher")) {
                TeacherRole role = roleByTeacher.get(leaderId);
                if (role != null && role != TeacherRole.TEACHER_LEADER) {
                    cells.problem(row, "leader", "teacher " + quote(leaderId) + " is " + role
                            + ", not TEACHER_LEADER; only a teacher-leader coaches");
                }
            }
            if (teacherId != null) {
                known(cells, row, "teacher", teacherId, teacherIds, BundleFile.TEACHERS, "teacher");
            }
            if (leaderId != null && leaderId.equals(teacherId)) {
                cells.problem(row, "teacher", "a leader does not coach themselves");
            }
            if (leaderId != null && teacherId != null) {
                Integer firstLine = lineByPair.putIfAbsent(leaderId + "\n" + teacherId, row.line());
                if (firstLine != null) {
                    cells.problem(row, "teacher", "the pair " + leaderId + " -> " + teacherId
                            + " is already on line " + firstLine);
                }
            }
            Integer observations = cells.integer(row, "observations_per_week", 2, 0, Limits.MAX_MEETINGS);
            Teacher leader = leaderId == null ? null : teachers.get(leaderId);
            Teacher teacher = teacherId == null ? null : teachers.get(teacherId);
            if (problems.count() == before && leader != null && teacher != null) {
                coachingPairs.add(new CoachingPair(leader, teacher, observations));
            }
        }
    }

    private void readCourseConflicts() {
        Cells cells = cells(BundleFile.COURSE_CONFLICTS);
        if (cells == null) {
            return;
        }
        // Without sections.csv every course would be unknown; that file's absence is reported already.
        boolean checkCourses = tables.containsKey(BundleFile.SECTIONS);
        Map<String, Integer> lineByPair = new HashMap<>();
        for (Row row : cells.rows()) {
            int before = problems.count();
            String courseA = cells.required(row, "course_a");
            String courseB = cells.required(row, "course_b");
            for (String column : List.of("course_a", "course_b")) {
                String course = row.get(column);
                if (course != null && checkCourses && !sectionsByCourse.containsKey(course)) {
                    cells.problem(row, column, "course " + quote(course) + " is not a course in "
                            + BundleFile.SECTIONS.fileName());
                }
            }
            if (courseA != null && courseA.equals(courseB)) {
                cells.problem(row, "course_b", "course_a and course_b are the same course");
            } else if (courseA != null && courseB != null) {
                String pair = courseA.compareTo(courseB) < 0 ? courseA + "\n" + courseB : courseB + "\n" + courseA;
                Integer firstLine = lineByPair.putIfAbsent(pair, row.line());
                if (firstLine != null) {
                    cells.problem(row, "course_b", "the pair " + courseA + ", " + courseB + " is already on line "
                            + firstLine);
                }
            }
            Integer students = requiredInteger(cells, row, "students", 1, Limits.MAX_STUDENTS);
            if (problems.count() == before) {
                courseConflicts.add(new CourseConflict(courseA, courseB, students));
            }
        }
    }
}
