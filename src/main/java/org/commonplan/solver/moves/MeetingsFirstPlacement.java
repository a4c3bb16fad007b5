package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.commonplan.bound.MeetingBound;
import org.commonplan.domain.Block;
import org.commonplan.domain.School;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.moves.MeetingBlockMove.Purpose;

/**
 * The construction's choices for the next team meeting to place: teams in the order of their ids, each meeting a
 * move into each of its team's blocks. The n-th team tries its blocks from its family's n-th block on, and
 * construction keeps the first of equally good blocks, so common times spread over the periods of the day instead
 * of every team's (and every department's free period) landing in the first one. Ids, not the rows of teams.csv,
 * give the order, so the same school in another row order is built alike.
 *
 * <p>It places only what the meeting bound ({@link MeetingBound}) allows: a team's meetings up to its own bound, each
 * in a block where every attendee can be free. A meeting the bound rules out would break a hard rule wherever it
 * sat, so it stays unscheduled from the start (the repair keeps it so) instead of costing the repair its effort
 * until the drop before the last phase.
 *
 * <p>Where the attendees' time, not the blocks, limits the meetings (the bound in all is below the teams' own bounds
 * added up, as in a primary school whose class teachers teach nearly every period), a meeting placed in the empty
 * week would take a period its attendees must teach in. There the meetings wait for the lessons: with the custom
 * property {@code afterLessons=true} (a second construction after the lessons') this places them, each only in a
 * block where every attendee is free by then, so that placing one costs no hard point; one with no such block
 * stays unscheduled for the last phase to place.
 */
public class MeetingsFirstPlacement implements MoveIteratorFactory<School, MeetingBlockMove> {

    private static final Comparator<TeamMeeting> BY_TEAM_AND_NUMBER = Comparator
            .comparing((TeamMeeting meeting) -> meeting.getTeam().getId())
            .thenComparingInt(TeamMeeting::getNumber);

    /** This phase's room for meetings by the bound: each team's own bound and its possible blocks. */
    private BoundRoom room;

    /** Whether this is the construction after the lessons' (a custom property). */
    private boolean afterLessons;

    public void setAfterLessons(boolean afterLessons) {
        this.afterLessons = afterLessons;
    }

    @Override
    public void phaseStarted(ScoreDirector<School> scoreDirector) {
        room = BoundRoom.of(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<School> scoreDirector) {
        room = null;
    }

    @Override
    public long getSize(ScoreDirector<School> scoreDirector) {
        return moves(scoreDirector.getWorkingSolution(), room(), afterLessons).size();
    }

    /** Asked afresh at each step (and before it, whether there is one): the moves of the next meeting. */
    @Override
    public Iterator<MeetingBlockMove> createOriginalMoveIterator(ScoreDirector<School> scoreDirector) {
        return moves(scoreDirector.getWorkingSolution(), room(), afterLessons).iterator();
    }

    private BoundRoom room() {
        if (room == null) {
            throw new IllegalStateException("The meetings' construction is asked for moves outside its phase.");
        }
        return room;
    }

    @Override
    public Iterator<MeetingBlockMove> createRandomMoveIterator(ScoreDirector<School> scoreDirector, Random random) {
        throw new UnsupportedOperationException("The construction places meetings in order, not at random.");
    }

    static List<MeetingBlockMove> moves(School school, BoundRoom room, boolean afterLessons) {
        if (afterLessons != room.timeLimited()) {
            return List.of();
        }
        Map<Team, Integer> scheduled = new HashMap<>();
        for (TeamMeeting meeting : school.getMeetings()) {
            if (meeting.getBlock() != null) {
                scheduled.merge(meeting.getTeam(), 1, Integer::sum);
            }
        }
        List<TeamMeeting> waiting = school.getMeetings().stream()
                .filter(meeting -> meeting.getBlock() == null && !meeting.isPinned()
                        && scheduled.getOrDefault(meeting.getTeam(), 0) < room.bound(meeting.getTeam())
                        && !meeting.getTeam().getAllowedBlocks().isEmpty())
                .sorted(BY_TEAM_AND_NUMBER).toList();
        BusyIndex busy = afterLessons ? new BusyIndex(school) : null;
        for (TeamMeeting next : waiting) {
            // Before the lessons a meeting takes any block the bound allows, the repair freeing its attendees (a
            // block outside the possible ones could never be freed); after them, only a block where all are free.
            List<Block> possible = room.possibleBlocks(next.getTeam());
            SlotSet unfree = busy == null ? SlotSet.EMPTY : busy.attendeesUnfree(next);
            List<MeetingBlockMove> moves = blocksInTurn(school, next.getTeam()).stream()
                    .filter(block -> possible.contains(block) && !block.getSlots().overlaps(unfree))
                    .map(block -> new MeetingBlockMove(next, block, Purpose.CONSTRUCTION)).toList();
            if (!moves.isEmpty() || !afterLessons) {
                return moves;
            }
        }
        return List.of();
    }

    /**
     * What the meeting bound leaves each team: its own bound (the most meetings of it any schedule keeping the hard
     * rules holds, other teams aside) and its possible blocks.
     */
    record BoundRoom(Map<String, Integer> boundByTeam, Map<Team, List<Block>> possibleBlocks, boolean timeLimited) {

        static BoundRoom of(School school) {
            MeetingBound bound = MeetingBound.of(school);
            Map<String, Integer> bounds = new HashMap<>();
            int teamsAlone = 0;
            for (MeetingBound.TeamBound team : bound.teams()) {
                bounds.put(team.team(), team.bound());
                teamsAlone += team.bound();
            }
            return new BoundRoom(bounds, MeetingBound.possibleBlocks(school), bound.bound() < teamsAlone);
        }

        int bound(Team team) {
            return boundByTeam.getOrDefault(team.getId(), 0);
        }

        /**
         * The meetings without a block that a team's own bound leaves room for, beside its meetings with one, in a
         * team with a possible block; pinned meetings aside.
         */
        Set<TeamMeeting> waiting(School school) {
            Map<Team, Integer> room = new HashMap<>();
            for (TeamMeeting meeting : school.getMeetings()) {
                if (meeting.getBlock() != null) {
                    room.merge(meeting.getTeam(), -1, Integer::sum);
                }
            }
            Set<TeamMeeting> waiting = Collections.newSetFromMap(new IdentityHashMap<>());
            for (TeamMeeting meeting : school.getMeetings().stream().sorted(BY_TEAM_AND_NUMBER).toList()) {
                Team team = meeting.getTeam();
                if (meeting.getBlock() == null && !meeting.isPinned() && !possibleBlocks(team).isEmpty()
                        && room.getOrDefault(team, 0) + bound(team) > 0) {
                    room.merge(team, -1, Integer::sum);
                    waiting.add(meeting);
                }
            }
            return waiting;
        }

        List<Block> possibleBlocks(Team team) {
            return possibleBlocks.getOrDefault(team, List.of());
        }
    }

    /** The team's allowed blocks, from its family's n-th block on for the n-th team by id. */
    static List<Block> blocksInTurn(School school, Team team) {
        List<Block> allowed = team.getAllowedBlocks();
        List<Block> family = school.getBellSchedule().blocksOf(team.getFamily());
        if (allowed.isEmpty() || family.isEmpty()) {
            return allowed;
        }
        long teamNumber = school.getTeams().stream().filter(other -> other.getId().compareTo(team.getId()) < 0)
                .count();
        int start = (int) (teamNumber % family.size());
        // The allowed blocks are the family's in bell order, less those an attendee is unavailable in.
        int split = 0;
        while (split < allowed.size() && family.indexOf(allowed.get(split)) < start) {
            split++;
        }
        List<Block> ordered = new ArrayList<>(allowed.subList(split, allowed.size()));
        ordered.addAll(allowed.subList(0, split));
        return ordered;
    }
}
