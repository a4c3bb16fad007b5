package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.junit.jupiter.api.Test;

/** The week as the page draws it: what each timeslot holds, and why what is unplaced is. */
class TimetableViewTest {

    @Test
    void lessonsAndMeetingsTakeTheirBlocksTimeslotsAndTheRestIsUnplacedWithAReason() throws Exception {
        School school = BundleReader.read(Path.of("datasets", "small-elementary"));
        Lesson lesson = school.getLessons().stream().filter(l -> l.getSection().getId().equals("ART-KA"))
                .findFirst().orElseThrow();
        lesson.setBlock(school.getBellSchedule().block("TUE-P2"));
        lesson.setRoom(school.getRooms().stream().filter(r -> r.getId().equals("ART-RM")).findFirst().orElseThrow());
        TeamMeeting meeting = school.getMeetings().get(0);
        meeting.setBlock(school.getBellSchedule().block("MON-P3"));

        TimetableView view = TimetableView.of(JobOutputs.render(school));

        TimetableView.Slot tuesdayP2 = view.timeslots().stream()
                .filter(slot -> slot.day().equals("TUE") && slot.period().equals("P2")).findFirst().orElseThrow();
        assertThat(tuesdayP2.start()).isEqualTo("09:05");
        TimetableView.LessonView art = view.lessons().stream().filter(l -> l.id().equals("ART-KA")).findFirst()
                .orElseThrow();
        assertThat(art.slots()).containsExactly(tuesdayP2.index());
        assertThat(art.room()).isEqualTo("ART-RM");
        TimetableView.Person baker = view.teachers().stream().filter(t -> t.id().equals("baker")).findFirst()
                .orElseThrow();
        assertThat(baker.week().charAt(tuesdayP2.index())).isEqualTo('T');
        assertThat(view.unplaced()).hasSize(school.getLessons().size() - 1 + school.getMeetings().size() - 1)
                .noneMatch(u -> u.id().equals("ART-KA") || u.id().equals(meeting.getId()))
                .allSatisfy(u -> assertThat(u.reason()).isNotBlank());
    }

    @Test
    void aReasonIsTheSentenceAboutThatVeryLessonOrMeeting() {
        List<String> sentences = List.of("Grade 1 team meeting G1#10 (45 min) has no time when every member is free",
                "Grade 1 team meeting G1#1 (45 min) has no time when every member is free");
        assertThat(TimetableView.find(sentences, "G1#1", "none")).isEqualTo(sentences.get(1));
        assertThat(TimetableView.find(sentences, "G1#2", "none")).isEqualTo("none");
        assertThat(TimetableView.find(List.of("PE-KA#1 has no block and no room: the solve ended before it was "
                + "placed"), "PE-KA#1", "none")).startsWith("PE-KA#1 has no block");
    }
}
