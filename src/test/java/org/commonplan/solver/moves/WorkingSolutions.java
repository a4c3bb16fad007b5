package org.commonplan.solver.moves;

import java.lang.reflect.Proxy;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.commonplan.domain.CourseConflict;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;

/** For move tests: small working schools, and a score director that only hands one out (all a factory reads). */
final class WorkingSolutions {

    private WorkingSolutions() {
    }

    /** A school of the test school's bell schedule with just these lessons, meetings and course conflicts. */
    static School school(TestSchool school, List<Lesson> lessons, List<TeamMeeting> meetings,
            List<CourseConflict> conflicts) {
        return new School("test", null, school.bellSchedule(), List.of(), List.of(), List.of(), List.of(), lessons,
                List.of(), meetings, List.of(), conflicts);
    }

    @SuppressWarnings("unchecked")
    static ScoreDirector<School> scoreDirectorFor(School working) {
        return (ScoreDirector<School>) Proxy.newProxyInstance(WorkingSolutions.class.getClassLoader(),
                new Class<?>[] {ScoreDirector.class},
                (proxy, method, args) -> method.getName().equals("getWorkingSolution") ? working : null);
    }
}
