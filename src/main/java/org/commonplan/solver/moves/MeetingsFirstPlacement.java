package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.commonplan.domain.Block;
import org.commonplan.domain.School;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.moves.MeetingBlockMove.Purpose;

/**
 * The construction's choices for the next team meeting to place: teams in the order of their ids, each meeting a
 * move into each of its team's blocks. The n-th team tries its blocks from its family's n-th block on, and
 * construction keeps the first of equally good blocks, so common times spread over the periods of the day instead
 * of every team's (and every department's free period) landing in the first one. Ids, not the rows of teams.csv,
 * give the order, so the same school in another row order is built alike.
 */
public class MeetingsFirstPlacement implements MoveIteratorFactory<School, MeetingBlockMove> {

    private static final Comparator<TeamMeeting> BY_TEAM_AND_NUMBER = Comparator
            .comparing((TeamMeeting meeting) -> meeting.getTeam().getId())
            .thenComparingInt(TeamMeeting::getNumber);

    @Override
    public long getSize(ScoreDirector<School> scoreDirector) {
        return moves(scoreDirector.getWorkingSolution()).size();
    }

    /** Asked afresh at each step (and before it, whether there is one): the moves of the next meeting. */
    @Override
    public Iterator<MeetingBlockMove> createOriginalMoveIterator(ScoreDirector<School> scoreDirector) {
        return moves(scoreDirector.getWorkingSolution()).iterator();
    }

    @Override
    public Iterator<MeetingBlockMove> createRandomMoveIterator(ScoreDirector<School> scoreDirector, Random random) {
        throw new UnsupportedOperationException("The construction places meetings in order, not at random.");
    }

    static List<MeetingBlockMove> moves(School school) {
        TeamMeeting next = school.getMeetings().stream()
                .filter(meeting -> meeting.getBlock() == null && !meeting.isPinned()
                        && !meeting.getTeam().getAllowedBlocks().isEmpty())
                .min(BY_TEAM_AND_NUMBER).orElse(null);
        if (next == null) {
            return List.of();
        }
        // Every meeting gets a block, even one where attendees are busy for now: the repair frees them.
        return blocksInTurn(school, next.getTeam()).stream()
                .map(block -> new MeetingBlockMove(next, block, Purpose.CONSTRUCTION)).toList();
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
