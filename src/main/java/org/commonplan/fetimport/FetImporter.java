package org.commonplan.fetimport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.bundle.Limits;
import org.commonplan.output.SafeCsv;
import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.School;
import org.commonplan.fetimport.FetImportException.FetProblem;
import org.commonplan.fetimport.FetSchool.Activity;
import org.commonplan.fetimport.FetSchool.Constraint;
import org.commonplan.fetimport.FetSchool.Room;
import org.commonplan.fetimport.ImportReport.Result;

/**
 * Translates a FET file into a CommonPlan bundle (docs/fet-import.md has the whole mapping): FET's days and hours
 * become the bell schedule, subgroups become student groups, each activity group (a split activity) becomes a
 * section meeting once per sub-activity, and every constraint is mapped, approximated or dropped, each counted
 * in import-report.md.
 */
public final class FetImporter {

    /** Largest FET file read. */
    public static final int MAX_FILE_BYTES = FetReader.MAX_FILE_BYTES;
    /** The report written beside the CSV files. */
    public static final String REPORT = "import-report.md";
    /** Kind of the rooms made up for activities that need no room in FET. */
    static final String NO_ROOM_KIND = "NONE";
    private static final String GENERAL = org.commonplan.domain.Room.GENERAL;
    /** Columns of teachers.csv and groups.csv for limits on the shape of a week. */
    private static final List<String> TEACHER_LIMITS = List.of("max_days_per_week", "min_lessons_per_day",
            "max_gaps_per_day", "max_gaps_per_week", "max_lessons_in_a_row", "min_days_per_week");
    private static final List<String> GROUP_LIMITS = List.of("max_gaps_per_day", "max_gaps_per_week",
            "min_lessons_per_day", "max_lessons_per_day", "max_late_starts");
    /** Columns of teachers.csv and groups.csv for limits on building changes, written when a constraint sets one. */
    private static final List<String> BUILDING_LIMITS = List.of("max_building_changes_per_day",
            "max_building_changes_per_week", "min_gaps_between_building_changes");
    /** Columns of teachers.csv for limits on lessons of tagged sections, written when a constraint sets one. */
    private static final List<String> TAG_LIMITS = List.of("max_tagged_per_day", "max_tagged_in_a_row");
    /** The most teachers in one team made by {@code --teams subjects}. */
    static final int MAX_TEAM_SIZE = 8;
    /** A subject taught by at least this many teachers gets a team. */
    static final int MIN_TEAM_SIZE = 3;

    private static final String SOFT_ONLY = "weight below 100% and CommonPlan has this rule only as a hard rule";
    private static final String UNKNOWN_ACTIVITY = "names an activity that is inactive or not in the file";
    private static final String UNKNOWN_NAME = "names a teacher, students set, room, day or hour not in the file";
    private static final String RESTRICTED = "the section starts only where FET allows (a family of its own in "
            + "blocks.csv)";

    /** What the import may add beyond the FET file. */
    public record Options(boolean subjectTeams) {

        public static Options defaults() {
            return new Options(false);
        }
    }

    /**
     * A translated school: the bundle's files by name (CSV files and import-report.md), already read back
     * without problems by {@link BundleReader}.
     */
    public record Imported(String schoolName, Map<String, byte[]> files, Summary summary, Translation translation) {
    }

    /**
     * What a FET timetable of the file needs to become a schedule of the bundle, and what a reduced FET file
     * leaves out.
     *
     * @param lessons            each active activity's lesson, by FET activity id
     * @param roomIds            FET room name to the bundle's room id
     * @param droppedConstraints the constraints dropped, by position among the file's time then space constraints
     * @param days               FET's day names in order
     * @param hours              FET's hour names in order (period {@code P<n>} is hour n)
     */
    public record Translation(Map<Integer, ActivityLesson> lessons, Map<String, String> roomIds,
            List<Integer> droppedConstraints, List<String> days, List<String> hours) {
    }

    /** The lesson an activity became: lesson {@code number} of the section, {@code duration} periods long. */
    public record ActivityLesson(String section, int number, int duration) {
    }

    /** The figures a caller prints or checks. */
    public record Summary(int teachers, int placeholderTeachers, int groups, int rooms, int virtualRooms,
            int activities, int inactiveActivities, int sections, int lessons, int fixedLessons, int teams,
            int constraints, int mapped, int approximate, int dropped) {
    }

    private final FetSchool fet;
    private final Options options;
    private final TimeGrid grid;
    private final Ids ids = new Ids();
    private final ImportReport report = new ImportReport();
    private final Result[] results;
    private final String[] hows;
    private final Map<String, Integer> roomIndex = new HashMap<>();
    private final Map<String, BitSet> teacherUnavailable = new HashMap<>();
    private final Map<String, Integer> teacherMaxDaily = new HashMap<>();
    private final Map<Integer, BitSet> atomUnavailable = new HashMap<>();
    private final Map<Integer, List<Integer>> atomUnavailableConstraints = new HashMap<>();
    private final Map<String, BitSet> roomUnavailable = new HashMap<>();
    private Integer schoolMaxDaily;
    private Integer maxConsecutive;
    /** Limits on the shape of a teacher's week by teacher name, then column; "" for every teacher. */
    private final Map<String, Map<String, Integer>> teacherLimits = new HashMap<>();
    /** Entries of teachers.csv interval_max_days by FET teacher name ("" for every teacher). */
    private final Map<String, List<String>> teacherIntervals = new HashMap<>();
    /** Activity tags some teacher's limit counts: they reach sections.csv's tags. */
    private final Set<String> limitedTags = new TreeSet<>();
    /** Teachers' limits on tagged lessons by column (max_tagged_per_day, ...), teacher ("" for all), then tag. */
    private final Map<String, Map<String, Map<String, Integer>>> teacherTagLimits = new HashMap<>();
    /** The same for student groups, by atom; -1 for every group. */
    private final Map<Integer, Map<String, Integer>> groupLimits = new HashMap<>();
    private final List<SectionLinks.Request> linkRequests = new ArrayList<>();
    private List<List<String>> linkRows = List.of();
    private final Map<String, Section> sectionById = new HashMap<>();
    private final Map<Integer, Section> sectionOfActivity = new HashMap<>();
    private final Map<Integer, Plan> planById = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();
    /** Placeholder teacher id → whose it is ("group 7A", "section Art-14"). */
    private final Map<String, String> placeholderOf = new LinkedHashMap<>();
    private final Map<String, String> placeholderByOwner = new HashMap<>();
    private Families families;
    /** Lines about single sections, for the report's Activities part. */
    private final List<String> sectionNotes = new ArrayList<>();

    /** One active activity on its way to a section. */
    private static final class Plan {
        final Activity activity;
        final int component;
        final BitSet atoms;
        BitSet starts;
        Integer fixedStart;
        /** The constraint that locks the activity's time, to report a lock the bundle cannot keep. */
        int lockConstraint = -1;
        String lockedRoom;
        boolean endsDay;
        final List<BitSet> preferredRooms = new ArrayList<>();
        final List<BitSet> homeRooms = new ArrayList<>();
        final List<Integer> timeConstraints = new ArrayList<>();
        final List<Integer> roomConstraints = new ArrayList<>();
        final List<Integer> homeConstraints = new ArrayList<>();
        /** Whether a preferred-room constraint of any weight names the activity: then FET sets home rooms aside. */
        boolean roomPreferred;

        Plan(Activity activity, int component, BitSet atoms, BitSet starts) {
            this.activity = activity;
            this.component = component;
            this.atoms = atoms;
            this.starts = starts;
        }
    }

    /** A section being built from one or more plans of one activity group. */
    private static final class Section {
        String id;
        String course;
        String subject;
        final List<Plan> plans = new ArrayList<>();
        int duration;
        BitSet starts;
        BitSet rooms;
        String teacher;
        List<String> coTeachers = List.of();
        List<String> groups;
        List<String> roomList = List.of();
        int minDaysBetween;
        int minDaysBetweenSoft;
        /** Whether a FET days-between constraint at 100% names one of its lessons: else it may meet twice a day. */
        boolean hardSpread;
        boolean endsDay;
        int enrollment;
        String family;
        /** Its activities' tags that a teacher's limit counts. */
        List<String> tags = List.of();
        /** Per lesson, in plan order: the block its lock keeps it in, and the room ("" where free). */
        List<String> lockedBlocks = List.of();
        List<String> lockedRooms = List.of();
        String roomKind;

        List<Integer> activityIds() {
            return plans.stream().map(plan -> plan.activity.id()).toList();
        }

        Plan first() {
            return plans.get(0);
        }
    }

    private FetImporter(FetSchool fet, Options options) {
        this.fet = fet;
        this.options = options;
        this.grid = new TimeGrid(fet.days(), fet.hours());
        this.results = new Result[fet.constraints().size()];
        this.hows = new String[fet.constraints().size()];
        for (int i = 0; i < fet.rooms().size(); i++) {
            roomIndex.put(fet.rooms().get(i).name(), i);
        }
    }

    /** Reads and translates a FET file; the school is named by the file's institution, else by its file name. */
    public static Imported importFet(String fileName, byte[] bytes, Options options) throws FetImportException {
        FetSchool fet = FetReader.read(fileName, bytes);
        return new FetImporter(fet, options).translate();
    }

    private Imported translate() throws FetImportException {
        reserveIds();
        for (int i = 0; i < results.length; i++) {
            readWeekConstraint(i);
        }
        makePlans();
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null && !isSectionConstraint(fet.constraints().get(i).type())) {
                readActivityConstraint(i);
            }
        }
        makeSections();
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                readSectionConstraint(i);
            }
        }
        resolveLinks();
        assignRooms();
        assignFamilies();
        lockLessons();
        for (int i = 0; i < results.length; i++) {
            report.count(fet.constraints().get(i).type(), results[i], hows[i]);
        }
        return render();
    }

    /** FET's own names get their ids first, in file order, so that made-up ids give way to them. */
    private void reserveIds() {
        fet.teachers().forEach(teacher -> ids.id("teacher", teacher.name()));
        fet.rooms().forEach(room -> ids.id("room", room.name()));
        fet.subjects().forEach(subject -> ids.id("subject", subject));
        fet.students().atoms().forEach(atom -> ids.id("group", atom.name()));
    }

    private void decide(int constraint, Result result, String how) {
        results[constraint] = result;
        hows[constraint] = how;
    }

    /** Marks a constraint approximate unless it is already; the first reason is kept. */
    private void approximate(int constraint, String how) {
        if (results[constraint] == Result.MAPPED) {
            decide(constraint, Result.APPROXIMATE, how);
        }
    }

    // ----- constraints about the week, teachers, students and rooms (no activity named) -----

    private void readWeekConstraint(int index) {
        Constraint constraint = fet.constraints().get(index);
        XmlNode node = constraint.node();
        if (!constraint.active()) {
            decide(index, Result.DROPPED, "inactive in the FET file");
            return;
        }
        if (constraint.weight() <= 0) {
            decide(index, Result.DROPPED, "weight 0%: no effect in FET either");
            return;
        }
        switch (constraint.type()) {
            case "ConstraintBasicCompulsoryTime" -> decide(index, Result.MAPPED,
                    "teacher, student-group and room conflicts are hard rules");
            case "ConstraintBasicCompulsorySpace" -> decide(index, Result.MAPPED,
                    "room conflicts and room capacity are hard rules");
            case "ConstraintBreakTimes" -> {
                BitSet slots = slots(node, "Break_Time", "Day", "Hour");
                if (slots == null) {
                    decide(index, Result.DROPPED, UNKNOWN_NAME);
                } else {
                    slots.stream().forEach(grid::addBreak);
                    decide(index, Result.MAPPED, "OTHER periods in bell_schedule.csv: no lesson is in or across "
                            + "them");
                }
            }
            case "ConstraintTeacherNotAvailableTimes" -> {
                String teacher = node.text("Teacher");
                BitSet slots = slots(node, "Not_Available_Time", "Day", "Hour");
                if (!constraint.hard()) {
                    decide(index, Result.DROPPED, SOFT_ONLY);
                } else if (slots == null || !isTeacher(teacher)) {
                    decide(index, Result.DROPPED, UNKNOWN_NAME);
                } else {
                    teacherUnavailable.computeIfAbsent(teacher, key -> new BitSet()).or(slots);
                    decide(index, Result.MAPPED, "unavailable in teachers.csv");
                }
            }
            case "ConstraintRoomNotAvailableTimes" -> {
                String room = node.text("Room");
                BitSet slots = slots(node, "Not_Available_Time", "Day", "Hour");
                if (!constraint.hard()) {
                    decide(index, Result.DROPPED, SOFT_ONLY);
                } else if (slots == null || !roomIndex.containsKey(room)) {
                    decide(index, Result.DROPPED, UNKNOWN_NAME);
                } else {
                    roomUnavailable.computeIfAbsent(room, key -> new BitSet()).or(slots);
                    decide(index, Result.MAPPED, "unavailable in rooms.csv");
                }
            }
            case "ConstraintStudentsSetNotAvailableTimes" -> {
                String set = node.text("Students");
                BitSet slots = slots(node, "Not_Available_Time", "Day", "Hour");
                if (!constraint.hard()) {
                    decide(index, Result.DROPPED, "weight below 100% and CommonPlan has no soft preference of "
                            + "times");
                } else if (slots == null || set == null || !fet.students().known(set)) {
                    decide(index, Result.DROPPED, UNKNOWN_NAME);
                } else {
                    BitSet atoms = fet.students().atomsOf(set);
                    atoms.stream().forEach(atom -> {
                        atomUnavailable.computeIfAbsent(atom, key -> new BitSet()).or(slots);
                        atomUnavailableConstraints.computeIfAbsent(atom, key -> new ArrayList<>()).add(index);
                    });
                    decide(index, Result.MAPPED, "unavailable in groups.csv (a late start counts from the group's "
                            + "first period it is not away in, as in FET), and the sections of those students start "
                            + "only where their lessons avoid these times (a family of blocks in blocks.csv)");
                }
            }
            case "ConstraintTeacherMaxHoursDaily" -> {
                String teacher = node.text("Teacher_Name");
                Integer max = whole(node.text("Maximum_Hours_Daily"));
                if (!constraint.hard()) {
                    decide(index, Result.DROPPED, SOFT_ONLY);
                } else if (max == null || !isTeacher(teacher)) {
                    decide(index, Result.DROPPED, UNKNOWN_NAME);
                } else {
                    teacherMaxDaily.merge(teacher, Math.max(max, 0), Math::min);
                    decide(index, Result.MAPPED, "max_teaching_per_day of the teacher in teachers.csv");
                }
            }
            case "ConstraintTeachersMaxHoursDaily" -> {
                Integer max = whole(node.text("Maximum_Hours_Daily"));
                if (!constraint.hard()) {
                    decide(index, Result.DROPPED, SOFT_ONLY);
                } else if (max == null) {
                    decide(index, Result.DROPPED, UNKNOWN_NAME);
                } else {
                    schoolMaxDaily = schoolMaxDaily == null ? max : Math.min(schoolMaxDaily, max);
                    decide(index, Result.MAPPED, "max_teaching_per_day in settings.csv, for every teacher");
                }
            }
            case "ConstraintTeachersMaxHoursContinuously" -> {
                Integer max = whole(node.text("Maximum_Hours_Continuously"));
                if (max == null || max < 1) {
                    decide(index, Result.DROPPED, UNKNOWN_NAME);
                } else {
                    if (constraint.hard()) {
                        teacherLimit(index, constraint, "Maximum_Hours_Continuously", "max_lessons_in_a_row", 1);
                    } else {
                        maxConsecutive = maxConsecutive == null ? max : Math.min(maxConsecutive, max);
                        decide(index, Result.MAPPED, "max_consecutive_teaching in settings.csv (soft)");
                    }
                }
            }
            case "ConstraintTeacherMaxDaysPerWeek", "ConstraintTeachersMaxDaysPerWeek" ->
                    teacherLimit(index, constraint, "Max_Days_Per_Week", "max_days_per_week", 1);
            case "ConstraintTeacherMinDaysPerWeek", "ConstraintTeachersMinDaysPerWeek" ->
                    teacherLimit(index, constraint, "Minimum_Days_Per_Week", "min_days_per_week", 1);
            case "ConstraintTeacherIntervalMaxDaysPerWeek", "ConstraintTeachersIntervalMaxDaysPerWeek" ->
                    intervalDays(index, constraint);
            case "ConstraintTeacherActivityTagMaxHoursDaily", "ConstraintTeachersActivityTagMaxHoursDaily" ->
                    tagLimit(index, constraint, "Maximum_Hours_Daily", "max_tagged_per_day");
            case "ConstraintTeacherActivityTagMaxHoursContinuously",
                    "ConstraintTeachersActivityTagMaxHoursContinuously" ->
                    tagLimit(index, constraint, "Maximum_Hours_Continuously", "max_tagged_in_a_row");
            case "ConstraintTeacherMinHoursDaily", "ConstraintTeachersMinHoursDaily" -> {
                teacherLimit(index, constraint, "Minimum_Hours_Daily", "min_lessons_per_day", 0);
                if (results[index] == Result.MAPPED && "false".equals(node.text("Allow_Empty_Days"))) {
                    decide(index, Result.APPROXIMATE, "min_lessons_per_day, which holds on the days the teacher "
                            + "teaches; FET also makes them come every day");
                }
            }
            case "ConstraintTeacherMaxGapsPerDay", "ConstraintTeachersMaxGapsPerDay" ->
                    teacherLimit(index, constraint, "Max_Gaps", "max_gaps_per_day", 0);
            case "ConstraintTeacherMaxGapsPerWeek", "ConstraintTeachersMaxGapsPerWeek" ->
                    teacherLimit(index, constraint, "Max_Gaps", "max_gaps_per_week", 0);
            case "ConstraintTeacherMaxHoursContinuously" ->
                    teacherLimit(index, constraint, "Maximum_Hours_Continuously", "max_lessons_in_a_row", 1);
            case "ConstraintTeacherMaxBuildingChangesPerDay", "ConstraintTeachersMaxBuildingChangesPerDay" ->
                    teacherLimit(index, constraint, "Teacher", "Max_Building_Changes_Per_Day",
                            "max_building_changes_per_day", 0);
            case "ConstraintTeacherMaxBuildingChangesPerWeek", "ConstraintTeachersMaxBuildingChangesPerWeek" ->
                    teacherLimit(index, constraint, "Teacher", "Max_Building_Changes_Per_Week",
                            "max_building_changes_per_week", 0);
            case "ConstraintTeacherMinGapsBetweenBuildingChanges",
                    "ConstraintTeachersMinGapsBetweenBuildingChanges" ->
                    teacherLimit(index, constraint, "Teacher", "Min_Gaps_Between_Building_Changes",
                            "min_gaps_between_building_changes", 0);
            case "ConstraintStudentsSetMaxBuildingChangesPerDay", "ConstraintStudentsMaxBuildingChangesPerDay" ->
                    groupLimit(index, constraint, "Max_Building_Changes_Per_Day", "max_building_changes_per_day", 0);
            case "ConstraintStudentsSetMaxBuildingChangesPerWeek", "ConstraintStudentsMaxBuildingChangesPerWeek" ->
                    groupLimit(index, constraint, "Max_Building_Changes_Per_Week", "max_building_changes_per_week",
                            0);
            case "ConstraintStudentsSetMinGapsBetweenBuildingChanges",
                    "ConstraintStudentsMinGapsBetweenBuildingChanges" ->
                    groupLimit(index, constraint, "Min_Gaps_Between_Building_Changes",
                            "min_gaps_between_building_changes", 0);
            case "ConstraintStudentsSetMaxGapsPerDay", "ConstraintStudentsMaxGapsPerDay" ->
                    groupLimit(index, constraint, "Max_Gaps", "max_gaps_per_day", 0);
            case "ConstraintStudentsSetMaxGapsPerWeek", "ConstraintStudentsMaxGapsPerWeek" ->
                    groupLimit(index, constraint, "Max_Gaps", "max_gaps_per_week", 0);
            case "ConstraintStudentsSetMaxHoursDaily", "ConstraintStudentsMaxHoursDaily" ->
                    groupLimit(index, constraint, "Maximum_Hours_Daily", "max_lessons_per_day", 0);
            case "ConstraintStudentsSetMinHoursDaily", "ConstraintStudentsMinHoursDaily" -> {
                if ("false".equals(node.text("Allow_Empty_Days"))) {
                    groupLimit(index, constraint, "Minimum_Hours_Daily", "min_lessons_per_day", 0);
                } else {
                    decide(index, Result.DROPPED, "FET lets the group have a day without lessons, but CommonPlan's "
                            + "min_lessons_per_day holds every day");
                }
            }
            case "ConstraintStudentsEarlyMaxBeginningsAtSecondHour",
                    "ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour" -> {
                groupLimit(index, constraint, "Max_Beginnings_At_Second_Hour", "max_late_starts", 0);
                if (results[index] == Result.MAPPED) {
                    decide(index, Result.APPROXIMATE, "max_late_starts of the groups; FET also forbids starting "
                            + "after the second hour, which CommonPlan does not");
                }
            }
            default -> {
                if (!isActivityConstraint(constraint.type()) && !isSectionConstraint(constraint.type())) {
                    decide(index, Result.DROPPED, Unmapped.why(constraint.type()));
                }
            }
        }
    }

    private static boolean isActivityConstraint(String type) {
        return switch (type) {
            case "ConstraintActivityPreferredStartingTime", "ConstraintActivityPreferredStartingTimes",
                    "ConstraintActivityPreferredTimeSlots", "ConstraintActivitiesPreferredStartingTimes",
                    "ConstraintActivitiesPreferredTimeSlots", "ConstraintSubactivitiesPreferredStartingTimes",
                    "ConstraintSubactivitiesPreferredTimeSlots", "ConstraintActivityPreferredRoom",
                    "ConstraintActivityPreferredRooms", "ConstraintSubjectPreferredRoom",
                    "ConstraintSubjectPreferredRooms", "ConstraintActivityTagPreferredRoom",
                    "ConstraintActivityTagPreferredRooms", "ConstraintSubjectActivityTagPreferredRoom",
                    "ConstraintSubjectActivityTagPreferredRooms", "ConstraintTeacherHomeRoom",
                    "ConstraintTeacherHomeRooms", "ConstraintStudentsSetHomeRoom", "ConstraintStudentsSetHomeRooms",
                    "ConstraintActivityEndsStudentsDay", "ConstraintActivitiesEndStudentsDay" -> true;
            default -> false;
        };
    }

    private static boolean isSectionConstraint(String type) {
        return switch (type) {
            case "ConstraintMinDaysBetweenActivities", "ConstraintActivitiesSameStartingTime",
                    "ConstraintActivitiesNotOverlapping", "ConstraintTwoActivitiesConsecutive",
                    "ConstraintTwoActivitiesOrdered", "ConstraintActivitiesSameStartingDay",
                    "ConstraintActivitiesSameStartingHour", "ConstraintTwoActivitiesGrouped",
                    "ConstraintActivitiesOccupyMaxDifferentRooms", "ConstraintMinGapsBetweenActivities" -> true;
            default -> false;
        };
    }

    /**
     * A limit on a teacher's week (teachers.csv), from a constraint on one teacher ({@code Teacher_Name}) or on
     * all ({@code Teachers...}); the tighter of two limits wins.
     */
    private void teacherLimit(int index, Constraint constraint, String element, String column, int least) {
        teacherLimit(index, constraint, "Teacher_Name", element, column, least);
    }

    /** As above, for constraints that name their teacher in {@code teacherElement}. */
    private void teacherLimit(int index, Constraint constraint, String teacherElement, String element, String column,
            int least) {
        String teacher = constraint.type().startsWith("ConstraintTeachers") ? ""
                : constraint.node().text(teacherElement);
        Integer value = whole(constraint.node().text(element));
        if (!constraint.hard()) {
            decide(index, Result.DROPPED, SOFT_ONLY);
        } else if (value == null || value < least || teacher == null || !teacher.isEmpty() && !isTeacher(teacher)) {
            decide(index, Result.DROPPED, UNKNOWN_NAME);
        } else {
            tighten(teacherLimits.computeIfAbsent(teacher, key -> new HashMap<>()), column, value);
            decide(index, Result.MAPPED, column + " in teachers.csv");
        }
    }

    /**
     * A teacher's (or every teacher's) limit on the hours of activities with one tag, a day or in a row: the tag goes
     * to the sections of those activities (sections.csv tags) and the limit to teachers.csv's max_tagged_per_day or
     * max_tagged_in_a_row, which count only lessons of sections with the tag, as FET does. Exact.
     */
    private void tagLimit(int index, Constraint constraint, String element, String column) {
        XmlNode node = constraint.node();
        String teacher = constraint.type().startsWith("ConstraintTeachers") ? "" : node.text("Teacher_Name");
        String tag = node.text("Activity_Tag_Name");
        Integer max = whole(node.text(element));
        if (!constraint.hard()) {
            decide(index, Result.DROPPED, SOFT_ONLY);
            return;
        }
        if (max == null || max < (column.equals("max_tagged_in_a_row") ? 1 : 0) || tag == null || teacher == null
                || !teacher.isEmpty() && !isTeacher(teacher)) {
            decide(index, Result.DROPPED, UNKNOWN_NAME);
            return;
        }
        limitedTags.add(tag);
        teacherTagLimits.computeIfAbsent(column, key -> new HashMap<>())
                .computeIfAbsent(teacher, key -> new HashMap<>()).merge(tag, max, Math::min);
        decide(index, Result.MAPPED, column + " in teachers.csv, for the lessons of sections tagged "
                + ids.id("tag", tag) + " (sections.csv tags)");
    }

    /**
     * The most days a week a teacher (or every teacher) teaches within FET's interval of hours, end excluded (none:
     * to the end of the day): an entry {@code FROM..TO:DAYS} of teachers.csv interval_max_days.
     */
    private void intervalDays(int index, Constraint constraint) {
        XmlNode node = constraint.node();
        String teacher = constraint.type().startsWith("ConstraintTeachers") ? "" : node.text("Teacher_Name");
        Integer start = grid.hour(node.text("Interval_Start_Hour"));
        String endName = node.text("Interval_End_Hour");
        Integer end = endName == null || endName.isBlank() ? Integer.valueOf(grid.hours()) : grid.hour(endName);
        Integer days = whole(node.text("Max_Days_Per_Week"));
        if (!constraint.hard()) {
            decide(index, Result.DROPPED, SOFT_ONLY);
        } else if (start == null || end == null || days == null || days < 0 || teacher == null
                || !teacher.isEmpty() && !isTeacher(teacher)) {
            decide(index, Result.DROPPED, UNKNOWN_NAME);
        } else if (start >= end) {
            decide(index, Result.DROPPED, "the interval holds no hour");
        } else if (days >= grid.days()) {
            decide(index, Result.MAPPED, "allows every day: nothing to keep");
        } else {
            teacherIntervals.computeIfAbsent(teacher, key -> new ArrayList<>()).add(TimeGrid.periodId(start) + ".."
                    + TimeGrid.periodId(end - 1) + ":" + days);
            decide(index, Result.MAPPED, "interval_max_days in teachers.csv");
        }
    }

    /** A limit on the week of each group of a students set (groups.csv), or of every group ({@code Students...}). */
    private void groupLimit(int index, Constraint constraint, String element, String column, int least) {
        String set = constraint.type().startsWith("ConstraintStudentsSet") ? constraint.node().text("Students")
                : null;
        boolean everyone = !constraint.type().startsWith("ConstraintStudentsSet");
        Integer value = whole(constraint.node().text(element));
        if (!constraint.hard()) {
            decide(index, Result.DROPPED, SOFT_ONLY);
        } else if (value == null || value < least || !everyone && (set == null || !fet.students().known(set))) {
            decide(index, Result.DROPPED, UNKNOWN_NAME);
        } else {
            if (everyone) {
                tighten(groupLimits.computeIfAbsent(-1, key -> new HashMap<>()), column, value);
            } else {
                fet.students().atomsOf(set).stream().forEach(atom ->
                        tighten(groupLimits.computeIfAbsent(atom, key -> new HashMap<>()), column, value));
            }
            decide(index, Result.MAPPED, column + " in groups.csv");
        }
    }

    /** Keeps the tighter limit: the larger of two minimums, the smaller of two maximums. */
    private static void tighten(Map<String, Integer> limits, String column, int value) {
        limits.merge(column, value, column.startsWith("min_") ? Math::max : Math::min);
    }

    private boolean isTeacher(String name) {
        return name != null && fet.teachers().stream().anyMatch(teacher -> teacher.name().equals(name));
    }

    private static Integer whole(String raw) {
        try {
            return raw == null ? null : Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The slots a list of day/hour items names, or null when one names a day or hour FET does not have. */
    private BitSet slots(XmlNode node, String item, String dayTag, String hourTag) {
        BitSet slots = new BitSet();
        for (XmlNode time : node.children(item)) {
            Integer day = grid.day(time.text(dayTag));
            Integer hour = grid.hour(time.text(hourTag));
            if (day == null || hour == null) {
                return null;
            }
            slots.set(grid.slot(day, hour));
        }
        return slots;
    }

    // ----- activities -----

    private void makePlans() {
        Map<Integer, List<Activity>> byGroup = new LinkedHashMap<>();
        for (Activity activity : fet.activities()) {
            byGroup.computeIfAbsent(activity.groupId(), key -> new ArrayList<>()).add(activity);
        }
        for (List<Activity> group : byGroup.values()) {
            List<Activity> ordered = group.stream().sorted(Comparator.comparingInt(Activity::id)).toList();
            for (int i = 0; i < ordered.size(); i++) {
                Activity activity = ordered.get(i);
                if (!activity.active()) {
                    continue;
                }
                BitSet atoms = new BitSet();
                activity.students().forEach(set -> atoms.or(fet.students().atomsOf(set)));
                BitSet blocked = new BitSet();
                List<Integer> shaping = new ArrayList<>();
                atoms.stream().forEach(atom -> {
                    BitSet unavailable = atomUnavailable.get(atom);
                    if (unavailable != null) {
                        blocked.or(unavailable);
                        shaping.addAll(atomUnavailableConstraints.get(atom));
                    }
                });
                Plan plan = new Plan(activity, i + 1, atoms, grid.startsAvoiding(activity.duration(), blocked));
                plan.timeConstraints.addAll(new LinkedHashSet<>(shaping));
                planById.put(activity.id(), plan);
            }
        }
    }

    private void readActivityConstraint(int index) {
        Constraint constraint = fet.constraints().get(index);
        XmlNode node = constraint.node();
        String type = constraint.type();
        boolean room = type.contains("Room");
        if (!constraint.hard()) {
            if (type.contains("PreferredRoom")) {
                // As in FET, any preferred room of an activity, wanted or required, sets its home rooms aside.
                List<Plan> plans = roomPreferencePlans(type, node);
                if (plans != null) {
                    plans.forEach(plan -> plan.roomPreferred = true);
                }
            }
            decide(index, Result.DROPPED, room ? "a preference below 100%; CommonPlan has no soft room preference "
                    + "(the section may use any room of its kind)" : "a preference below 100%; CommonPlan has no "
                    + "soft preference of times");
            return;
        }
        switch (type) {
            case "ConstraintActivityPreferredStartingTime" -> lockOrRestrict(index, node);
            case "ConstraintActivityPreferredStartingTimes" -> restrictStarts(index,
                    plans(node.text("Activity_Id")), slots(node, "Preferred_Starting_Time", "Preferred_Starting_Day",
                            "Preferred_Starting_Hour"), true);
            case "ConstraintActivityPreferredTimeSlots" -> restrictStarts(index, plans(node.text("Activity_Id")),
                    slots(node, "Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour"), false);
            case "ConstraintActivitiesPreferredStartingTimes", "ConstraintSubactivitiesPreferredStartingTimes" ->
                    restrictStarts(index, matching(node), slots(node, "Preferred_Starting_Time",
                            "Preferred_Starting_Day", "Preferred_Starting_Hour"), true);
            case "ConstraintActivitiesPreferredTimeSlots", "ConstraintSubactivitiesPreferredTimeSlots" ->
                    restrictStarts(index, matching(node), slots(node, "Preferred_Time_Slot", "Preferred_Day",
                            "Preferred_Hour"), false);
            case "ConstraintActivityEndsStudentsDay", "ConstraintActivitiesEndStudentsDay" -> {
                List<Plan> plans = type.equals("ConstraintActivityEndsStudentsDay") ? plans(node.text("Activity_Id"))
                        : matching(node);
                if (plans == null) {
                    decide(index, Result.DROPPED, UNKNOWN_ACTIVITY);
                } else {
                    plans.forEach(plan -> plan.endsDay = true);
                    decide(index, Result.MAPPED, "ends_day of the section");
                }
            }
            case "ConstraintActivityPreferredRoom" -> {
                List<Plan> plans = plans(node.text("Activity_Id"));
                BitSet rooms = rooms(node.text("Room") == null ? List.of() : List.of(node.text("Room")));
                preferRooms(index, plans, rooms, false);
                if (rooms != null && plans != null) {
                    plans.forEach(plan -> plan.lockedRoom = node.text("Room"));
                }
            }
            case "ConstraintActivityPreferredRooms" -> preferRooms(index, plans(node.text("Activity_Id")),
                    rooms(node.texts("Preferred_Room")), false);
            case "ConstraintSubjectPreferredRoom", "ConstraintSubjectPreferredRooms",
                    "ConstraintActivityTagPreferredRoom", "ConstraintActivityTagPreferredRooms",
                    "ConstraintSubjectActivityTagPreferredRoom", "ConstraintSubjectActivityTagPreferredRooms" ->
                    preferRooms(index, roomPreferencePlans(type, node), roomsOf(node), false);
            case "ConstraintTeacherHomeRoom", "ConstraintTeacherHomeRooms" -> {
                String teacher = node.text("Teacher");
                // As FET does: the activities of that teacher alone.
                List<Plan> plans = planById.values().stream()
                        .filter(plan -> plan.activity.teachers().equals(List.of(String.valueOf(teacher)))).toList();
                preferRooms(index, isTeacher(teacher) ? plans : null, roomsOf(node), true);
            }
            case "ConstraintStudentsSetHomeRoom", "ConstraintStudentsSetHomeRooms" -> {
                String set = node.text("Students");
                List<Plan> plans = planById.values().stream()
                        .filter(plan -> plan.activity.students().equals(List.of(String.valueOf(set)))).toList();
                preferRooms(index, set != null && fet.students().known(set) ? plans : null, roomsOf(node), true);
            }
            default -> throw new IllegalStateException("not an activity constraint: " + type);
        }
    }

    /** The activities a preferred-room constraint names; null when it names an inactive or unknown one. */
    private List<Plan> roomPreferencePlans(String type, XmlNode node) {
        if (type.startsWith("ConstraintActivityPreferredRoom")) {
            return plans(node.text("Activity_Id"));
        }
        String subject = node.text("Subject");
        String tag = node.text("Activity_Tag");
        return planById.values().stream()
                .filter(plan -> subject == null || plan.activity.subject().equals(subject))
                .filter(plan -> tag == null || plan.activity.tags().contains(tag)).toList();
    }

    /** The plan of an activity id, as a list; null when the activity is inactive or unknown. */
    private List<Plan> plans(String activityId) {
        Integer id = whole(activityId);
        Plan plan = id == null ? null : planById.get(id);
        return plan == null ? null : List.of(plan);
    }

    /** The active activities an Activities/Subactivities constraint selects, as FET selects them. */
    private List<Plan> matching(XmlNode node) {
        String teacher = node.text("Teacher_Name");
        String students = node.text("Students_Name");
        String subject = node.text("Subject_Name");
        String tag = node.text("Activity_Tag_Name");
        Integer duration = whole(node.text("Duration"));
        Integer component = whole(node.text("Component_Number"));
        if (teacher != null && !isTeacher(teacher) || students != null && !fet.students().known(students)) {
            return null;
        }
        BitSet studentAtoms = students == null ? null : fet.students().atomsOf(students);
        Predicate<Plan> selected = plan -> (teacher == null || plan.activity.teachers().contains(teacher))
                && (studentAtoms == null || plan.atoms.intersects(studentAtoms))
                && (subject == null || plan.activity.subject().equals(subject))
                && (tag == null || plan.activity.tags().contains(tag))
                && (duration == null || plan.activity.duration() == duration)
                && (component == null || plan.component == component);
        return planById.values().stream().filter(selected).toList();
    }

    private void lockOrRestrict(int index, XmlNode node) {
        List<Plan> plans = plans(node.text("Activity_Id"));
        String dayName = node.text("Preferred_Day");
        String hourName = node.text("Preferred_Hour");
        Integer day = grid.day(dayName);
        Integer hour = grid.hour(hourName);
        if (plans == null) {
            decide(index, Result.DROPPED, UNKNOWN_ACTIVITY);
        } else if (dayName != null && day == null || hourName != null && hour == null) {
            decide(index, Result.DROPPED, UNKNOWN_NAME);
        } else if (day != null && hour != null) {
            Plan plan = plans.get(0);
            int start = grid.slot(day, hour);
            if (!grid.validStarts(plan.activity.duration()).get(start)) {
                decide(index, Result.DROPPED, "the activity cannot start there (it would cross a break or the end "
                        + "of the day)");
            } else {
                plan.fixedStart = start;
                plan.lockConstraint = index;
                decide(index, Result.MAPPED, "fixed_block: that lesson of the section is locked there (with "
                        + "fixed_room when a 100% preferred room names one room)");
            }
        } else {
            BitSet allowed = new BitSet();
            for (int slot = 0; slot < grid.slots(); slot++) {
                if ((day == null || grid.dayOf(slot) == day) && (hour == null || grid.hourOf(slot) == hour)) {
                    allowed.set(slot);
                }
            }
            restrictStarts(index, plans, allowed, true);
        }
    }

    /** Narrows where the plans may start: to {@code slots} as starts, or so that every hour lies in them. */
    private void restrictStarts(int index, List<Plan> plans, BitSet slots, boolean asStarts) {
        if (plans == null) {
            decide(index, Result.DROPPED, UNKNOWN_ACTIVITY);
            return;
        }
        if (slots == null) {
            decide(index, Result.DROPPED, UNKNOWN_NAME);
            return;
        }
        Map<Integer, BitSet> allowedByDuration = new HashMap<>();
        for (Plan plan : plans) {
            BitSet allowed = asStarts ? slots : allowedByDuration.computeIfAbsent(plan.activity.duration(),
                    duration -> grid.startsWithin(duration, slots));
            plan.starts.and(allowed);
            plan.timeConstraints.add(index);
        }
        decide(index, Result.MAPPED, RESTRICTED);
    }

    private BitSet roomsOf(XmlNode node) {
        List<String> names = new ArrayList<>(node.texts("Preferred_Room"));
        if (node.text("Room") != null) {
            names.add(node.text("Room"));
        }
        return rooms(names);
    }

    /** The room indices of these names, or null when one is not a room of the file or there are none. */
    private BitSet rooms(List<String> names) {
        BitSet rooms = new BitSet();
        for (String name : names) {
            Integer room = roomIndex.get(name);
            if (room == null) {
                return null;
            }
            rooms.set(room);
        }
        return rooms.isEmpty() ? null : rooms;
    }

    private void preferRooms(int index, List<Plan> plans, BitSet rooms, boolean home) {
        if (plans == null || rooms == null) {
            decide(index, Result.DROPPED, plans == null && !home ? UNKNOWN_ACTIVITY : UNKNOWN_NAME);
            return;
        }
        for (Plan plan : plans) {
            (home ? plan.homeRooms : plan.preferredRooms).add(rooms);
            (home ? plan.homeConstraints : plan.roomConstraints).add(index);
        }
        decide(index, Result.MAPPED, home ? "the section's rooms, for activities of that teacher or students set "
                + "alone that have no other room constraint (as FET does)" : "the section's rooms (and fixed_room "
                + "when its time is fixed too)");
    }

    // ----- sections -----

    private void makeSections() {
        Map<Integer, List<Plan>> byGroup = new LinkedHashMap<>();
        planById.values().forEach(plan -> byGroup.computeIfAbsent(plan.activity.groupId(), key -> new ArrayList<>())
                .add(plan));
        for (Map.Entry<Integer, List<Plan>> group : byGroup.entrySet()) {
            List<Section> groupSections = new ArrayList<>();
            Map<String, Section> byKey = new LinkedHashMap<>();
            for (Plan plan : group.getValue()) {
                BitSet rooms = allowedRooms(plan);
                // A locked sub-activity stays in its section: the lock is that lesson's fixed_block. FET lets a
                // sub-activity have teachers, students or a subject of its own: a section's lessons share them.
                String key = plan.activity.duration() + "|" + plan.starts + "|" + rooms + "|" + plan.endsDay + "|"
                        + limitedTags(plan.activity) + "|" + plan.activity.teachers() + "|" + plan.atoms + "|"
                        + plan.activity.subject() + "|" + plan.activity.explicitStudents();
                Section section = byKey.get(key);
                if (section == null) {
                    section = newSection(plan, rooms);
                    byKey.put(key, section);
                    groupSections.add(section);
                } else {
                    section.plans.add(plan);
                }
            }
            Activity first = group.getValue().get(0).activity;
            String course = ids.reserve("course", Ids.clean(first.subject()) + "-" + group.getKey());
            for (Section section : groupSections) {
                section.course = course;
                // The section holding the group's first activity is named as the course, any other after its own.
                int firstId = section.first().activity.id();
                section.id = ids.reserve("section", firstId == group.getKey() ? course : course + "-" + firstId);
                staff(section);
                sections.add(section);
                sectionById.put(section.id, section);
                section.plans.forEach(plan -> sectionOfActivity.put(plan.activity.id(), section));
            }
        }
    }

    /** The activity's tags that a teacher's limit counts, as tag ids. */
    private List<String> limitedTags(Activity activity) {
        return activity.tags().stream().filter(limitedTags::contains).distinct().map(tag -> ids.id("tag", tag))
                .toList();
    }

    private Section newSection(Plan plan, BitSet rooms) {
        Section section = new Section();
        Activity activity = plan.activity;
        section.plans.add(plan);
        section.tags = limitedTags(activity);
        section.subject = ids.id("subject", activity.subject());
        section.duration = activity.duration();
        section.starts = plan.starts;
        section.rooms = rooms;
        section.endsDay = plan.endsDay;
        section.groups = plan.atoms.stream().mapToObj(atom -> ids.id("group",
                fet.students().atoms().get(atom).name())).toList();
        long enrollment = activity.explicitStudents() != null ? activity.explicitStudents()
                : activity.students().stream().mapToLong(set -> fet.students().size(set)).sum();
        if (enrollment > Limits.MAX_STUDENTS) {
            sectionNotes.add(String.format("- activity %d: %d students, more than CommonPlan's limit of %,d; "
                    + "enrollment %,d", activity.id(), enrollment, Limits.MAX_STUDENTS, Limits.MAX_STUDENTS));
        }
        section.enrollment = (int) Math.min(enrollment, Limits.MAX_STUDENTS);
        return section;
    }

    /** The rooms the activity may use in FET, or null when it needs no room. */
    private BitSet allowedRooms(Plan plan) {
        boolean home = plan.preferredRooms.isEmpty() && !plan.roomPreferred;
        List<BitSet> sets = home ? plan.homeRooms : plan.preferredRooms;
        List<Integer> constraints = home ? plan.homeConstraints : plan.roomConstraints;
        if (sets.isEmpty()) {
            return null;
        }
        BitSet rooms = (BitSet) sets.get(0).clone();
        sets.forEach(rooms::and);
        if (rooms.isEmpty()) {
            constraints.forEach(index -> approximate(index, "an activity's allowed room sets have no room in "
                    + "common (FET could not place it either); its first set is kept"));
            return (BitSet) sets.get(0).clone();
        }
        return rooms;
    }

    /**
     * The section's teacher and co-teachers (FET's first teacher, then the others). A section without a teacher
     * in FET gets a placeholder: the one of its first student group, shared by that group's sections without a
     * teacher, which can never meet at once anyway; a section without students gets one of its own. So no
     * placeholder adds a conflict FET does not have.
     */
    private void staff(Section section) {
        List<String> teachers = section.first().activity.teachers();
        if (teachers.isEmpty()) {
            String owner = section.groups.isEmpty() ? section.id : section.groups.get(0);
            String placeholder = placeholderByOwner.get(owner);
            if (placeholder == null) {
                placeholder = ids.reserve("teacher", "unstaffed-" + owner);
                placeholderByOwner.put(owner, placeholder);
                placeholderOf.put(placeholder, section.groups.isEmpty() ? "section " + section.id
                        : "group " + owner);
            }
            section.teacher = placeholder;
        } else {
            section.teacher = ids.id("teacher", teachers.get(0));
            section.coTeachers = teachers.subList(1, teachers.size()).stream()
                    .map(teacher -> ids.id("teacher", teacher)).toList();
        }
    }

    // ----- constraints between the lessons of sections -----

    private void readSectionConstraint(int index) {
        Constraint constraint = fet.constraints().get(index);
        XmlNode node = constraint.node();
        String type = constraint.type();
        if (type.equals("ConstraintMinDaysBetweenActivities")) {
            minDaysBetween(index, constraint);
            return;
        }
        if (!constraint.hard()) {
            decide(index, Result.DROPPED, SOFT_ONLY);
            return;
        }
        List<Integer> activities = switch (type) {
            case "ConstraintTwoActivitiesConsecutive", "ConstraintTwoActivitiesOrdered",
                    "ConstraintTwoActivitiesGrouped" ->
                    List.of(whole(node.text("First_Activity_Id")), whole(node.text("Second_Activity_Id"))).stream()
                            .map(id -> id == null ? -1 : id).toList();
            default -> node.texts("Activity_Id").stream().map(id -> whole(id) == null ? -1 : whole(id)).toList();
        };
        if (type.equals("ConstraintActivitiesOccupyMaxDifferentRooms")
                && !Integer.valueOf(1).equals(whole(node.text("Max_Number_of_Different_Rooms")))) {
            decide(index, Result.DROPPED, "more than one room allowed: CommonPlan's SAME_ROOM link allows one");
            return;
        }
        Integer minGap = type.equals("ConstraintMinGapsBetweenActivities") ? whole(node.text("MinGaps")) : null;
        if (type.equals("ConstraintMinGapsBetweenActivities") && (minGap == null || minGap < 0)) {
            decide(index, Result.DROPPED, "MinGaps is not a whole number of hours");
            return;
        }
        boolean ordered = type.startsWith("ConstraintTwo");
        // Inactive activities take no part in FET either; for a pair both must be there.
        List<Integer> active = activities.stream().filter(sectionOfActivity::containsKey).toList();
        if (ordered ? active.size() < 2 : active.isEmpty()) {
            decide(index, Result.DROPPED, UNKNOWN_ACTIVITY);
            return;
        }
        if (type.equals("ConstraintActivitiesOccupyMaxDifferentRooms")) {
            // An activity that takes no room in FET counts for no room: its made-up room is not tied.
            active = active.stream().filter(activity -> sectionOfActivity.get(activity).rooms != null).toList();
            if (active.isEmpty()) {
                decide(index, Result.MAPPED, "its activities take no room in FET: nothing to keep");
                return;
            }
        }
        SectionLinks.Kind kind = switch (type) {
            case "ConstraintActivitiesSameStartingTime" -> SectionLinks.Kind.SAME_START;
            case "ConstraintActivitiesNotOverlapping" -> SectionLinks.Kind.NOT_OVERLAPPING;
            case "ConstraintTwoActivitiesConsecutive" -> SectionLinks.Kind.CONSECUTIVE;
            case "ConstraintActivitiesSameStartingDay" -> SectionLinks.Kind.SAME_DAY;
            case "ConstraintActivitiesSameStartingHour" -> SectionLinks.Kind.SAME_HOUR;
            case "ConstraintTwoActivitiesGrouped" -> SectionLinks.Kind.GROUPED;
            case "ConstraintActivitiesOccupyMaxDifferentRooms" -> SectionLinks.Kind.SAME_ROOM;
            case "ConstraintMinGapsBetweenActivities" -> SectionLinks.Kind.MIN_GAP;
            default -> SectionLinks.Kind.ORDERED;
        };
        if (kind == SectionLinks.Kind.MIN_GAP && minGap == 0) {
            decide(index, Result.MAPPED, "no hours asked between: nothing to keep");
            return;
        }
        linkRequests.add(new SectionLinks.Request(index, kind, active, minGap == null ? 0 : minGap));
        decide(index, Result.MAPPED, "a " + kind + " row of section_links.csv");
    }

    /**
     * FET's minimum days between activities as the days between the lessons of the sections they make up: at 100%
     * the hard min_days_between, below it the soft min_days_between_soft, and a section that no constraint at 100%
     * names leaves the hard course-spread (course_spread no), so the bundle asks no more than FET does. A
     * constraint on all of a section's lessons maps exactly; pairs in different sections of one course (lengths or
     * locked parts apart) are left to course-spread at 100% and unasked below; a constraint at 100% on part of a
     * section is left to course-spread altogether, one below 100% wants its days between all the section's lessons.
     */
    private void minDaysBetween(int index, Constraint constraint) {
        Integer days = whole(constraint.node().text("MinDays"));
        boolean hard = constraint.hard();
        Set<Integer> listed = new LinkedHashSet<>();
        constraint.node().texts("Activity_Id").forEach(id -> {
            Integer activity = whole(id);
            if (activity != null && sectionOfActivity.containsKey(activity)) {
                listed.add(activity);
            }
        });
        if (days == null || days < 0) {
            decide(index, Result.DROPPED, UNKNOWN_NAME);
            return;
        }
        Set<Section> touched = new LinkedHashSet<>();
        listed.forEach(activity -> touched.add(sectionOfActivity.get(activity)));
        if (days == 0 || touched.isEmpty()) {
            decide(index, Result.MAPPED, "no days between asked: nothing to keep");
            return;
        }
        int kept = Math.min(days, grid.days() - 1);
        boolean partial = !touched.stream().allMatch(section -> listed.containsAll(section.activityIds()));
        String column = hard ? "min_days_between" : "min_days_between_soft (soft rule min-days-between-soft; "
                + "course_spread no where no constraint at 100% names the section)";
        if (hard) {
            touched.forEach(section -> section.hardSpread = true);
            if (partial) {
                decide(index, Result.APPROXIMATE, "it covers only part of a section; left to the course-spread rule");
                return;
            }
            touched.forEach(section -> section.minDaysBetween = Math.max(section.minDaysBetween, kept));
        } else {
            touched.forEach(section -> section.minDaysBetweenSoft = Math.max(section.minDaysBetweenSoft, kept));
            if (partial) {
                decide(index, Result.APPROXIMATE, column + " of each of its sections: it names only part of a "
                        + "section, whose lessons are all wanted that far apart");
                return;
            }
        }
        if (touched.size() > 1) {
            decide(index, Result.APPROXIMATE, column + " of each of its sections; pairs of lessons in different "
                    + "sections of the course (other lengths, locked parts) are "
                    + (hard ? "left to course-spread" : "not asked"));
        } else if (kept < days) {
            decide(index, Result.APPROXIMATE, column + " cut to the days of the week less one");
        } else {
            decide(index, Result.MAPPED, column + " of the section");
        }
    }

    private void resolveLinks() {
        Map<Integer, String> sectionOf = new HashMap<>();
        Map<String, List<Integer>> activitiesOf = new HashMap<>();
        for (Section section : sections) {
            activitiesOf.put(section.id, section.activityIds());
            section.activityIds().forEach(activity -> sectionOf.put(activity, section.id));
        }
        SectionLinks.Resolved resolved = SectionLinks.resolve(linkRequests, sectionOf, activitiesOf);
        resolved.notKept().forEach((index, why) -> decide(index, Result.DROPPED, why));
        linkRows = resolved.rows();
    }

    // ----- rooms and families -----

    /**
     * A section with FET room constraints lists the rooms it may use (the bundle's {@code rooms}, exact); one
     * without needs a room of kind NONE, made up below, since FET gives it none.
     */
    private void assignRooms() {
        for (Section section : sections) {
            if (section.rooms == null) {
                section.roomKind = NO_ROOM_KIND;
                continue;
            }
            section.roomKind = GENERAL;
            if (section.rooms.cardinality() <= Limits.MAX_LIST_ITEMS) {
                section.roomList = section.rooms.stream().mapToObj(room -> ids.id("room", fet.rooms().get(room)
                        .name())).toList();
            } else {
                sectionNotes.add(String.format("- section %s may use any room: its %,d allowed rooms are more than "
                        + "a list in one cell may hold (%,d)", section.id, section.rooms.cardinality(),
                        Limits.MAX_LIST_ITEMS));
            }
            int largest = section.rooms.stream().map(room -> capacity(fet.rooms().get(room))).max().orElse(0);
            if (section.enrollment > largest) {
                sectionNotes.add(String.format("- section %s: enrollment %d lowered to %d, the largest room it may "
                        + "use (FET could not place it either)", section.id, section.enrollment, largest));
                section.enrollment = Math.max(0, largest);
            }
        }
    }

    private void assignFamilies() {
        families = new Families(grid);
        sections.forEach(section -> families.unrestricted(section.duration));
        Map<String, List<Section>> byRestriction = new LinkedHashMap<>();
        for (Section section : sections) {
            if (section.starts.equals(grid.validStarts(section.duration))) {
                section.family = families.unrestricted(section.duration);
            } else {
                byRestriction.computeIfAbsent(section.duration + "|" + section.starts, key -> new ArrayList<>())
                        .add(section);
            }
        }
        List<List<Section>> mostUsedFirst = new ArrayList<>(byRestriction.values());
        mostUsedFirst.sort(Comparator.comparingInt((List<Section> list) -> list.size()).reversed());
        for (List<Section> restricted : mostUsedFirst) {
            Section sample = restricted.get(0);
            int meetings = restricted.stream().mapToInt(section -> section.plans.size()).max().orElse(1);
            String family = null;
            String why;
            if (sample.starts.cardinality() < meetings) {
                why = "fewer allowed starting times than lessons (FET could not place them either)";
            } else {
                family = families.restricted(sample.duration, sample.starts);
                why = "too many different time restrictions for blocks.csv's row limit";
            }
            for (Section section : restricted) {
                if (family != null) {
                    section.family = family;
                    continue;
                }
                section.family = families.unrestricted(section.duration);
                String reason = "for some sections the restriction is not kept: " + why;
                section.plans.forEach(plan -> plan.timeConstraints.forEach(index -> approximate(index, reason)));
                sectionNotes.add("- section " + section.id + " may start at any time FET allows its length: " + why);
            }
        }
    }

    /**
     * Each locked sub-activity's lesson gets its block (and its room when a 100% preferred room names one). A lock
     * the bundle would refuse, because FET could not keep it either (outside the section's allowed starts, where
     * a teacher or the room is unavailable, overlapping another lock of the section, or needing a teacher, group
     * or locked room that an earlier lock holds then), is left out and reported.
     */
    private void lockLessons() {
        // Who a kept lock holds in each timeslot ("slot\nteacher T"): the bundle refuses two locks needing one.
        Map<String, Integer> heldByLock = new HashMap<>();
        for (Section section : sections) {
            List<String> blocks = new ArrayList<>();
            List<String> rooms = new ArrayList<>();
            List<Integer> kept = new ArrayList<>();
            for (Plan plan : section.plans) {
                String block = "";
                String room = "";
                Integer start = plan.fixedStart;
                if (start != null) {
                    String why = lockRefusal(section, plan, start, kept);
                    List<String> needs = new ArrayList<>();
                    // The section's staff as the bundle has it (a placeholder where FET names no one).
                    needs.add("teacher " + section.teacher);
                    section.coTeachers.forEach(teacher -> needs.add("teacher " + teacher));
                    section.groups.forEach(group -> needs.add("student group " + group));
                    for (int slot = start; why == null && slot < start + section.duration; slot++) {
                        for (String need : needs) {
                            Integer other = heldByLock.get(slot + "\n" + need);
                            if (other != null && why == null) {
                                why = need + " is also in the lock of activity " + other + " there";
                            }
                        }
                    }
                    if (why != null) {
                        decide(plan.lockConstraint, Result.DROPPED, why);
                        sectionNotes.add("- activity " + plan.activity.id() + ": its lock is left out: " + why);
                    } else {
                        kept.add(start);
                        block = families.blockId(section.family, section.duration, start);
                        Integer locked = plan.lockedRoom == null ? null : roomIndex.get(plan.lockedRoom);
                        boolean roomHeld = false;
                        for (int slot = start; slot < start + section.duration; slot++) {
                            roomHeld |= heldByLock.containsKey(slot + "\nroom " + plan.lockedRoom);
                        }
                        if (locked != null && section.rooms != null && section.rooms.get(locked) && !roomHeld
                                && !unavailableDuring(roomUnavailable.get(plan.lockedRoom), start, section.duration)) {
                            room = ids.id("room", plan.lockedRoom);
                            section.enrollment = Math.min(section.enrollment, capacity(fet.rooms().get(locked)));
                            needs.add("room " + plan.lockedRoom);
                        }
                        for (int slot = start; slot < start + section.duration; slot++) {
                            for (String need : needs) {
                                heldByLock.putIfAbsent(slot + "\n" + need, plan.activity.id());
                            }
                        }
                    }
                }
                blocks.add(block);
                rooms.add(room);
            }
            if (!kept.isEmpty()) {
                section.lockedBlocks = blocks;
                section.lockedRooms = rooms.stream().allMatch(String::isEmpty) ? List.of() : rooms;
            }
        }
    }

    /** Why a lock cannot be written, or null when it can. */
    private String lockRefusal(Section section, Plan plan, int start, List<Integer> kept) {
        if (!families.holds(section.family, section.duration, start)) {
            return "the lock is outside the times FET's other constraints allow the activity";
        }
        for (String teacher : plan.activity.teachers()) {
            if (unavailableDuring(teacherUnavailable.get(teacher), start, section.duration)) {
                return "teacher " + teacher + " is not available there";
            }
        }
        for (int other : kept) {
            if (grid.dayOf(other) == grid.dayOf(start) && Math.abs(other - start) < section.duration) {
                return "it overlaps the lock of another lesson of the same section";
            }
        }
        return null;
    }

    private static boolean unavailableDuring(BitSet unavailable, int start, int duration) {
        return unavailable != null && !unavailable.get(start, start + duration).isEmpty();
    }

    // ----- the bundle -----

    private Imported render() throws FetImportException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String name = fet.institution() == null || fet.institution().isBlank()
                || fet.institution().equals("Default institution") ? baseName(fet.fileName()) : fet.institution();
        int classPerDay = 0;
        for (int day = 0; day < grid.days(); day++) {
            int count = 0;
            for (int hour = 0; hour < grid.hours(); hour++) {
                count += grid.isBreak(grid.slot(day, hour)) ? 0 : 1;
            }
            classPerDay = Math.max(classPerDay, count);
        }
        int schoolLimit = Math.max(1, Math.min(classPerDay, schoolMaxDaily == null ? classPerDay : schoolMaxDaily));
        List<List<?>> settings = new ArrayList<>();
        settings.add(List.of("name", Ids.text(name)));
        settings.add(List.of("max_teaching_per_day", schoolLimit));
        // FET has no planning-time rule: a teacher may teach every hour the limits allow.
        settings.add(List.of("min_planning_minutes_per_week", 0));
        settings.add(List.of("max_consecutive_teaching", Math.max(1, maxConsecutive == null ? grid.hours()
                : maxConsecutive)));
        files.put("settings.csv", csv(List.of("key", "value"), settings));
        files.put("bell_schedule.csv", csv(List.of("day", "period", "start", "end", "kind"),
                grid.bellScheduleRows()));
        List<List<?>> blockRows = families.blockRows();
        if (!blockRows.isEmpty()) {
            files.put("blocks.csv", csv(List.of("block", "family", "day", "period"), blockRows));
        }
        List<String> teacherColumns = new ArrayList<>(List.of("id", "name", "subjects", "role", "unavailable",
                "max_teaching_per_day"));
        teacherColumns.addAll(TEACHER_LIMITS);
        // interval_max_days only where a teacher has one, so other bundles read as before.
        if (!teacherIntervals.isEmpty()) {
            teacherColumns.add("interval_max_days");
        }
        // Building limits and buildings only where the file has them, so other bundles read as before.
        boolean buildingLimits = Stream.concat(teacherLimits.values().stream(), groupLimits.values().stream())
                .anyMatch(limits -> BUILDING_LIMITS.stream().anyMatch(limits::containsKey));
        if (buildingLimits) {
            teacherColumns.addAll(BUILDING_LIMITS);
        }
        // Tag limits and tags only where the file has them, likewise.
        if (!limitedTags.isEmpty()) {
            teacherColumns.addAll(TAG_LIMITS);
        }
        files.put("teachers.csv", csv(teacherColumns, teacherRows(schoolLimit, classPerDay, buildingLimits)));
        RoomsWritten rooms = roomRows();
        boolean buildings = fet.rooms().stream().anyMatch(room -> room.building() != null);
        List<List<?>> roomRows = new ArrayList<>();
        rooms.rows().forEach(row -> roomRows.add(buildings ? row : row.subList(0, 4)));
        files.put("rooms.csv", csv(buildings ? List.of("id", "capacity", "kind", "unavailable", "building")
                : List.of("id", "capacity", "kind", "unavailable"), roomRows));
        List<List<?>> groups = new ArrayList<>();
        Map<String, Integer> everyGroup = groupLimits.getOrDefault(-1, Map.of());
        for (int index = 0; index < fet.students().atoms().size(); index++) {
            StudentSets.Atom atom = fet.students().atoms().get(index);
            List<Object> row = new ArrayList<>(List.of(ids.id("group", atom.name()),
                    Math.min(Limits.MAX_STUDENTS, Math.max(1, atom.size())), Ids.text(atom.year())));
            row.addAll(limitCells(GROUP_LIMITS, groupLimits.getOrDefault(index, Map.of()), everyGroup));
            if (buildingLimits) {
                row.addAll(limitCells(BUILDING_LIMITS, groupLimits.getOrDefault(index, Map.of()), everyGroup));
            }
            // unavailable only where some students are not available, so other bundles read as before.
            if (!atomUnavailable.isEmpty()) {
                row.add(slotList(atomUnavailable.get(index)));
            }
            groups.add(row);
        }
        if (!groups.isEmpty()) {
            List<String> groupColumns = new ArrayList<>(List.of("id", "size", "grade"));
            groupColumns.addAll(GROUP_LIMITS);
            if (buildingLimits) {
                groupColumns.addAll(BUILDING_LIMITS);
            }
            if (!atomUnavailable.isEmpty()) {
                groupColumns.add("unavailable");
            }
            files.put("groups.csv", csv(groupColumns, groups));
        }
        List<List<?>> sectionRows = new ArrayList<>();
        for (Section section : sections) {
            List<Object> row = new ArrayList<>(List.of(section.id, section.course, section.subject, section.teacher,
                    String.join(";", section.coTeachers), String.join(";", section.groups), section.enrollment,
                    section.roomKind, section.family, section.plans.size(), String.join(";", section.lockedBlocks),
                    String.join(";", section.lockedRooms),
                    String.join(";", section.roomList), section.minDaysBetween == 0 ? "" : section.minDaysBetween,
                    section.endsDay ? "yes" : "",
                    section.minDaysBetweenSoft == 0 ? "" : section.minDaysBetweenSoft,
                    section.hardSpread ? "" : "no"));
            if (!limitedTags.isEmpty()) {
                row.add(String.join(";", section.tags));
            }
            sectionRows.add(row);
        }
        List<String> sectionColumns = new ArrayList<>(List.of("id", "course", "subject", "teacher", "co_teacher",
                "groups", "enrollment", "room_kind", "family", "meetings", "fixed_block", "fixed_room", "rooms",
                "min_days_between", "ends_day", "min_days_between_soft", "course_spread"));
        if (!limitedTags.isEmpty()) {
            sectionColumns.add("tags");
        }
        files.put("sections.csv", csv(sectionColumns, sectionRows));
        if (!linkRows.isEmpty()) {
            // min_gap only where a MIN_GAP row needs it, so other bundles read as before.
            boolean gaps = linkRows.stream().anyMatch(row -> row.size() > 2);
            List<List<?>> rows = new ArrayList<>();
            linkRows.forEach(row -> rows.add(gaps && row.size() == 2 ? List.of(row.get(0), row.get(1), "") : row));
            files.put("section_links.csv", csv(gaps ? List.of("kind", "sections", "min_gap")
                    : List.of("kind", "sections"), rows));
        }
        List<List<?>> teams = options.subjectTeams() ? teamRows() : List.of();
        if (!teams.isEmpty()) {
            files.put("teams.csv", csv(List.of("id", "name", "kind", "members", "leader", "meetings_per_week",
                    "family", "priority"), teams));
        }
        School school = validate(files, name);
        Summary summary = summary(school, rooms.virtual(), teams.size());
        files.put(REPORT, reportText(summary, rooms.virtual()).getBytes(StandardCharsets.UTF_8));
        return new Imported(name, files, summary, translation());
    }

    private Translation translation() {
        Map<Integer, ActivityLesson> lessons = new LinkedHashMap<>();
        for (Section section : sections) {
            // Lesson k of a section is its k-th plan, as fixed_block's entries are.
            for (int k = 0; k < section.plans.size(); k++) {
                lessons.put(section.plans.get(k).activity.id(), new ActivityLesson(section.id, k + 1,
                        section.duration));
            }
        }
        Map<String, String> roomIds = new LinkedHashMap<>();
        fet.rooms().forEach(room -> roomIds.put(room.name(), ids.id("room", room.name())));
        List<Integer> dropped = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            if (results[i] == Result.DROPPED) {
                dropped.add(i);
            }
        }
        return new Translation(lessons, roomIds, dropped, fet.days(), fet.hours());
    }

    private School validate(Map<String, byte[]> files, String name) throws FetImportException {
        try {
            return BundleReader.read(files, name);
        } catch (BundleException e) {
            List<FetProblem> problems = e.problems().stream().map(problem -> new FetProblem(fet.fileName(), 0, null,
                    "the bundle made from this file does not pass validation: " + problem)).toList();
            throw new FetImportException(problems);
        }
    }

    private List<List<?>> teacherRows(int schoolLimit, int classPerDay, boolean buildingLimits) {
        Map<String, Set<String>> subjectsByTeacher = new HashMap<>();
        for (Section section : sections) {
            subjectsByTeacher.computeIfAbsent(section.teacher, key -> new TreeSet<>()).add(section.subject);
            section.coTeachers.forEach(coTeacher -> subjectsByTeacher.computeIfAbsent(coTeacher,
                    key -> new TreeSet<>()).add(section.subject));
        }
        Map<String, Integer> lessonsByTeacher = new HashMap<>();
        for (Section section : sections) {
            lessonsByTeacher.merge(section.teacher, section.plans.size(), Integer::sum);
            section.coTeachers.forEach(coTeacher -> lessonsByTeacher.merge(coTeacher, section.plans.size(),
                    Integer::sum));
        }
        List<List<?>> rows = new ArrayList<>();
        for (FetSchool.Teacher teacher : fet.teachers()) {
            String id = ids.id("teacher", teacher.name());
            Integer limit = teacherMaxDaily.get(teacher.name());
            List<Object> row = new ArrayList<>(List.of(id, Ids.text(teacher.name()),
                    String.join(";", subjectsByTeacher.getOrDefault(id, Set.of())), "TEACHER",
                    slotList(teacherUnavailable.get(teacher.name())), limit == null ? "" : Math.min(limit,
                            schoolLimit)));
            row.addAll(limitCells(TEACHER_LIMITS, teacherLimits.getOrDefault(teacher.name(), Map.of()),
                    teacherLimits.getOrDefault("", Map.of())));
            // No more days than the teacher has lessons (FET could not give them more) nor the week has.
            int minDaysCell = row.size() - TEACHER_LIMITS.size() + TEACHER_LIMITS.indexOf("min_days_per_week");
            if (row.get(minDaysCell) instanceof Integer minDays) {
                int most = Math.min(grid.days(), lessonsByTeacher.getOrDefault(id, 0));
                row.set(minDaysCell, Math.min(minDays, most) == 0 ? "" : Math.min(minDays, most));
            }
            if (!teacherIntervals.isEmpty()) {
                Set<String> intervals = new java.util.LinkedHashSet<>(teacherIntervals.getOrDefault("", List.of()));
                intervals.addAll(teacherIntervals.getOrDefault(teacher.name(), List.of()));
                row.add(String.join(";", intervals));
            }
            if (buildingLimits) {
                row.addAll(limitCells(BUILDING_LIMITS, teacherLimits.getOrDefault(teacher.name(), Map.of()),
                        teacherLimits.getOrDefault("", Map.of())));
            }
            if (!limitedTags.isEmpty()) {
                for (String column : TAG_LIMITS) {
                    Map<String, Map<String, Integer>> byTeacher = teacherTagLimits.getOrDefault(column, Map.of());
                    Map<String, Integer> byTag = new TreeMap<>(byTeacher.getOrDefault("", Map.of()));
                    byTeacher.getOrDefault(teacher.name(), Map.of()).forEach((tag, max) ->
                            byTag.merge(tag, max, Math::min));
                    row.add(byTag.entrySet().stream().map(entry -> ids.id("tag", entry.getKey()) + ":"
                            + entry.getValue()).collect(Collectors.joining(";")));
                }
            }
            rows.add(row);
        }
        // A placeholder is never the bottleneck: it may teach every CLASS period of a day, under no FET limit.
        placeholderOf.forEach((id, owner) -> {
            List<Object> row = new ArrayList<>(List.of(id, "no teacher in FET (" + owner + ")",
                    String.join(";", subjectsByTeacher.getOrDefault(id, Set.of())), "TEACHER", "", classPerDay));
            row.addAll(limitCells(TEACHER_LIMITS, Map.of(), Map.of()));
            if (!teacherIntervals.isEmpty()) {
                row.add("");
            }
            if (buildingLimits) {
                row.addAll(limitCells(BUILDING_LIMITS, Map.of(), Map.of()));
            }
            if (!limitedTags.isEmpty()) {
                TAG_LIMITS.forEach(column -> row.add(""));
            }
            rows.add(row);
        });
        return rows;
    }

    /** The cells of these limit columns: the tighter of the own and the school-wide limit, empty when none. */
    private static List<Object> limitCells(List<String> columns, Map<String, Integer> own,
            Map<String, Integer> everyone) {
        List<Object> cells = new ArrayList<>();
        for (String column : columns) {
            Map<String, Integer> both = new HashMap<>(everyone);
            Integer value = own.get(column);
            if (value != null) {
                tighten(both, column, value);
            }
            cells.add(both.containsKey(column) ? both.get(column) : "");
        }
        return cells;
    }

    private record RoomsWritten(List<List<?>> rows, int virtual) {
    }

    /**
     * A room's capacity as written: FET's "no limit" (often 30000) is cut to the largest CommonPlan takes, which
     * is no limit either, since no section is larger.
     */
    private static int capacity(Room room) {
        return Math.min(Limits.MAX_STUDENTS, Math.max(1, room.capacity()));
    }

    private RoomsWritten roomRows() {
        List<List<?>> rows = new ArrayList<>();
        for (int index = 0; index < fet.rooms().size(); index++) {
            Room room = fet.rooms().get(index);
            rows.add(List.of(ids.id("room", room.name()), capacity(room), GENERAL,
                    slotList(roomUnavailable.get(room.name())),
                    room.building() == null ? "" : ids.id("building", room.building())));
        }
        // A lesson needs a room in CommonPlan; one made-up room per teacher who can be teaching such a lesson at
        // once (a teacher teaches one lesson at a time) is always enough.
        List<Section> roomless = sections.stream().filter(section -> section.rooms == null).toList();
        Set<String> teachers = roomless.stream().map(section -> section.teacher).collect(Collectors.toSet());
        int lessons = roomless.stream().mapToInt(section -> section.plans.size()).sum();
        int virtual = Math.min(lessons, teachers.size());
        int capacity = Math.max(1, roomless.stream().mapToInt(section -> section.enrollment).max().orElse(1));
        // Enrollments are within the limit already.
        for (int n = 1; n <= virtual; n++) {
            rows.add(List.of(ids.reserve("room", "no-room-" + n), capacity, NO_ROOM_KIND, "", ""));
        }
        return new RoomsWritten(rows, virtual);
    }

    private List<List<?>> teamRows() {
        Map<String, Set<String>> teachersBySubject = new TreeMap<>();
        for (Section section : sections) {
            Set<String> teachers = teachersBySubject.computeIfAbsent(section.subject, key -> new TreeSet<>());
            if (!placeholderOf.containsKey(section.teacher)) {
                teachers.add(section.teacher);
            }
            teachers.addAll(section.coTeachers);
        }
        List<List<?>> rows = new ArrayList<>();
        teachersBySubject.forEach((subject, teachers) -> {
            if (teachers.size() < MIN_TEAM_SIZE) {
                return;
            }
            List<String> members = new ArrayList<>(teachers);
            int teams = (members.size() + MAX_TEAM_SIZE - 1) / MAX_TEAM_SIZE;
            for (int t = 0; t < teams; t++) {
                // Balanced: 10 teachers make teams of 5 and 5, not 8 and 2.
                List<String> team = members.subList(t * members.size() / teams, (t + 1) * members.size() / teams);
                String id = ids.reserve("team", subject + "-team" + (teams == 1 ? "" : "-" + (t + 1)));
                rows.add(List.of(id, subject + " team" + (teams == 1 ? "" : " " + (t + 1)), "CONTENT",
                        String.join(";", team), "", 1, BlockFamily.SINGLE, 1));
            }
        });
        return rows;
    }

    /** A {@code ;} list of timeslots, whole days named by their day id. */
    private String slotList(BitSet slots) {
        if (slots == null || slots.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (int day = 0; day < grid.days(); day++) {
            BitSet daySlots = slots.get(grid.slot(day, 0), grid.slot(day, 0) + grid.hours());
            if (daySlots.cardinality() == grid.hours()) {
                names.add(grid.dayId(day));
            } else {
                int dayStart = grid.slot(day, 0);
                daySlots.stream().forEach(hour -> names.add(grid.timeslotId(dayStart + hour)));
            }
        }
        return String.join(";", names);
    }

    private Summary summary(School school, int virtualRooms, int teams) {
        Map<Result, Integer> totals = report.totals();
        int fixed = (int) sections.stream().flatMap(section -> section.lockedBlocks.stream())
                .filter(block -> !block.isEmpty()).count();
        int inactive = (int) fet.activities().stream().filter(activity -> !activity.active()).count();
        return new Summary(fet.teachers().size(), placeholderOf.size(), school.getGroups().size(),
                fet.rooms().size(), virtualRooms, fet.activities().size(), inactive, school.getSections().size(),
                school.getLessons().size(), fixed, teams, fet.constraints().size(), totals.get(Result.MAPPED),
                totals.get(Result.APPROXIMATE), totals.get(Result.DROPPED));
    }

    private String reportText(Summary summary, int virtualRooms) {
        List<String> preamble = new ArrayList<>();
        preamble.add(String.format("Read from `%s` (FET %s%s) by `import-fet`.", fet.fileName(),
                fet.version() == null ? "version unknown" : fet.version(),
                fet.institution() == null ? "" : ", institution \"" + fet.institution() + "\""));
        preamble.add("");
        preamble.add("| | FET | bundle |");
        preamble.add("|---|---|---|");
        preamble.add(String.format("| week | %s × %s, %s | %d timeslots (%d CLASS) |", count(grid.days(), "day"),
                count(grid.hours(), "hour"), count(grid.breakCount(), "break slot"), grid.slots(),
                grid.slots() - grid.breakCount()));
        preamble.add(String.format("| teachers | %d | %d%s |", summary.teachers(),
                summary.teachers() + summary.placeholderTeachers(), summary.placeholderTeachers() == 0 ? ""
                        : " (" + count(summary.placeholderTeachers(), "placeholder") + " for sections without a "
                        + "teacher)"));
        preamble.add(String.format("| students | %d years, %d groups, %d subgroups | %d groups |",
                fet.students().years(), fet.students().groups(), fet.students().subgroups(), summary.groups()));
        preamble.add(String.format("| activities | %d (%d inactive, left out) | %d sections, %d lessons (%d fixed) |",
                summary.activities(), summary.inactiveActivities(), summary.sections(), summary.lessons(),
                summary.fixedLessons()));
        preamble.add(String.format("| rooms | %d | %d%s |", summary.rooms(), summary.rooms() + virtualRooms,
                virtualRooms == 0 ? "" : " (" + virtualRooms + " of kind NONE for activities without a room)"));
        if (options.subjectTeams()) {
            preamble.add(String.format("| teams | — | %d (`--teams subjects`) |", summary.teams()));
        }
        preamble.add("");
        preamble.add("Weights: a FET constraint of 100% is a hard rule in CommonPlan. Below 100% it is a soft rule "
                + "where CommonPlan has a soft form (teachers' lessons in a row, days between lessons); where "
                + "CommonPlan has only a hard form, it is dropped rather than made hard. A weight of 0% has no effect "
                + "in FET and is dropped.");
        periodsSection();
        roomsSection();
        familiesSection();
        activitiesSection();
        namesSection();
        fet.notes().forEach(note -> report.add("Read but set aside", "- " + markdown(note)));
        return report.render("Import report: " + fet.fileName(), preamble);
    }

    private void periodsSection() {
        String heading = "Periods";
        report.add(heading, grid.timesFromNames() ? "Times are read from FET's hour names."
                : String.format("FET's hour names hold no usable times, so times are made up: from %s, %d minutes "
                        + "each, %d minutes apart.", TimeGrid.SYNTHETIC_START, TimeGrid.SYNTHETIC_MINUTES,
                        TimeGrid.SYNTHETIC_GAP));
        report.add(heading, "");
        report.add(heading, "| period | FET hour | start | end |");
        report.add(heading, "|---|---|---|---|");
        for (int hour = 0; hour < grid.hours(); hour++) {
            report.add(heading, String.format("| %s | %s | %s | %s |", TimeGrid.periodId(hour),
                    markdown(grid.hourName(hour)), grid.start(hour), grid.end(hour)));
        }
        report.add(heading, "");
        List<String> days = new ArrayList<>();
        for (int day = 0; day < grid.days(); day++) {
            days.add(grid.dayId(day) + " = " + markdown(grid.dayName(day)));
        }
        report.add(heading, "Days: " + String.join(", ", days) + ".");
    }

    private void roomsSection() {
        String heading = "Rooms";
        long listed = sections.stream().filter(section -> !section.roomList.isEmpty()).count();
        long roomless = sections.stream().filter(section -> section.roomKind.equals(NO_ROOM_KIND)).count();
        report.add(heading, String.format("%d sections list the rooms FET's room constraints (at 100%%) allow them "
                + "in `rooms`; %d need no room in FET and take a made-up room of kind NONE (no-room-1, ...). Every "
                + "FET room is GENERAL.", listed, roomless));
    }

    private void familiesSection() {
        List<Families.Family> custom = families.custom();
        if (custom.isEmpty()) {
            return;
        }
        String heading = "Block families";
        Map<String, Integer> sectionsByFamily = new HashMap<>();
        sections.forEach(section -> sectionsByFamily.merge(section.family, 1, Integer::sum));
        report.add(heading, "Families of blocks.csv: `D<n>` holds every start of an n-period lesson that FET allows; "
                + "`D<n>R<k>` only the starts left by time constraints (students not available, preferred starting "
                + "times and time slots).");
        report.add(heading, "");
        report.add(heading, "| family | periods | blocks | sections |");
        report.add(heading, "|---|---:|---:|---:|");
        for (Families.Family family : custom) {
            report.add(heading, String.format("| %s | %d | %d | %d |", family.name(), family.duration(),
                    family.starts().cardinality(), sectionsByFamily.getOrDefault(family.name(), 0)));
        }
    }

    private void activitiesSection() {
        String heading = "Activities";
        Map<Integer, Integer> byDuration = new TreeMap<>();
        planById.values().forEach(plan -> byDuration.merge(plan.activity.duration(), 1, Integer::sum));
        List<String> durations = new ArrayList<>();
        byDuration.forEach((duration, count) -> durations.add(count + " of " + duration + " hour"
                + (duration == 1 ? "" : "s") + " (family " + families.unrestricted(duration) + ")"));
        report.add(heading, "- active activities by length: " + String.join(", ", durations) + ".");
        long split = planById.values().stream().map(plan -> plan.activity.groupId()).distinct().count();
        report.add(heading, String.format("- %d activity groups (a split activity and its sub-activities, or one "
                + "activity) become %d sections: one per group, or more when its sub-activities differ in length, "
                + "allowed times, rooms, end of day, teachers or students (one course); a locked sub-activity is its lesson's entry "
                + "in fixed_block.", split, sections.size()));
        if (!placeholderOf.isEmpty()) {
            int without = (int) sections.stream().filter(section -> placeholderOf.containsKey(section.teacher))
                    .count();
            report.add(heading, String.format("- %s no teacher in FET, and a section needs one: each takes the "
                    + "placeholder of its first group (`unstaffed-<group>`), shared by that group's sections without "
                    + "a teacher, which never meet at once anyway, or one of its own when it has no students "
                    + "(%s).", without == 1 ? "1 section has" : without + " sections have",
                    count(placeholderOf.size(), "placeholder")));
        }
        long inactive = fet.activities().stream().filter(activity -> !activity.active()).count();
        if (inactive > 0) {
            report.add(heading, "- " + count((int) inactive, "inactive activity").replace("activitys", "activities")
                    + " left out.");
        }
        sectionNotes.forEach(line -> report.add(heading, line));
        report.add(heading, "- enrollment is FET's number of students of each activity (the sum of its students "
                + "sets' numbers, or the activity's own); groups.csv gives each group FET's number, or 1 where FET "
                + "gives none (0).");
    }

    private void namesSection() {
        Map<String, String> renamed = ids.renamed();
        if (renamed.isEmpty()) {
            return;
        }
        String heading = "Names";
        report.add(heading, String.format("%s not valid bundle ids (spaces, ';' and other punctuation) and changed; "
                + "teachers.csv keeps each teacher's FET name in `name`.", renamed.size() == 1 ? "1 FET name is"
                : renamed.size() + " FET names are"));
        report.add(heading, "");
        renamed.entrySet().stream().limit(40).forEach(entry -> report.add(heading, "- " + markdown(entry.getKey())
                + " → `" + entry.getValue() + "`"));
        if (renamed.size() > 40) {
            report.add(heading, "- and " + (renamed.size() - 40) + " more");
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String markdown(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static byte[] csv(List<String> header, List<List<?>> rows) {
        StringWriter writer = new StringWriter();
        try {
            SafeCsv.write(writer, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString().getBytes(StandardCharsets.UTF_8);
    }
}
