package org.commonplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** A leader's observations: in the leader's free timeslots, one coached teacher at a time, on different days. */
class ObservationPlannerTest {

    private final TestSchool school = TestSchool.standardWeek();
    private final Teacher lee = school.leader("LEE", 2);
    private final Teacher ana = school.teacher("ANA");
    private final Teacher ben = school.teacher("BEN");

    @Test
    void twoCoachedTeachersWhoTeachOnlyInOneFreeTimeslotShareIt() {
        CoachingPair leeAna = school.coaching(lee, ana, 1);
        CoachingPair leeBen = school.coaching(lee, ben, 1);

        List<ObservationPlanner.Observation> plan = ObservationPlanner.plan(school.bellSchedule(),
                school.slots("MON-P1", "MON-P2"), List.of(
                        new ObservationPlanner.Request(leeAna, school.slots("MON-P1")),
                        new ObservationPlanner.Request(leeBen, school.slots("MON-P1"))));

        assertThat(plan).hasSize(1);
        assertThat(ObservationPlanner.plannedFor(plan, leeAna) + ObservationPlanner.plannedFor(plan, leeBen))
                .isEqualTo(1);
    }

    @Test
    void aTimeslotGoesToThePairWithNoOtherChoiceWhicheverAsksFirst() {
        // Ana can be observed in MON-P1 or TUE-P1, Ben only in MON-P1: both get one, in either order.
        CoachingPair leeAna = school.coaching(lee, ana, 1);
        CoachingPair leeBen = school.coaching(lee, ben, 1);
        ObservationPlanner.Request ana = new ObservationPlanner.Request(leeAna, school.slots("MON-P1", "TUE-P1"));
        ObservationPlanner.Request ben = new ObservationPlanner.Request(leeBen, school.slots("MON-P1"));
        SlotSet free = school.slots("MON-P1", "TUE-P1");

        for (List<ObservationPlanner.Request> requests : List.of(List.of(ana, ben), List.of(ben, ana))) {
            List<ObservationPlanner.Observation> plan = ObservationPlanner.plan(school.bellSchedule(), free, requests);
            assertThat(ids(plan)).isEqualTo(Map.of("MON-P1", "BEN", "TUE-P1", "ANA"));
        }
    }

    @Test
    void observationsChainAlongToMakeRoom() {
        // Taking the first free timeslot gives Ana MON-P1, Ben MON-P2 and Cy nothing; moving Ana on gives all three.
        Teacher cy = school.teacher("CY");
        List<ObservationPlanner.Observation> plan = ObservationPlanner.plan(school.bellSchedule(),
                school.slots("MON-P1", "MON-P2", "MON-P3"), List.of(
                        new ObservationPlanner.Request(school.coaching(lee, ana, 1), school.slots("MON-P1", "MON-P3")),
                        new ObservationPlanner.Request(school.coaching(lee, ben, 1), school.slots("MON-P2", "MON-P3")),
                        new ObservationPlanner.Request(school.coaching(lee, cy, 1), school.slots("MON-P1", "MON-P2"))));

        assertThat(ids(plan)).isEqualTo(Map.of("MON-P1", "CY", "MON-P2", "BEN", "MON-P3", "ANA"));
    }

    @Test
    void aPairsObservationsFallOnDifferentDaysWherePossible() {
        CoachingPair leeAna = school.coaching(lee, ana, 3);

        List<ObservationPlanner.Observation> plan = ObservationPlanner.plan(school.bellSchedule(),
                school.slots("MON", "TUE"), List.of(new ObservationPlanner.Request(leeAna,
                        school.slots("MON-P1", "MON-P2", "MON-P3", "TUE-P4"))));

        // Three wanted, two days: one on Tuesday, and Monday takes the rest.
        assertThat(ids(plan)).containsEntry("TUE-P4", "ANA").hasSize(3);
    }

    @Test
    void nothingOutsideTheLeadersFreeTimeslotsAndNoMoreThanWanted() {
        CoachingPair leeAna = school.coaching(lee, ana, 2);

        List<ObservationPlanner.Observation> plan = ObservationPlanner.plan(school.bellSchedule(),
                school.slots("MON-P1", "TUE-P1", "WED-P1"), List.of(new ObservationPlanner.Request(leeAna,
                        school.slots("MON-P1", "TUE-P1", "WED-P1", "THU-P1"))));

        assertThat(ids(plan)).isEqualTo(Map.of("MON-P1", "ANA", "TUE-P1", "ANA"));
        assertThat(ObservationPlanner.plan(school.bellSchedule(), school.slots("THU"),
                List.of(new ObservationPlanner.Request(leeAna, school.slots("MON"))))).isEmpty();
    }

    /** Each planned timeslot's id with the coached teacher observed there. */
    private Map<String, String> ids(List<ObservationPlanner.Observation> plan) {
        Map<String, String> ids = new TreeMap<>();
        for (ObservationPlanner.Observation observation : plan) {
            String previous = ids.put(school.bellSchedule().getTimeslot(observation.slot()).id(),
                    observation.pair().teacher().getId());
            assertThat(previous).as("two observations in one timeslot").isNull();
        }
        return ids;
    }
}
