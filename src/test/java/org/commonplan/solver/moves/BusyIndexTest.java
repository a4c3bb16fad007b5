package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

class BusyIndexTest {

    private final TestSchool school = TestSchool.standardWeek();

    @Test
    void anAttendeeIsBusyWhenTeachingInAnotherMeetingAwayOrWithTheirClass() {
        // Ana (homeroom 3A) teaches MATH on TUE-P2; her class has art with Cal on MON-P3. Ben is away on FRI and
        // also meets with another team on WED-P4.
        Teacher ana = school.teacher("ana");
        StudentGroup classA = school.group("3A", 24);
        school.homeroom(ana, classA);
        Teacher ben = school.teacherBuilder("ben").unavailable("FRI").build();
        Teacher cal = school.teacherBuilder("cal").specialist().build();
        List<Lesson> lessons = List.of(
                school.lesson(school.section("MATH", ana).family("SINGLE").build(), "TUE-P2", null),
                school.lesson(school.section("ART-3A", cal, classA).family("SINGLE").build(), "MON-P3", null));
        TeamMeeting meeting = school.meeting(school.team("PAIR", ana, ben).family("SINGLE").build(), 1, "MON-P3");
        TeamMeeting other = school.meeting(school.team("BEN", ben).family("SINGLE").build(), 1, "WED-P4");
        School working = WorkingSolutions.school(school, lessons, List.of(meeting, other), List.of());
        BusyIndex index = new BusyIndex(working);

        // MON-P3: Ana's class is at art, Ben is free. TUE-P2: Ana teaches. WED-P4: Ben meets. FRI-P1: Ben is away.
        // MON-P1: Ana is with her class.
        for (String block : List.of("MON-P3", "TUE-P2", "WED-P4", "FRI-P1", "MON-P1")) {
            meeting.setBlock(school.block(block));
            for (Teacher attendee : List.of(ana, ben)) {
                boolean expected = index.unfreeSlots(attendee, meeting).overlaps(school.block(block).getSlots());
                assertThat(index.isBusyDuring(attendee, meeting)).as(attendee + " on " + block).isEqualTo(expected);
            }
        }
        assertThat(busyOn(index, meeting, "MON-P3")).isFalse();
        assertThat(busyOn(index, meeting, "TUE-P2")).isTrue();
        assertThat(busyOn(index, meeting, "WED-P4")).isTrue();
        assertThat(busyOn(index, meeting, "FRI-P1")).isTrue();
        assertThat(busyOn(index, meeting, "MON-P1")).isTrue();
    }

    private boolean busyOn(BusyIndex index, TeamMeeting meeting, String blockId) {
        Block block = school.block(blockId);
        meeting.setBlock(block);
        return index.hasBusyAttendee(meeting);
    }
}
