package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.Rule;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SectionLink;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.solver.ScheduleSolver;

/**
 * Before Timefold's construction: the conflict-directed search ({@link ConflictDirectedSearch}) places the lessons
 * that have no block yet, from the week as it is (empty but for pinned lessons and the meetings placed first). Its
 * iterations cost a fraction of construction's scored moves, so on a school whose hard rules it models (clashes,
 * course days, teachers' days, gaps and late starts) it builds the week several times faster. It keeps the week
 * only when every hard rule that week breaks is a lesson it left without a place, or a day-shape rule (gaps, late
 * starts, short days) of a week still missing lessons, which the search lets the lessons left fill: then
 * construction places just those, and the search after construction clears what they clash with. A week that
 * breaks a rule the search does not see (ends of day, homeroom classes, planning time...) would leave the repair a
 * slow start, so it puts every lesson back without a place, and construction builds the week as before. From the
 * empty week the search takes the hardest lesson left out first, and its week goes out with each teacher's lessons
 * gathered into as few rooms as their blocks allow ({@link TeacherRooms}).
 */
public class ConflictDirectedConstruction implements PhaseCommand<School> {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConflictDirectedConstruction.class);

    /** Iterations per activity without fewer left out after which it stops: construction places the rest. */
    static final long PATIENCE_PER_ACTIVITY = 20;

    /** The links between sections whose lessons the search places together or apart (ActivityModel). */
    private static final Set<SectionLink.Kind> LINKS_THE_SEARCH_SEES = EnumSet.of(SectionLink.Kind.MIN_GAP,
            SectionLink.Kind.SAME_START, SectionLink.Kind.SAME_DAY, SectionLink.Kind.NOT_OVERLAPPING);

    private long randomSeed;
    private long iterationLimit = Long.MAX_VALUE;

    /** Seed of the search's own random (the run's seed). */
    public void setRandomSeed(long randomSeed) {
        this.randomSeed = randomSeed;
    }

    /** Iterations after which the search stops, whatever the time: a reproducible run's end. */
    public void setIterationLimit(long iterationLimit) {
        this.iterationLimit = iterationLimit;
    }

    private record Place(Block block, Room room) {
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<School> scoreDirector, BooleanSupplier isPhaseTerminated) {
        School school = scoreDirector.getWorkingSolution();
        if (isPhaseTerminated.getAsBoolean() || !statesOnlyRulesTheSearchSees(school)
                || school.getLessons().stream().allMatch(lesson -> lesson.getBlock() != null)) {
            return;
        }
        long start = System.nanoTime();
        ConflictDirectedSearch search = new ConflictDirectedSearch(school, new Random(randomSeed));
        search.takeHardestFirst();
        search.keepRandomTiesWherePlacesConflict();
        search.run(isPhaseTerminated, PATIENCE_PER_ACTIVITY * search.activityCount(), iterationLimit);
        Map<Object, ConflictDirectedSearch.Place> places = TeacherRooms.gather(school, search.placedInBest());
        List<Lesson> changed = new ArrayList<>();
        List<Place> before = new ArrayList<>();
        for (Lesson lesson : school.getLessons()) {
            ConflictDirectedSearch.Place place = places.get(lesson);
            if (place == null || lesson.getBlock() != null) {
                continue; // a lesson that had a block keeps it: only construction's lessons are placed here
            }
            changed.add(lesson);
            before.add(new Place(lesson.getBlock(), lesson.getRoom()));
            VariableChanges.set(scoreDirector, lesson, place.block());
            if (place.room() != null && place.room() != lesson.getRoom()) {
                VariableChanges.setRoom(scoreDirector, lesson, place.room());
            }
        }
        scoreDirector.triggerVariableListeners();
        boolean kept = onlyUnplacedLessonsBreakHardRules(scoreDirector, school);
        if (!kept) {
            for (int i = 0; i < changed.size(); i++) {
                VariableChanges.set(scoreDirector, changed.get(i), before.get(i).block());
                VariableChanges.setRoom(scoreDirector, changed.get(i), before.get(i).room());
            }
            scoreDirector.triggerVariableListeners();
        }
        LOGGER.debug("Conflict-directed construction: {} iterations in {} ms, {} activities left out, week {}.",
                search.iterations(), (System.nanoTime() - start) / 1_000_000, search.unassignedCount(),
                kept ? "kept" : "given back to construction");
    }

    /**
     * Whether the school states no hard rule the search leaves to the repair, so that its week can stand: no team
     * meetings (homeroom classes and singleton conflicts around them are not in its model), no linked sections but
     * MIN_GAP, SAME_START, SAME_DAY and NOT_OVERLAPPING ones, no lesson that must end its groups' day, no homeroom
     * class, no teachers' minimum days or planning time. Elsewhere the week would be given back after the search had
     * spent its time on it (measured on FET's examples and the planted schools: benchmarks/RESULTS.md). Teachers' and
     * groups' lessons a day, lessons in a row, tagged lessons and days in part of the day are the search's since it
     * learned them. Building changes are left out: on stjosephemhss the search's week cost min-days-between-soft
     * (-10,850 to -16,100 after 200,000 moves, seed 0), which the search does not weigh.
     */
    static boolean statesOnlyRulesTheSearchSees(School school) {
        if (!school.getMeetings().isEmpty()) {
            return false;
        }
        Set<Section> sections = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Lesson lesson : school.getLessons()) {
            Section section = lesson.getSection();
            if (!sections.add(section)) {
                continue;
            }
            if (section.isEndsDay() || section.getLinks().stream()
                    .anyMatch(link -> !LINKS_THE_SEARCH_SEES.contains(link.kind()))) {
                return false;
            }
            for (Teacher teacher : section.getStaff()) {
                if (teacher.getHomeroom() != null || teacher.getMinDaysPerWeek() > 0
                        || teacher.getBuildingLimits().any() || teacher.getMinPlanningMinutesPerWeek() > 0) {
                    return false;
                }
            }
            for (StudentGroup group : section.getGroups()) {
                if (group.getBuildingLimits().any()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The rules on the shape of a day that a week still missing lessons may break until they are placed. */
    private static final Set<String> UNFINISHED_DAY_RULES = Set.of(Rule.TEACHER_GAPS.id(), Rule.GROUP_GAPS.id(),
            Rule.GROUP_LATE_START.id(), Rule.TEACHER_SHORT_DAY.id(), Rule.GROUP_DAILY_LESSONS.id());

    /**
     * Whether the working schedule's hard score is all lessons without a block or room, or, with some left out, also
     * rules on unfinished days: the search's week breaks no other hard rule. The rules are told apart on a copy,
     * only when the score alone cannot clear the week. Without a scoring director (a test's stand-in) the week is
     * kept.
     */
    static boolean onlyUnplacedLessonsBreakHardRules(ScoreDirector<School> scoreDirector, School school) {
        if (!(scoreDirector instanceof InnerScoreDirector<?, ?> scoring)) {
            return true;
        }
        if (onlyUnplacedLessonsCount(scoring, school)) {
            return true;
        }
        if (school.getLessons().stream().allMatch(lesson -> lesson.getBlock() != null)) {
            return false;
        }
        return ScheduleSolver.analyze((School) scoring.cloneWorkingSolution()).constraintMap().entrySet().stream()
                .filter(entry -> entry.getValue().score().hardScore() != 0)
                .allMatch(entry -> entry.getKey().constraintName().equals(Rule.UNPLACED_LESSON.id())
                        || UNFINISHED_DAY_RULES.contains(entry.getKey().constraintName()));
    }

    /** Whether the working schedule's hard score is all lessons without a block or room. */
    private static boolean onlyUnplacedLessonsCount(InnerScoreDirector<?, ?> scoring, School school) {
        HardMediumSoftLongScore score = (HardMediumSoftLongScore) scoring.calculateScore().raw();
        HardMediumSoftLongScore weight = school.getConstraintWeightOverrides()
                .getConstraintWeight(Rule.UNPLACED_LESSON.id());
        long perLesson = (weight == null ? Rule.UNPLACED_LESSON.defaultWeight() : weight).hardScore();
        long unplaced = school.getLessons().stream()
                .filter(lesson -> lesson.getBlock() == null || lesson.getRoom() == null).count();
        return score.hardScore() == -unplaced * perLesson;
    }
}
