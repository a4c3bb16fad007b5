package org.commonplan.bundle;

import static org.commonplan.bundle.Cells.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Team;
import org.commonplan.domain.TeamMeeting;
import org.commonplan.domain.Teacher;

/**
 * Locks of different sections and teams that no schedule can keep together: lessons locked to overlapping blocks
 * with a teacher, a student group or a locked room in common, and locked meetings whose attendees teach a locked
 * lesson or attend another locked meeting then. Each clash is named on the row of the later lock, with the line
 * of the earlier one, as a mistake in the bundle.
 */
public final class LockClashes {

    /** One lock: what it keeps where, and who and what it needs there. */
    private record Locked(String file, int line, String column, String owner, String name, Block block,
            List<String> needs) {
    }

    private LockClashes() {
    }

    /** Adds each clash among a bundle's locks to its problems, on the rows the lines name. */
    static void report(School school, Map<Section, Integer> sectionLines, Map<Team, Integer> teamLines,
            Problems problems) {
        find(school, sectionLines, teamLines, BundleFile.SECTIONS.fileName(), "fixed_block",
                BundleFile.TEAMS.fileName(), "fixed_blocks").forEach(problem -> problems.add(problem.file(),
                        problem.line(), problem.column(), problem.message()));
    }

    /** Each clash among the locks of a school locked by a request (file {@code request}, no lines). */
    public static List<BundleProblem> inRequest(School school, String request) {
        Map<Section, Integer> sections = new HashMap<>();
        school.getSections().forEach(section -> sections.put(section, 0));
        Map<Team, Integer> teams = new HashMap<>();
        school.getTeams().forEach(team -> teams.put(team, 0));
        return find(school, sections, teams, request, "fixedBlock", request, "fixedBlocks");
    }

    private static List<BundleProblem> find(School school, Map<Section, Integer> sectionLines,
            Map<Team, Integer> teamLines, String sectionsFile, String lessonColumn, String teamsFile,
            String meetingColumn) {
        List<Locked> locks = new ArrayList<>();
        for (Lesson lesson : school.getLessons()) {
            Block block = lesson.getLockedBlock();
            Integer line = sectionLines.get(lesson.getSection());
            if (block == null || line == null) {
                continue;
            }
            Section section = lesson.getSection();
            List<String> needs = new ArrayList<>();
            section.getStaff().forEach(teacher -> needs.add(teacher(teacher)));
            section.getGroups().forEach(group -> needs.add(group(group)));
            Room room = lesson.getLockedRoom();
            if (room != null) {
                needs.add("room " + quote(room.getId()));
            }
            locks.add(new Locked(sectionsFile, line, lessonColumn, "section " + quote(section
                    .getId()), section.getMeetings() == 1 ? "the lesson" : "lesson " + lesson.getNumber(), block,
                    needs));
        }
        for (TeamMeeting meeting : school.getMeetings()) {
            Integer line = teamLines.get(meeting.getTeam());
            if (!meeting.isPinned() || meeting.getBlock() == null || line == null) {
                continue;
            }
            List<String> needs = meeting.getTeam().getAttendees().stream().map(LockClashes::teacher).toList();
            locks.add(new Locked(teamsFile, line, meetingColumn, "team " + quote(meeting
                    .getTeam().getId()), "meeting " + meeting.getNumber(), meeting.getBlock(), needs));
        }
        // The first lock to need each teacher, group or room in each timeslot: linear in the locks.
        Map<String, Locked> firstBySlot = new HashMap<>();
        // Each pair of locks once, with everyone they both need in the first timeslot they share.
        Map<String, Clash> clashes = new LinkedHashMap<>();
        for (Locked lock : locks) {
            lock.block().getSlots().forEach(slot -> {
                for (String need : lock.needs()) {
                    Locked earlier = firstBySlot.putIfAbsent(slot + "\n" + need, lock);
                    if (earlier != null && !earlier.owner().equals(lock.owner())) {
                        Clash clash = clashes.computeIfAbsent(earlier.owner() + earlier.name() + "\n" + lock.owner()
                                + lock.name(), key -> new Clash(earlier, lock, slot, new ArrayList<>()));
                        if (clash.slot() == slot && !clash.needs().contains(need)) {
                            clash.needs().add(need);
                        }
                    }
                }
            });
        }
        List<BundleProblem> problems = new ArrayList<>();
        for (Clash clash : clashes.values()) {
            Locked lock = clash.later();
            Locked earlier = clash.earlier();
            problems.add(new BundleProblem(lock.file(), lock.line(), lock.column(), lock.name() + " is locked to "
                    + lock.block().getId() + " and " + (earlier.name().equals("the lesson") ? ""
                    : earlier.name() + " of ") + earlier.owner() + (earlier.line() > 0 ? " (" + earlier.file()
                    + " line " + earlier.line() + ")" : "") + " to " + earlier.block().getId() + ": both need "
                    + String.join(" and ", clash.needs()) + " in "
                    + school.getBellSchedule().getTimeslot(clash.slot()).id() + ", and each teacher, student group "
                    + "and room is in one lesson or meeting at a time; unlock or move one of them"));
        }
        return problems;
    }

    private record Clash(Locked earlier, Locked later, int slot, List<String> needs) {
    }

    private static String teacher(Teacher teacher) {
        return "teacher " + quote(teacher.getId());
    }

    private static String group(StudentGroup group) {
        return "student group " + quote(group.getId());
    }
}
