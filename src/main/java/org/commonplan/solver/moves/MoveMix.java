package org.commonplan.solver.moves;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.moves.MeetingBlockMove.Purpose;

/**
 * The improving phase's moves in one random iterator, each kind drawn by its weight: lesson block and room changes
 * and swaps, which Timefold's change and swap selectors would make, a meeting's block change, and the meeting
 * factories' moves. One iterator is cheaper here than a union of selectors: the weighted union in Timefold 1.32
 * rebuilds a sorted map of its children's weights, asking each whether it has a move, twice for every move it
 * draws (its stale flag is never cleared), and the lesson selectors look up each lesson's value ranges through
 * the domain's reflection accessors. Random selection only.
 *
 * <p>The weights are the custom property {@code weights}, for example {@code "block 8, room 2, kempe-chain 0.1"},
 * which the solver plan sets ({@link org.commonplan.solver.SolverPlan}, which says why each weight is what it is);
 * a kind not named is not drawn.
 */
public class MoveMix implements MoveIteratorFactory<School, Move<School>> {

    /** A kind of move. */
    enum Kind {
        /** A lesson to another block of its range. */
        BLOCK,
        /** Two lessons trade blocks, where each block is in the other's range. */
        BLOCK_SWAP,
        /** A lesson to another room of its range. */
        ROOM,
        /** Two lessons trade blocks and rooms: the way into a period whose rooms are all taken. */
        FULL_SWAP,
        /** A lesson to another block and another room at once: a full room in a teacher's only free period. */
        BLOCK_AND_ROOM,
        /** A team meeting to another block of its team's range, or out of the schedule. */
        MEETING_BLOCK,
        MEETING_TO_FREE_BLOCK,
        MAKE_ROOM_FOR_MEETING,
        KEMPE_CHAIN,
        MEETING_SHIFT;

        /** The name in the {@code weights} property: lower case, words joined by dashes. */
        String propertyName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Kind ofPropertyName(String name) {
            for (Kind kind : values()) {
                if (kind.propertyName().equals(name)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown move kind '" + name + "' in the MoveMix weights; known: "
                    + Arrays.stream(values()).map(Kind::propertyName).toList() + ".");
        }
    }

    /**
     * A swap partner is drawn at most this many times before the swap is given up for this draw (not doable).
     * Timefold's swap selector draws the partner from the lessons that can take the first one's block, so its
     * swaps nearly always happen; here a lesson with few possible partners is swapped less often, which leaves
     * more draws to single-lesson moves (evaluated faster). On high-large-planted, 30 s, seeds 0-2, drawing the
     * partner Timefold's way gave -2,500, -3,770 and -3,080 soft against -2,280, -3,150 and -2,810 this way
     * (measured before a meeting's block change could also draw "no block").
     */
    private static final int SWAP_PARTNER_DRAWS = 10;

    private static final Kind[] KINDS = Kind.values();

    private final double[] weights = new double[KINDS.length];
    /** The factories' moves; they read one set of indexes between them ({@link SharedIndexes}). */
    private final Map<Kind, MoveIteratorFactory<School, ? extends Move<School>>> factories = new EnumMap<>(Map.of(
            Kind.MEETING_TO_FREE_BLOCK, new MeetingToFreeBlockMoveFactory(),
            Kind.MAKE_ROOM_FOR_MEETING, new MakeRoomForMeetingMoveFactory(),
            Kind.KEMPE_CHAIN, new KempeChainMoveFactory(),
            Kind.MEETING_SHIFT, new MeetingShiftMoveFactory()));

    private List<Lesson> lessons = List.of();
    private List<TeamMeeting> meetings = List.of();

    /** Set from the solver configuration's custom properties: "kind weight" pairs separated by commas. */
    public void setWeights(String weights) {
        for (String pair : weights.split(",")) {
            String[] parts = pair.trim().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("MoveMix weight '" + pair.trim() + "' is not 'kind weight'.");
            }
            Kind kind = Kind.ofPropertyName(parts[0]);
            double weight;
            try {
                weight = Double.parseDouble(parts[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("MoveMix weight of " + parts[0] + " is not a number: " + parts[1], e);
            }
            if (!(weight >= 0.0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("MoveMix weight of " + parts[0] + " must be 0 or more: " + parts[1]);
            }
            this.weights[kind.ordinal()] = weight;
        }
    }

    double weight(Kind kind) {
        return weights[kind.ordinal()];
    }

    @Override
    public void phaseStarted(ScoreDirector<School> scoreDirector) {
        School school = scoreDirector.getWorkingSolution();
        lessons = school.getLessons().stream().filter(lesson -> !lesson.isPinned()).toList();
        meetings = MeetingMoveFactory.movableMeetings(school);
        factories.values().forEach(factory -> factory.phaseStarted(scoreDirector));
    }

    @Override
    public void phaseEnded(ScoreDirector<School> scoreDirector) {
        factories.values().forEach(factory -> factory.phaseEnded(scoreDirector));
    }

    @Override
    public long getSize(ScoreDirector<School> scoreDirector) {
        return lessons.size() + meetings.size();
    }

    @Override
    public Iterator<Move<School>> createOriginalMoveIterator(ScoreDirector<School> scoreDirector) {
        throw new UnsupportedOperationException("Only random selection is supported.");
    }

    @Override
    public Iterator<Move<School>> createRandomMoveIterator(ScoreDirector<School> scoreDirector, Random random) {
        return new Draws(scoreDirector, random);
    }

    /** One step's moves: the factories' iterators are made when their kind is first drawn. */
    private final class Draws implements Iterator<Move<School>> {

        private final ScoreDirector<School> scoreDirector;
        private final Random random;
        private final double[] live = weights.clone();
        private final Map<Kind, Iterator<? extends Move<School>>> iterators = new EnumMap<>(Kind.class);
        private double total;

        Draws(ScoreDirector<School> scoreDirector, Random random) {
            this.scoreDirector = scoreDirector;
            this.random = random;
            if (lessons.isEmpty()) {
                Arrays.fill(live, Kind.BLOCK.ordinal(), Kind.BLOCK_AND_ROOM.ordinal() + 1, 0.0);
            }
            if (meetings.isEmpty()) {
                live[Kind.MEETING_BLOCK.ordinal()] = 0.0;
            }
            total = Arrays.stream(live).sum();
        }

        @Override
        public boolean hasNext() {
            return total > 0.0 && (!lessons.isEmpty() || !meetings.isEmpty());
        }

        @Override
        public Move<School> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            while (total > 0.0) {
                Kind kind = drawKind();
                Move<School> move = draw(kind);
                if (move != null) {
                    return move;
                }
                // A factory with nothing to move this step is not drawn again in it.
                total -= live[kind.ordinal()];
                live[kind.ordinal()] = 0.0;
            }
            // Only factories had weight, and they ran out: a move that is not doable.
            return lessons.isEmpty() ? new MeetingBlockMove(meetings.get(0), meetings.get(0).getBlock(), Purpose.CHANGE)
                    : new LessonMove(lessons.get(0), lessons.get(0).getBlock(), lessons.get(0).getRoom());
        }

        private Kind drawKind() {
            double point = random.nextDouble() * total;
            Kind last = null;
            for (Kind kind : KINDS) {
                double weight = live[kind.ordinal()];
                if (weight > 0.0) {
                    if (point < weight) {
                        return kind;
                    }
                    point -= weight;
                    last = kind;
                }
            }
            return last; // rounding at the top end
        }

        /** A move of the kind, or null when its factory has nothing to move this step. */
        private Move<School> draw(Kind kind) {
            return switch (kind) {
                case BLOCK -> {
                    Lesson lesson = randomLesson();
                    yield new LessonMove(lesson, randomOf(lesson.getBlockRange(), lesson.getBlock()), lesson.getRoom());
                }
                case ROOM -> {
                    Lesson lesson = randomLesson();
                    yield new LessonMove(lesson, lesson.getBlock(), randomOf(lesson.getRoomRange(), lesson.getRoom()));
                }
                case BLOCK_AND_ROOM -> {
                    Lesson lesson = randomLesson();
                    Block block = randomOf(lesson.getBlockRange(), lesson.getBlock());
                    yield new LessonMove(lesson, block, randomOf(lesson.getRoomRange(), lesson.getRoom()));
                }
                case BLOCK_SWAP -> swap(false);
                case FULL_SWAP -> swap(true);
                case MEETING_BLOCK -> {
                    // Like a change move of a variable that allows unassigned: "no block" is one more value.
                    TeamMeeting meeting = meetings.get(random.nextInt(meetings.size()));
                    List<Block> blocks = meeting.getTeam().getAllowedBlocks();
                    int index = random.nextInt(blocks.size() + 1);
                    yield new MeetingBlockMove(meeting, index < blocks.size() ? blocks.get(index) : null, Purpose.CHANGE);
                }
                default -> {
                    Iterator<? extends Move<School>> iterator = iterators.computeIfAbsent(kind,
                            k -> factories.get(k).createRandomMoveIterator(scoreDirector, random));
                    yield iterator.hasNext() ? iterator.next() : null;
                }
            };
        }

        private Lesson randomLesson() {
            return lessons.get(random.nextInt(lessons.size()));
        }

        /** A value of the range drawn at random, or the current one when the range is empty. */
        private <T> T randomOf(List<T> range, T current) {
            return range.isEmpty() ? current : range.get(random.nextInt(range.size()));
        }

        /** Two lessons whose blocks (and with {@code rooms}, rooms) are each in the other's range. */
        private Move<School> swap(boolean rooms) {
            Lesson left = randomLesson();
            for (int draw = 0; draw < SWAP_PARTNER_DRAWS; draw++) {
                Lesson right = randomLesson();
                if (right != left && canTrade(left, right, rooms) && canTrade(right, left, rooms)) {
                    return new LessonSwapMove(left, right, rooms);
                }
            }
            return new LessonSwapMove(left, left, rooms);
        }

        /** Whether {@code to} can take {@code from}'s block (and room). */
        private static boolean canTrade(Lesson from, Lesson to, boolean rooms) {
            // The ranges are immutable lists, which refuse to look for null.
            Block block = from.getBlock();
            Room room = from.getRoom();
            return block != null && to.getBlockRange().contains(block)
                    && (!rooms || room != null && to.getRoomRange().contains(room));
        }
    }
}
