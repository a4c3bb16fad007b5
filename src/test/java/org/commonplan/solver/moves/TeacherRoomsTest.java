package org.commonplan.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.BlockFamily;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.SlotSet;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TestSchool;
import org.junit.jupiter.api.Test;

/** The week the search built goes out with each teacher's lessons in as few rooms as their blocks allow. */
class TeacherRoomsTest {

    private final TestSchool school = TestSchool.standardWeek();
    private final Room r1 = school.room("R1", 30);
    private final Room r2 = school.room("R2", 30);
    private final Teacher pat = school.teacher("pat");

    private Lesson patsLesson(String id) {
        Section section = school.section(id, pat, school.group("G-" + id, 20)).family(BlockFamily.SINGLE).build();
        section.setSuitableRooms(List.of(r1, r2));
        return school.lesson(section, null, null);
    }

    /**
     * Pat's two new lessons, in R1 at MON-P1 and R2 at MON-P2, share a room. R1 is taken at MON-P2 by a pinned
     * lesson of another teacher, so the room they share is R2; the pinned lesson keeps R1.
     */
    @Test
    void aTeachersLessonsShareTheRoomFreeAtAllOfThem() {
        Lesson first = patsLesson("A");
        Lesson second = patsLesson("B");
        Section other = school.section("C", school.teacher("kim"), school.group("G-C", 20))
                .family(BlockFamily.SINGLE).build();
        Lesson pinned = school.lesson(other, "MON-P2", r1);
        pinned.setPinned(true);
        School working = WorkingSolutions.school(school, List.of(first, second, pinned), List.of(), List.of());
        Map<Object, ConflictDirectedSearch.Place> placed = new IdentityHashMap<>();
        placed.put(first, new ConflictDirectedSearch.Place(school.block("MON-P1"), r1));
        placed.put(second, new ConflictDirectedSearch.Place(school.block("MON-P2"), r2));

        Map<Object, ConflictDirectedSearch.Place> gathered = TeacherRooms.gather(working, placed);

        assertThat(gathered.get(first)).isEqualTo(new ConflictDirectedSearch.Place(school.block("MON-P1"), r2));
        assertThat(gathered.get(second)).isEqualTo(new ConflictDirectedSearch.Place(school.block("MON-P2"), r2));
        assertThat(pinned.getRoom()).isSameAs(r1);
    }

    /** Two of pat's lessons at one time (a clash the search left) never end in one room: each keeps its own. */
    @Test
    void lessonsAtOneTimeNeverShareARoom() {
        Lesson first = patsLesson("A");
        Lesson second = patsLesson("B");
        Lesson third = patsLesson("D");
        School working = WorkingSolutions.school(school, List.of(first, second, third), List.of(), List.of());
        Map<Object, ConflictDirectedSearch.Place> placed = new IdentityHashMap<>();
        placed.put(first, new ConflictDirectedSearch.Place(school.block("MON-P1"), r1));
        placed.put(second, new ConflictDirectedSearch.Place(school.block("MON-P1"), r2));
        placed.put(third, new ConflictDirectedSearch.Place(school.block("TUE-P1"), r2));

        Map<Object, ConflictDirectedSearch.Place> gathered = TeacherRooms.gather(working, placed);

        assertThat(gathered.get(first).room()).isNotSameAs(gathered.get(second).room());
        assertThat(List.of(r1, r2)).contains(gathered.get(first).room(), gathered.get(second).room());
    }

    /** Rooms in two buildings: a lesson stays in the building the search chose, so no building change is new. */
    @Test
    void aLessonKeepsItsBuilding() {
        Room north = new Room("N1", 30, Room.GENERAL, SlotSet.EMPTY, "North");
        Room south = new Room("S1", 30, Room.GENERAL, SlotSet.EMPTY, "South");
        Section first = school.section("A", pat, school.group("G-A", 20)).family(BlockFamily.SINGLE).build();
        Section second = school.section("B", pat, school.group("G-B", 20)).family(BlockFamily.SINGLE).build();
        first.setSuitableRooms(List.of(north, south));
        second.setSuitableRooms(List.of(north, south));
        Lesson inNorth = school.lesson(first, null, null);
        Lesson inSouth = school.lesson(second, null, null);
        School working = WorkingSolutions.school(school, List.of(inNorth, inSouth), List.of(), List.of());
        Map<Object, ConflictDirectedSearch.Place> placed = new IdentityHashMap<>();
        placed.put(inNorth, new ConflictDirectedSearch.Place(school.block("MON-P1"), north));
        placed.put(inSouth, new ConflictDirectedSearch.Place(school.block("MON-P2"), south));

        Map<Object, ConflictDirectedSearch.Place> gathered = TeacherRooms.gather(working, placed);

        assertThat(gathered.get(inNorth).room()).isSameAs(north);
        assertThat(gathered.get(inSouth).room()).isSameAs(south);
    }
}
