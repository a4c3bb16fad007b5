package org.commonplan.bundle;

/**
 * The most one school's bundle may hold and the ranges its numbers must keep, for the CLI and the HTTP service
 * alike; the README's "Limits of one school" lists them. Each is well above what a real school needs (the largest
 * US high schools have about 400 teachers; the largest bundled school, high-xl, has 300 teachers and 1,327
 * sections) and low enough that reading, checking and solving a bundle stay bounded in memory and time.
 */
public final class Limits {

    /** Largest CSV file read. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /** Largest JSON document read: all files together, as JSON is a little wordier than CSV. */
    public static final int MAX_JSON_BYTES = 2 * MAX_FILE_BYTES;
    /** Most uncompressed bytes read from a zip by the CLI: one full-size file for each bundle file. */
    public static final long MAX_ZIP_BYTES = (long) BundleFile.values().length * MAX_FILE_BYTES;
    /** Most entries looked at in a zip, so that a zip of many tiny entries cannot keep the reader busy. */
    public static final int MAX_ZIP_ENTRIES = 1_000;
    /** Most rows in one file (settings keys included), header not counted. */
    public static final int MAX_ROWS_PER_FILE = 20_000;
    /** Most columns a header may name or a row may fill; a bundle file has at most 12. */
    public static final int MAX_COLUMNS = 100;
    /** Most items in one cell's {@code ;} list: more than any team, section or teacher needs. */
    public static final int MAX_LIST_ITEMS = 1_000;

    /** Problems listed for one file; the rest are counted in one closing "and N more" problem. */
    public static final int MAX_PROBLEMS_PER_FILE = 100;
    /** Problems listed for a whole bundle. */
    public static final int MAX_PROBLEMS = 1_000;

    /** Teachers of one school: two and a half times the largest real high schools. */
    public static final int MAX_TEACHERS = 1_000;
    /** Sections of one school: ten for each teacher the limit allows. */
    public static final int MAX_SECTIONS = 10_000;
    /**
     * Attendees of one team (members and leader): more than the largest department or grade team of a 400-teacher
     * school; a meeting needs them all free at once, which 200 teachers during the school day never are.
     */
    public static final int MAX_TEAM_SIZE = 200;
    /** Team memberships of one school, each team's attendees counted once: five teams for each teacher allowed. */
    public static final int MAX_TEAM_MEMBERSHIPS = 5_000;
    /**
     * Lessons and team meetings, each counted once for every block it may take: the size of the solver's search.
     * 50 times the largest bundled school (high-xl: 12,579); a 400-teacher high school whose every lesson is one
     * timeslot of a 45-timeslot week stays under it.
     */
    public static final int MAX_BLOCK_CHOICES = 500_000;

    /** Students of a group, a section's enrollment, a room's capacity and students of a course conflict. */
    public static final int MAX_STUDENTS = 10_000;
    /** A salary a year, in the school's currency: room for currencies such as the won or the rupiah. */
    public static final long MAX_SALARY = 1_000_000_000L;
    /** A team's priority, which multiplies the penalty of each unscheduled minute of its meetings. */
    public static final int MAX_PRIORITY = 1_000;
    /** Lessons of a section, meetings of a team, observations of a coaching pair: a week's worth. */
    public static final int MAX_MEETINGS = 50;
    /** Timeslots of teaching or release a day. */
    public static final int MAX_PER_DAY = 100;
    /** Most days, gaps or late starts a week a teacher's or a group's limits may name. */
    public static final int MAX_PER_WEEK = 500;
    /** Each level of a rule's weight in settings.csv, so that no score can overflow. */
    public static final long MAX_WEIGHT = 1_000_000L;

    private Limits() {
    }
}
