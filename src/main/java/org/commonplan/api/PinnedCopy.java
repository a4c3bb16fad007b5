package org.commonplan.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleProblem;
import org.commonplan.bundle.LockClashes;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;

/**
 * A fresh copy of a solved school for a re-solve: new lesson and meeting entities with the same blocks, rooms
 * and pins plus the pins asked for; the problem facts (teachers, rooms, sections, ...) are shared, as the solver
 * never changes them. The job the schedule came from keeps its own entities untouched.
 */
final class PinnedCopy {

    /** The file name problems with a re-solve request are listed under. */
    static final String REQUEST = "resolve request";

    private PinnedCopy() {
    }

    static School of(School solved, ResolveRequest request) throws BundleException {
        List<BundleProblem> problems = new ArrayList<>();
        Set<String> lessonIds = new LinkedHashSet<>(request.pinLessons());
        Set<String> meetingIds = new LinkedHashSet<>(request.pinMeetings());
        Set<String> knownLessons = new HashSet<>();
        Set<String> knownMeetings = new HashSet<>();

        List<Lesson> lessons = new ArrayList<>();
        for (Lesson lesson : solved.getLessons()) {
            knownLessons.add(lesson.getId());
            Lesson copy = new Lesson(lesson.getSection(), lesson.getNumber());
            // A bundle's time-only or room-only lock narrows the lesson's own range: the copy keeps it.
            copy.lock(lesson.getLockedBlock(), lesson.getLockedRoom());
            copy.setBlock(lesson.getBlock());
            copy.setRoom(lesson.getRoom());
            boolean placed = lesson.getBlock() != null && lesson.getRoom() != null;
            boolean pin = lesson.isPinned() || (request.pinAll() && placed);
            if (lessonIds.contains(lesson.getId())) {
                if (placed) {
                    pin = true;
                } else {
                    problems.add(new BundleProblem(REQUEST, 0, "pinLessons", "lesson \"" + lesson.getId()
                            + "\" has no block and room yet, so it cannot be pinned"));
                }
            }
            copy.setPinned(pin);
            lessons.add(copy);
        }
        List<TeamMeeting> meetings = new ArrayList<>();
        for (TeamMeeting meeting : solved.getMeetings()) {
            knownMeetings.add(meeting.getId());
            TeamMeeting copy = new TeamMeeting(meeting.getTeam(), meeting.getNumber());
            copy.setBlock(meeting.getBlock());
            boolean placed = meeting.getBlock() != null;
            boolean pin = meeting.isPinned() || (request.pinAll() && placed);
            if (meetingIds.contains(meeting.getId())) {
                if (placed) {
                    pin = true;
                } else {
                    problems.add(new BundleProblem(REQUEST, 0, "pinMeetings", "meeting \"" + meeting.getId()
                            + "\" is not scheduled, so it cannot be pinned"));
                }
            }
            copy.setPinned(pin);
            meetings.add(copy);
        }
        for (String id : lessonIds) {
            if (!knownLessons.contains(id)) {
                problems.add(new BundleProblem(REQUEST, 0, "pinLessons", "there is no lesson \"" + id
                        + "\" in this schedule; lesson ids are section ids, or SECTION#n for a section with "
                        + "several lessons"));
            }
        }
        for (String id : meetingIds) {
            if (!knownMeetings.contains(id)) {
                problems.add(new BundleProblem(REQUEST, 0, "pinMeetings", "there is no team meeting \"" + id
                        + "\" in this schedule; meeting ids are TEAM#n"));
            }
        }
        RequestLocks.apply(solved, lessons, meetings, request, problems);
        if (!problems.isEmpty()) {
            throw new BundleException(problems);
        }
        School copy = new School(solved.getName(), solved.getSettings(), solved.getBellSchedule(),
                solved.getTeachers(), solved.getRooms(), solved.getGroups(), solved.getSections(), lessons,
                solved.getTeams(), meetings, solved.getCoachingPairs(), solved.getCourseConflicts());
        copy.setConstraintWeightOverrides(solved.getConstraintWeightOverrides());
        List<BundleProblem> clashes = LockClashes.inRequest(copy, REQUEST);
        if (!clashes.isEmpty()) {
            throw new BundleException(clashes);
        }
        return copy;
    }
}
