package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.commonplan.domain.Lesson;
import org.commonplan.domain.Placement;
import org.commonplan.domain.Room;
import org.commonplan.domain.Section;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/** The conflict-directed search in a re-solve starts from the previous schedule and moves as little as it can. */
class ConflictDirectedReSolveTest {

    /**
     * A new lesson that construction put on top of its teacher's lesson from the previous schedule gives way: the
     * old lesson stays, the new one takes the teacher's other free period. Kept in lesson order instead, the new
     * lesson (listed first) would stay and push the old one out, which then ties between coming back and moving.
     */
    @Test
    void whatConstructionPlacedAnewGivesWayToWhatIsWhereThePreviousScheduleHadIt() {
        for (long seed = 0; seed < 10; seed++) {
            TestSchool week = TestSchool.standardWeek();
            Teacher pat = week.teacherBuilder("pat").unavailable("MON-P3", "MON-P4", "MON-P5", "MON-P6", "TUE",
                    "WED", "THU", "FRI").build();
            Lesson added = lessonOf(week, "ADDED", pat, "5B", "MON-P1");
            Lesson kept = lessonOf(week, "KEPT", pat, "5A", "MON-P1");
            kept.setPrevious(new Placement("MON-P1", kept.getRoom().getId()));

            ConflictDirectedSearch search = new ConflictDirectedSearch(WorkingSolutions.school(week,
                    List.of(added, kept), List.of(), List.of()), new Random(seed));
            search.run(() -> false, 1_000, 1_000);
            Map<Object, ConflictDirectedSearch.Place> places = search.bestPlaces(() -> false);

            assertThat(search.unassignedCount()).isZero();
            assertThat(places.get(kept).block().getId()).as("seed %d", seed).isEqualTo("MON-P1");
            assertThat(places.get(added).block().getId()).as("seed %d", seed).isEqualTo("MON-P2");
        }
    }

    /** A one-lesson SINGLE section of the teacher for a group of its own, in a room of its own. */
    private static Lesson lessonOf(TestSchool week, String id, Teacher teacher, String group, String blockId) {
        Section section = week.section(id, teacher, week.group(group, 20)).family("SINGLE").build();
        Room room = week.room("R-" + id, 30);
        section.setSuitableRooms(List.of(room));
        return week.lesson(section, blockId, room);
    }
}
