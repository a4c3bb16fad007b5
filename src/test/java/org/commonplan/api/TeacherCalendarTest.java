package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.commonplan.bundle.BundleReader;
import org.commonplan.bundle.TestBundles;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's week as RFC 5545 text: weekly events at the bell times, escaped and folded as the RFC says. */
class TeacherCalendarTest {

    private static final Instant STAMP = Instant.parse("2026-08-01T12:00:00Z");
    // A Wednesday: a Monday meeting first falls on the Monday after.
    private static final LocalDate START = LocalDate.parse("2026-09-02");

    @TempDir
    Path dir;

    @Test
    void aMeetingRepeatsWeeklyFromTheFirstOfItsWeekdayAtTheBellTimes() throws Exception {
        School school = BundleReader.read(Path.of("datasets", "small-elementary"));
        TeamMeeting meeting = school.getMeetings().stream().filter(m -> m.getTeam().getId().equals("GK"))
                .findFirst().orElseThrow();
        meeting.setBlock(school.getBellSchedule().block("MON-P3"));
        Teacher rivera = teacher(school, "rivera");

        String calendar = new String(TeacherCalendar.of(school, rivera, START, false, STAMP), StandardCharsets.UTF_8);

        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(2);
        // MON P3 is 09:55-10:40 in bell_schedule.csv; floating local time, no Z and no TZID.
        assertThat(calendar).contains("DTSTART:20260907T095500\r\n", "DTEND:20260907T104000\r\n",
                "RRULE:FREQ=WEEKLY\r\n", "DTSTAMP:20260801T120000Z\r\n", "SUMMARY:Kindergarten team meeting\r\n");
        assertThat(calendar).doesNotContain("TZID");
    }

    @Test
    void lessonsComeOnlyWhenAskedAndLongLinesAreFoldedWithTextEscaped() throws Exception {
        School school = TestBundles.read(dir, Map.of(), Map.of(
                "bell_schedule.csv", "day,period,start,end,kind\nMonday,P1,08:00,08:50,CLASS\n"
                        + "Monday,P2,08:55,09:45,CLASS\n",
                "teachers.csv", "id,name,subjects,role,release_per_day,homeroom,unavailable\n"
                        + "t1,\"Zoë Ångström, Ph.D.; Head of a department with an unusually long name for tests\","
                        + "math,TEACHER,0,,\n",
                "rooms.csv", "id,capacity,kind\nR1,30,GENERAL\n",
                "sections.csv", "id,course,subject,teacher,groups,enrollment,room_kind,family,meetings\n"
                        + "m1,Math; algebra and more,math,t1,,20,GENERAL,DOUBLE,1\n"));
        Teacher teacher = teacher(school, "t1");
        Lesson lesson = school.getLessons().get(0);
        lesson.setBlock(school.getBellSchedule().blocksOf("DOUBLE").get(0));
        lesson.setRoom(school.getRooms().get(0));

        String meetingsOnly = text(TeacherCalendar.of(school, teacher, START, false, STAMP));
        String whole = text(TeacherCalendar.of(school, teacher, START, true, STAMP));

        assertThat(meetingsOnly).doesNotContain("BEGIN:VEVENT");
        assertThat(whole).contains("SUMMARY:Math\\; algebra and more\r\n", "LOCATION:R1\r\n",
                "DTSTART:20260907T080000\r\n", "DTEND:20260907T094500\r\n");
        List<String> lines = Arrays.asList(whole.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        String unfolded = whole.replace("\r\n ", "");
        assertThat(unfolded).contains("X-WR-CALNAME:Zoë Ångström\\, Ph.D.\\; Head of a department with an "
                + "unusually long name for tests - ");
    }

    @Test
    void aRotatingCycleOfDaysIsRefusedInWords() throws Exception {
        School school = TestBundles.read(dir, Map.of(), Map.of(
                "bell_schedule.csv", "day,period,start,end,kind\nA,P1,08:00,08:50,CLASS\nB,P1,08:00,08:50,CLASS\n",
                "teachers.csv", "id,name,subjects,role,release_per_day,homeroom,unavailable\nt1,T,math,TEACHER,0,,\n",
                "rooms.csv", "id,capacity,kind\nR1,30,GENERAL\n",
                "sections.csv", "id,course,subject,teacher,groups,enrollment,room_kind,family,meetings\n"
                        + "m1,Math,math,t1,,20,GENERAL,SINGLE,1\n"));

        assertThatThrownBy(() -> TeacherCalendar.of(school, teacher(school, "t1"), START, true, STAMP))
                .isInstanceOf(ApiException.class).hasMessageContaining("days A, B are not weekdays");
    }

    @Test
    void weekdaysAreReadFromTheirNamesNotFromAnyThreeLetters() {
        assertThat(TeacherCalendar.weekday("MON")).hasToString("MONDAY");
        assertThat(TeacherCalendar.weekday("Thursday")).hasToString("THURSDAY");
        assertThat(TeacherCalendar.weekday("MONKEY")).isNull();
        assertThat(TeacherCalendar.weekday("A")).isNull();
    }

    private static Teacher teacher(School school, String id) {
        return school.getTeachers().stream().filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
    }

    private static String text(byte[] calendar) {
        return new String(calendar, StandardCharsets.UTF_8);
    }
}
