package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.solver.SolverPlan;
import org.commonplan.solver.SolverTestSupport;

/**
 * For tests of moves and of the indexes the moves read: bundled schools put in random places (seeded), and the
 * production score director over them, which scores each change incrementally as the solver does.
 */
final class ScoredSchools {

    private static final DefaultSolverFactory<School> SOLVER_FACTORY = (DefaultSolverFactory<School>) SolverFactory
            .<School>create(SolverPlan.production(SolverPlan.RunSettings.of(null, 42L)).solverConfig());

    private ScoredSchools() {
    }

    /**
     * The bundled school with every lesson in a random block and room of its ranges and every meeting in a random
     * block of its team's or none (one in four); one in {@code pinEvery} of each is pinned (0: none).
     */
    static School scrambled(String dataset, long seed, int pinEvery) {
        School school = SolverTestSupport.read(dataset);
        Random random = new Random(seed);
        for (Lesson lesson : school.getLessons()) {
            if (!lesson.isPinned()) {
                lesson.setBlock(randomOf(lesson.getBlockRange(), random));
                lesson.setRoom(randomOf(lesson.getRoomRange(), random));
                lesson.setPinned(pinEvery > 0 && random.nextInt(pinEvery) == 0);
            }
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            if (!meeting.isPinned()) {
                List<Block> blocks = meeting.getTeam().getAllowedBlocks();
                meeting.setBlock(random.nextInt(4) == 0 ? null : randomOf(blocks, random));
                meeting.setPinned(pinEvery > 0 && meeting.getBlock() != null && random.nextInt(pinEvery) == 0);
            }
        }
        return school;
    }

    private static <T> T randomOf(List<T> values, Random random) {
        return values.isEmpty() ? null : values.get(random.nextInt(values.size()));
    }

    /** The production score director, its working solution {@code school} (not a copy) and its score calculated. */
    @SuppressWarnings("unchecked")
    static InnerScoreDirector<School, HardMediumSoftLongScore> scoreDirector(School school) {
        InnerScoreDirector<School, HardMediumSoftLongScore> scoreDirector =
                (InnerScoreDirector<School, HardMediumSoftLongScore>) (InnerScoreDirector<School, ?>)
                        SOLVER_FACTORY.getScoreDirectorFactory().buildScoreDirector();
        scoreDirector.setWorkingSolution(school);
        scoreDirector.calculateScore();
        return scoreDirector;
    }

    /** Every lesson's block and room and every meeting's block, in school order: equal lists, equal schedules. */
    static List<Object> places(School school) {
        List<Object> places = new ArrayList<>();
        for (Lesson lesson : school.getLessons()) {
            places.add(new LessonPlace(lesson, lesson.getBlock(), lesson.getRoom()));
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            places.add(new MeetingPlace(meeting, meeting.getBlock()));
        }
        return places;
    }

    record LessonPlace(Lesson lesson, Block block, Room room) {
    }

    record MeetingPlace(TeamMeeting meeting, Block block) {
    }
}
