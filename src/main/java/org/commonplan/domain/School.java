package org.commonplan.domain;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A school's scheduling problem and, once solved, its master schedule. */
@PlanningSolution
public class School {

    private String name;
    private Settings settings;
    @ProblemFactProperty
    private BellSchedule bellSchedule;
    @ProblemFactCollectionProperty
    private List<Block> blocks;
    @ProblemFactCollectionProperty
    private List<Teacher> teachers;
    @ProblemFactCollectionProperty
    private List<Room> rooms;
    @ProblemFactCollectionProperty
    private List<StudentGroup> groups;
    @ProblemFactCollectionProperty
    private List<Section> sections;
    @ProblemFactCollectionProperty
    private List<Team> teams;
    @ProblemFactCollectionProperty
    private List<CoachingPair> coachingPairs;
    @ProblemFactCollectionProperty
    private List<CourseConflict> courseConflicts;

    @PlanningEntityCollectionProperty
    private List<Lesson> lessons;
    @PlanningEntityCollectionProperty
    private List<TeamMeeting> meetings;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides =
            ConstraintWeightOverrides.none();

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** The earlier schedule this one started from, or null. */
    private PreviousSchedule previousSchedule;

    public School() {
    }

    public School(String name, Settings settings, BellSchedule bellSchedule, List<Teacher> teachers,
            List<Room> rooms, List<StudentGroup> groups, List<Section> sections, List<Lesson> lessons,
            List<Team> teams, List<TeamMeeting> meetings, List<CoachingPair> coachingPairs,
            List<CourseConflict> courseConflicts) {
        this.name = name;
        this.settings = settings;
        this.bellSchedule = bellSchedule;
        this.blocks = bellSchedule.getAllBlocks();
        this.teachers = teachers;
        this.rooms = rooms;
        this.groups = groups;
        this.sections = sections;
        this.lessons = lessons;
        this.teams = teams;
        this.meetings = meetings;
        this.coachingPairs = coachingPairs;
        this.courseConflicts = courseConflicts;
    }

    public String getName() {
        return name;
    }

    public Settings getSettings() {
        return settings;
    }

    public BellSchedule getBellSchedule() {
        return bellSchedule;
    }

    public List<Block> getBlocks() {
        return blocks;
    }

    public List<Teacher> getTeachers() {
        return teachers;
    }

    public List<Room> getRooms() {
        return rooms;
    }

    public List<StudentGroup> getGroups() {
        return groups;
    }

    public List<Section> getSections() {
        return sections;
    }

    public List<Lesson> getLessons() {
        return lessons;
    }

    public List<Team> getTeams() {
        return teams;
    }

    public List<TeamMeeting> getMeetings() {
        return meetings;
    }

    public List<CoachingPair> getCoachingPairs() {
        return coachingPairs;
    }

    public List<CourseConflict> getCourseConflicts() {
        return courseConflicts;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    public PreviousSchedule getPreviousSchedule() {
        return previousSchedule;
    }

    public void setPreviousSchedule(PreviousSchedule previousSchedule) {
        this.previousSchedule = previousSchedule;
    }
}
