package org.commonplan.solver.moves;

import java.lang.reflect.Proxy;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.commonplan.domain.CourseConflict;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;

/** For move tests: small working schools, and a score director that only hands one out (all a factory reads). */
final class WorkingSolutions {

    private WorkingSolutions() {
    }

    /** A school of the test school's bell schedule with just these lessons, meetings and course conflicts. */
    static School school(TestSchool school, List<Lesson> lessons, List<TeamMeeting> meetings,
            List<CourseConflict> conflicts) {
        List<Team> teams = meetings.stream().map(TeamMeeting::getTeam).distinct().toList();
        return new School("test", null, school.bellSchedule(), List.of(), List.of(), List.of(), List.of(), lessons,
                teams, meetings, List.of(), conflicts);
    }

    @SuppressWarnings("unchecked")
    static ScoreDirector<School> scoreDirectorFor(School working) {
        return (ScoreDirector<School>) Proxy.newProxyInstance(WorkingSolutions.class.getClassLoader(),
                new Class<?>[] {ScoreDirector.class},
                (proxy, method, args) -> method.getName().equals("getWorkingSolution") ? working : null);
    }

    /** The search model's index of the block with this id; fails loudly on a typo. */
    static int blockIndex(ActivityModel model, String id) {
        for (int block = 0; block < model.blockCount(); block++) {
            if (model.block(block).getId().equals(id)) {
                return block;
            }
        }
        throw new IllegalArgumentException("no block " + id);
    }

    /** Runs the conflict-directed search, seeded, on a school of just these lessons. */
    static void search(TestSchool school, List<Lesson> lessons, long seed) {
        School working = school(school, lessons, List.of(), List.of());
        ConflictDirectedRepair repair = new ConflictDirectedRepair();
        repair.setRandomSeed(seed);
        repair.changeWorkingSolution(scoreDirectorFor(working), () -> false);
    }
}
