package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

class DropBlockedMeetingsTest {

    private final TestSchool school = TestSchool.standardWeek();
    private final Teacher ana = school.teacher("ana");
    private final Teacher ben = school.teacher("ben");
    private final Teacher cal = school.teacher("cal");
    private final List<String> changed = new ArrayList<>();

    /** A score director that hands out the school and records which meetings were told to change. */
    @SuppressWarnings("unchecked")
    private ScoreDirector<School> scoreDirectorFor(School working) {
        return (ScoreDirector<School>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ScoreDirector.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getWorkingSolution")) {
                        return working;
                    }
                    if (method.getName().equals("beforeVariableChanged")) {
                        changed.add(((TeamMeeting) args[0]).getId());
                    }
                    return null;
                });
    }

    private School of(List<Lesson> lessons, List<TeamMeeting> meetings) {
        return WorkingSolutions.school(school, lessons, meetings, List.of());
    }

    @Test
    void dropsOnlyMeetingsAnAttendeeCannotAttend() {
        Lesson anaTeaches = school.lesson(school.section("MATH", ana).build(), "P1", null);
        Team math = school.team("MATH-PLC", ana, ben).build();
        Team science = school.team("SCI-PLC", ben, cal).build();
        TeamMeeting blocked = school.meeting(math, 1, "MON-P1");
        TeamMeeting free = school.meeting(science, 1, "MON-P2");

        new DropBlockedMeetings().changeWorkingSolution(scoreDirectorFor(of(List.of(anaTeaches),
                List.of(blocked, free))), () -> false);

        assertThat(blocked.getBlock()).isNull();
        assertThat(free.getBlock()).isEqualTo(school.block("MON-P2"));
        assertThat(changed).containsExactly(blocked.getId());
    }

    @Test
    void ofTwoMeetingsThatClashOnlyTheFirstIsDropped() {
        Team math = school.team("MATH-PLC", ana, ben).build();
        Team science = school.team("SCI-PLC", ben, cal).build();
        TeamMeeting first = school.meeting(math, 1, "TUE-P3");
        TeamMeeting second = school.meeting(science, 1, "TUE-P3");

        new DropBlockedMeetings().changeWorkingSolution(scoreDirectorFor(of(List.of(), List.of(first, second))),
                () -> false);

        assertThat(first.getBlock()).isNull();
        assertThat(second.getBlock()).isEqualTo(school.block("TUE-P3"));
    }
}
