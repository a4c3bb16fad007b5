package org.commonplan.api;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Timeslot;

/**
 * A teacher's week as an iCalendar file (RFC 5545) a calendar can subscribe to: each team meeting (and, when asked,
 * each lesson) as an event that repeats weekly, at the bell schedule's times in floating local time (no time zone:
 * the school's clock, wherever the calendar is). Each day of the bell schedule must name a weekday (MON, Tuesday...):
 * its events start on the first such weekday on or after the start date. A rotating cycle of days (A, B, Day1...)
 * does not repeat weekly, so it gets no calendar.
 */
final class TeacherCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("MON", DayOfWeek.MONDAY), Map.entry("TUE", DayOfWeek.TUESDAY),
            Map.entry("WED", DayOfWeek.WEDNESDAY), Map.entry("THU", DayOfWeek.THURSDAY),
            Map.entry("FRI", DayOfWeek.FRIDAY), Map.entry("SAT", DayOfWeek.SATURDAY),
            Map.entry("SUN", DayOfWeek.SUNDAY));
    private static final int MAX_LINE_OCTETS = 75;

    private TeacherCalendar() {
    }

    /**
     * @param start        the first day the calendar's events may fall on
     * @param withLessons  also every lesson the teacher teaches, not only their team meetings
     * @param stamp        when the file is made (DTSTAMP)
     */
    static byte[] of(School school, Teacher teacher, LocalDate start, boolean withLessons, Instant stamp) {
        List<String> days = school.getBellSchedule().getDays();
        List<String> notWeekdays = days.stream().filter(day -> weekday(day) == null).toList();
        if (!notWeekdays.isEmpty()) {
            throw ApiException.conflict("The bell schedule's days " + String.join(", ", notWeekdays) + " are not "
                    + "weekdays (MON to SUN), so its week cannot repeat weekly in a calendar.");
        }
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//CommonPlan//Timetable//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(teacher.getName() + " - " + school.getName()));
        String stampText = UTC.format(stamp);
        for (TeamMeeting meeting : school.getMeetings()) {
            if (meeting.getBlock() != null && meeting.getTeam().getAttendees().contains(teacher)) {
                events(out, meeting.getId(), meeting.getTeam().getName() + " meeting", "", meeting.getBlock(),
                        start, stampText, school.getName());
            }
        }
        if (withLessons) {
            for (Lesson lesson : school.getLessons()) {
                if (lesson.getBlock() != null && lesson.getSection().getStaff().contains(teacher)) {
                    String groups = String.join(", ",
                            lesson.getSection().getGroups().stream().map(StudentGroup::getId).toList());
                    String summary = lesson.getSection().getCourse() + (groups.isEmpty() ? "" : " (" + groups + ")");
                    events(out, lesson.getId(), summary, lesson.getRoom() == null ? "" : lesson.getRoom().getId(),
                            lesson.getBlock(), start, stampText, school.getName());
                }
            }
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One event a day the block touches, from its first period's start to its last period's end that day. */
    private static void events(StringBuilder out, String id, String summary, String room, Block block,
            LocalDate start, String stamp, String school) {
        List<List<Timeslot>> byDay = new ArrayList<>();
        for (Timeslot timeslot : block.getTimeslots()) {
            if (byDay.isEmpty() || !byDay.get(byDay.size() - 1).get(0).day().equals(timeslot.day())) {
                byDay.add(new ArrayList<>());
            }
            byDay.get(byDay.size() - 1).add(timeslot);
        }
        for (List<Timeslot> run : byDay) {
            Timeslot first = run.get(0);
            Timeslot last = run.get(run.size() - 1);
            LocalDate date = start.with(TemporalAdjusters.nextOrSame(weekday(first.day())));
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(id + "-" + first.day() + "@" + school.replaceAll("[^A-Za-z0-9.-]+", "-")
                    + ".commonplan"));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART:" + LOCAL.format(LocalDateTime.of(date, first.start())));
            line(out, "DTEND:" + LOCAL.format(LocalDateTime.of(date, last.end())));
            line(out, "RRULE:FREQ=WEEKLY");
            line(out, "SUMMARY:" + text(summary));
            if (!room.isEmpty()) {
                line(out, "LOCATION:" + text(room));
            }
            line(out, "DESCRIPTION:" + text(block.getId() + " (" + first.start() + "-" + last.end() + ")"));
            line(out, "END:VEVENT");
        }
    }

    static DayOfWeek weekday(String day) {
        String key = day.length() >= 3 ? day.substring(0, 3).toUpperCase(Locale.ROOT) : "";
        DayOfWeek weekday = WEEKDAYS.get(key);
        // MONDAY and Mon name a weekday; a day called MONKEY does not.
        return weekday != null && weekday.name().startsWith(day.toUpperCase(Locale.ROOT)) ? weekday : null;
    }

    /** TEXT escaping of RFC 5545 section 3.3.11. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** A content line ended by CRLF and folded at 75 octets, never inside a UTF-8 character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
