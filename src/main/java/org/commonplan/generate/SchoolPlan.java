package org.commonplan.generate;

import java.util.List;

/**
 * How every archetype's school is planned, in order: the standard settings and a time limit, the bell schedule,
 * then the archetype's own part (staff, and every section planted in a block, with the teams to place), and the
 * tail they share: team meetings in their members' common free time, coaching pairs, course conflicts (high
 * schools), rooms for the planted lessons, and a last check that no teacher is double-booked or over a limit.
 * The order is part of the seed's meaning: each step draws from the same random streams after the one before.
 */
abstract class SchoolPlan {

    /** The planning minimum every planted teacher keeps (the bundle default, minutes a week). */
    private static final int MIN_PLANNING_MINUTES = 150;

    protected final GeneratorOptions options;
    protected final PlannedSchool school = new PlannedSchool();
    /** Draws who is hired; the plan's other draws come from {@link #planRng}. */
    protected final Rng staffRng;
    protected final Rng planRng;
    protected Week week;
    /** What each teacher does when in the planted schedule; set by {@link #planTeaching()}. */
    protected Occupancy occupancy;

    protected SchoolPlan(GeneratorOptions options, Rng staffRng, Rng planRng) {
        this.options = options;
        this.staffRng = staffRng;
        this.planRng = planRng;
    }

    final PlannedSchool plan(String name) {
        school.putStandardSettings(name);
        school.settings.put("time_limit", timeLimit());
        writeBellSchedule();
        week = new Week(school.bell);
        options.checkRelease(week.defaultMaxTeachingPerDay());
        List<TeamPlacer.Request> teams = planTeaching();
        TeamPlacer.place(school, week, occupancy, teams, planRng);
        CoachingPlanner.plan(school, week, occupancy, coachingPairsPerLeader(), planRng);
        planCourseConflicts();
        RoomAllocator.allocate(school, week);
        if (spareClassroomCapacity() > 0) {
            RoomAllocator.addSpareRooms(school, spareClassroomCapacity());
        }
        occupancy.verifyTeachers(school.teachers);
        return school;
    }

    /** The solve time limit written to settings.csv. */
    protected abstract String timeLimit();

    /** Fills {@code school.bell} with the week's periods. */
    protected abstract void writeBellSchedule();

    /**
     * Hires the staff and plants every section in a block, leaving {@link #occupancy} with every planted lesson;
     * returns the teams to place, each with its meetings and preferred blocks.
     */
    protected abstract List<TeamPlacer.Request> planTeaching();

    /** Coaching pairs a teacher-leader gets at most. */
    protected abstract int coachingPairsPerLeader();

    /** Course conflicts between singletons, where the archetype has them; none by default. */
    protected void planCourseConflicts() {
    }

    /** Capacity of the classrooms added beyond the busiest period's need; 0 (the default) adds none. */
    protected int spareClassroomCapacity() {
        return 0;
    }

    /** An occupancy of every teacher with nothing planted yet. */
    protected final Occupancy emptyOccupancy() {
        Occupancy empty = new Occupancy(week, MIN_PLANNING_MINUTES);
        school.teachers.forEach(empty::addTeacher);
        return empty;
    }

    /** The occupancy of every section's first planted lesson (sections that meet in one DAILY block), checked. */
    protected final Occupancy occupancyOfDailySections() {
        Occupancy planted = emptyOccupancy();
        for (PlannedSection section : school.sections) {
            planted.addLesson(section, week.block(section.lessons.get(0).block));
        }
        planted.verifyTeachers(school.teachers);
        return planted;
    }
}
