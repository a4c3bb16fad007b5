package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/** Who teaches each class in the block a held meeting takes, when its attendees' classes need other teachers. */
class PeriodCoverTest {

    private final TestSchool school = TestSchool.sixPeriodDays("MON");

    /**
     * Classes 1A and 1B are at a lesson in each of P1-P3: a, c and e teach 1A, b, d and f teach 1B, one lesson each,
     * c and e in 1A's P2 and P3, and likewise d and f. With a and b meeting in P1, 1A needs c or e then and 1B d or f;
     * c and d may not teach in P1. The cover moves e and f there, and a's and b's lessons take the blocks they left.
     */
    @Test
    void theClassesOfTheAttendeesGetLessonsOfTeachersFreeToTakeTheBlock() {
        StudentGroup oneA = school.group("1A", 20);
        StudentGroup oneB = school.group("1B", 20);
        Room room = school.room("R1", 30);
        Map<String, Teacher> teachers = new HashMap<>();
        for (String id : List.of("a", "b", "e", "f")) {
            teachers.put(id, school.teacher(id));
        }
        teachers.put("c", school.teacherBuilder("c").unavailable("MON-P1").build());
        teachers.put("d", school.teacherBuilder("d").unavailable("MON-P1").build());
        List<Lesson> lessons = new ArrayList<>();
        String[][] week = {{"a", "1A", "MON-P1"}, {"b", "1B", "MON-P1"}, {"c", "1A", "MON-P2"}, {"d", "1B", "MON-P2"},
            {"e", "1A", "MON-P3"}, {"f", "1B", "MON-P3"}};
        for (String[] lesson : week) {
            lessons.add(school.lesson(school.section(lesson[0] + lesson[1], teachers.get(lesson[0]),
                    lesson[1].equals("1A") ? oneA : oneB).family("SINGLE").build(), lesson[2], room));
        }
        TeamMeeting meeting = school.meeting(school.team("T", teachers.get("a"), teachers.get("b"))
                .family("SINGLE").build(), 1, null);
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, lessons, List.of(meeting), List.of()));
        ActivityAssignment assignment = new ActivityAssignment(model);
        for (int lesson = 2; lesson < lessons.size(); lesson++) {
            assignment.place(lesson, WorkingSolutions.blockIndex(model, week[lesson][2]), -1);
        }
        int p1 = WorkingSolutions.blockIndex(model, "MON-P1");

        PeriodCover cover = PeriodCover.of(model, assignment, lessons.size(), p1, List.of(), List.of(0, 1));

        assertThat(cover.moves()).extracting(PeriodCover.Move::incoming).containsExactlyInAnyOrder(4, 5);
        assertThat(cover.moves()).allSatisfy(move -> assertThat(move.block()).isEqualTo(p1));
        assertThat(cover.moves()).extracting(PeriodCover.Move::displaced)
                .containsExactlyInAnyOrder(List.of(0), List.of(1));
    }

    /** A class whose only other teacher is at the meeting too has no cover: none is made. */
    @Test
    void noCoverWhereAClassHasNoTeacherLeft() {
        StudentGroup oneA = school.group("1A", 20);
        Room room = school.room("R1", 30);
        Teacher a = school.teacher("a");
        Teacher b = school.teacher("b");
        Lesson first = school.lesson(school.section("a1A", a, oneA).family("SINGLE").build(), "MON-P1", room);
        Lesson second = school.lesson(school.section("b1A", b, oneA).family("SINGLE").build(), "MON-P2", room);
        TeamMeeting meeting = school.meeting(school.team("T", a, b)
                .family("SINGLE").build(), 1, null);
        ActivityModel model = ActivityModel.of(WorkingSolutions.school(school, List.of(first, second),
                List.of(meeting), List.of()));
        ActivityAssignment assignment = new ActivityAssignment(model);
        assignment.place(1, WorkingSolutions.blockIndex(model, "MON-P2"), -1);

        assertThat(PeriodCover.of(model, assignment, 2, WorkingSolutions.blockIndex(model, "MON-P1"), List.of(),
                List.of(0))).isNull();
    }
}
