package org.commonplan.solver.moves;

import java.util.IdentityHashMap;
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

import org.commonplan.bound.MeetingBound;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/**
 * Between construction and the repair's local search: clears the week of teacher, group and attendee conflicts
 * and rooms with {@link ConflictDirectedSearch}. What that search does not see (groups' daily loads, homeroom classes,
 * singleton conflicts) the local search repairs next.
 */
public class ConflictDirectedRepair implements PhaseCommand<School> {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConflictDirectedRepair.class);

    private long randomSeed;
    private long patience = 200_000;
    private long iterationLimit = Long.MAX_VALUE;
    private long iterationLimitWhereItSeesEveryRule;
    private long spentLimitMillis;
    private long spentLimitMillisWhereItSeesEveryRule;

    /** Seed of the search's own random (ScheduleSolver passes on the run's seed). */
    public void setRandomSeed(long randomSeed) {
        this.randomSeed = randomSeed;
    }

    /** Iterations after which the search stops, whatever the time: a reproducible run's end. */
    public void setIterationLimit(long iterationLimit) {
        this.iterationLimit = iterationLimit;
    }

    /** Iterations after which the search stops on a school whose every hard rule it sees. */
    public void setIterationLimitWhereItSeesEveryRule(long iterationLimit) {
        this.iterationLimitWhereItSeesEveryRule = iterationLimit;
    }

    /** Milliseconds after which the search stops, whatever its iterations (0: only when the phase ends). */
    public void setSpentLimitMillis(long spentLimitMillis) {
        this.spentLimitMillis = spentLimitMillis;
    }

    /** Milliseconds after which the search stops on a school whose every hard rule it sees. */
    public void setSpentLimitMillisWhereItSeesEveryRule(long spentLimitMillis) {
        this.spentLimitMillisWhereItSeesEveryRule = spentLimitMillis;
    }

    /** Iterations without fewer activities left out after which the search gives up. */
    public void setPatience(long patience) {
        this.patience = patience;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<School> scoreDirector, BooleanSupplier isPhaseTerminated) {
        if (isPhaseTerminated.getAsBoolean()) {
            return;
        }
        School school = scoreDirector.getWorkingSolution();
        // Meetings construction left without a block join the search where their team's own bound leaves room, and no
        // meeting goes where the bound sees it leave a class that is never idle without a teacher.
        ConflictDirectedSearch search = new ConflictDirectedSearch(school, new Random(randomSeed),
                school.getMeetings().stream().allMatch(meeting -> meeting.getBlock() != null) ? Set.of()
                        : MeetingsFirstPlacement.BoundRoom.of(school).waiting(school),
                school.getMeetings().isEmpty() ? Map.of() : MeetingBound.blocksLeavingAClassAlone(school));
        long start = System.nanoTime();
        boolean seesEveryRule = ConflictDirectedConstruction.statesOnlyRulesTheSearchSees(school);
        long limit = seesEveryRule && iterationLimitWhereItSeesEveryRule > 0 ? iterationLimitWhereItSeesEveryRule
                : iterationLimit;
        long spentLimit = seesEveryRule && spentLimitMillisWhereItSeesEveryRule > 0
                ? spentLimitMillisWhereItSeesEveryRule : spentLimitMillis;
        long end = start + spentLimit * 1_000_000;
        search.run(() -> isPhaseTerminated.getAsBoolean() || spentLimit > 0 && System.nanoTime() - end > 0,
                patience, limit);
        LOGGER.debug("Conflict-directed search: {} iterations in {} ms, {} activities left in conflict.",
                search.iterations(), (System.nanoTime() - start) / 1_000_000, search.unassignedCount());
        Map<Object, ConflictDirectedSearch.Place> places = search.bestPlaces(isPhaseTerminated);
        HardMediumSoftLongScore before = score(scoreDirector);
        Map<Object, ConflictDirectedSearch.Place> startingPlaces = new IdentityHashMap<>();
        for (Lesson lesson : school.getLessons()) {
            ConflictDirectedSearch.Place place = places.get(lesson);
            if (place != null && (place.block() != lesson.getBlock()
                    || place.room() != null && place.room() != lesson.getRoom())) {
                startingPlaces.put(lesson, new ConflictDirectedSearch.Place(lesson.getBlock(), lesson.getRoom()));
            }
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            ConflictDirectedSearch.Place place = places.get(meeting);
            if (place != null && place.block() != meeting.getBlock()) {
                startingPlaces.put(meeting, new ConflictDirectedSearch.Place(meeting.getBlock(), null));
            }
        }
        moveTo(scoreDirector, school, places);
        scoreDirector.triggerVariableListeners();
        HardMediumSoftLongScore after = score(scoreDirector);
        if (before != null && after.compareTo(before) < 0) {
            // The search's week breaks more of what it does not see than it cleared: the repair starts from the better.
            LOGGER.debug("Conflict-directed search: its week ({}) is worse than the one it started from ({}), "
                    + "which is kept.", after, before);
            startingPlaces.forEach((activity, place) -> {
                if (activity instanceof Lesson lesson) {
                    VariableChanges.set(scoreDirector, lesson, place.block());
                    VariableChanges.setRoom(scoreDirector, lesson, place.room());
                } else {
                    VariableChanges.set(scoreDirector, (TeamMeeting) activity, place.block());
                }
            });
            scoreDirector.triggerVariableListeners();
        }
    }

    /** Puts each lesson and meeting the map names in its place there (a null room: the lesson keeps its own). */
    private static void moveTo(ScoreDirector<School> scoreDirector, School school,
            Map<Object, ConflictDirectedSearch.Place> places) {
        for (Lesson lesson : school.getLessons()) {
            ConflictDirectedSearch.Place place = places.get(lesson);
            if (place != null && place.block() != lesson.getBlock()) {
                VariableChanges.set(scoreDirector, lesson, place.block());
            }
            if (place != null && place.room() != null && place.room() != lesson.getRoom()) {
                VariableChanges.setRoom(scoreDirector, lesson, place.room());
            }
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            ConflictDirectedSearch.Place place = places.get(meeting);
            // A meeting the search left out gets no block: out of the schedule, not over a busy attendee.
            if (place != null && place.block() != meeting.getBlock()) {
                VariableChanges.set(scoreDirector, meeting, place.block());
            }
        }
    }

    /** The working schedule's score, or null from a score director that does not calculate one (a test's stand-in). */
    private static HardMediumSoftLongScore score(ScoreDirector<School> scoreDirector) {
        return scoreDirector instanceof InnerScoreDirector<?, ?> scoring
                ? (HardMediumSoftLongScore) scoring.calculateScore().raw() : null;
    }
}
