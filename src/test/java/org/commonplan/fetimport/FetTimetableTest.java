package org.commonplan.fetimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.commonplan.fetimport.FetTimetable.Placement;
import org.junit.jupiter.api.Test;

/** FET's {@code <name>_activities.xml}, written here as fet-cl writes it. */
class FetTimetableTest {

    /** A timetable of these {@code <Activity>} elements. */
    static byte[] timetable(String activities) {
        return ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Activities_Timetable>\n" + activities
                + "</Activities_Timetable>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One placed activity as FET writes it; an empty room is FET's "no room". */
    static String placed(int id, String day, String hour, String room) {
        return "<Activity>\n\t<Id>" + id + "</Id>\n\t<Day>" + day + "</Day>\n\t<Hour>" + hour + "</Hour>\n\t<Room>"
                + room + "</Room>\n</Activity>\n";
    }

    @Test
    void eachActivityKeepsItsDayHourAndRoomByFetsNames() throws Exception {
        FetTimetable timetable = FetTimetable.read("school_activities.xml",
                timetable(placed(3, "Monday", "9.30 - 11.00", "B305") + placed(7, "Tuesday", "1", "")));

        assertThat(timetable.placements()).containsExactly(new Placement(3, "Monday", "9.30 - 11.00", "B305", 3),
                new Placement(7, "Tuesday", "1", null, 9));
    }

    @Test
    void anActivityFetDidNotPlaceHasNeitherDayNorHour() throws Exception {
        FetTimetable timetable = FetTimetable.read("school_activities.xml", timetable(placed(3, "", "", "")));

        assertThat(timetable.placements()).containsExactly(new Placement(3, null, null, null, 3));
        assertThat(timetable.placements().get(0).isPlaced()).isFalse();
    }

    @Test
    void anActivityWithAnHourButNoDayOrPlacedTwiceIsRefusedWithItsLine() {
        byte[] bytes = timetable(placed(1, "Mon", "1", "") + "<Activity><Id>2</Id><Hour>1</Hour></Activity>\n"
                + placed(1, "Tue", "2", ""));

        assertThatThrownBy(() -> FetTimetable.read("school_activities.xml", bytes))
                .isInstanceOfSatisfying(FetImportException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString)
                        .containsExactly("school_activities.xml line 9, Activity: an activity needs an <Id>, and a "
                                + "<Day> and an <Hour> when FET placed it; this one has no <Day>",
                                "school_activities.xml line 10, Activity: activity 1 is already placed on line 3"));
    }

    @Test
    void aFetFileGivenAsTheTimetableIsRefused() {
        byte[] fet = FetSpreadImportTest.school("").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FetTimetable.read("spread.fet", fet)).isInstanceOf(FetImportException.class)
                .hasMessageContaining("spread.fet line 2: not a FET timetable (<name>_activities.xml): the root "
                        + "element is <fet>, not <Activities_Timetable>");
    }
}
