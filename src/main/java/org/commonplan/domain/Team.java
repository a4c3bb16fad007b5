package org.commonplan.domain;

import java.util.ArrayList;
import java.util.List;

/** A collaborative team (PLC); its leader attends every meeting whether listed as a member or not. */
public final class Team {

    private final String id;
    private final String name;
    private final TeamKind kind;
    private final List<Teacher> members;
    private final Teacher leader;
    private final int meetingsPerWeek;
    private final String family;
    private final int priority;
    private final List<Teacher> attendees;
    private final SlotSet attendeesUnavailable;
    private List<Block> allowedBlocks = List.of();
    private int meetingMinutes;

    public Team(String id, String name, TeamKind kind, List<Teacher> members, Teacher leader,
            int meetingsPerWeek, String family, int priority) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.members = List.copyOf(members);
        this.leader = leader;
        this.meetingsPerWeek = meetingsPerWeek;
        this.family = family;
        this.priority = priority;
        List<Teacher> everyone = new ArrayList<>(members);
        if (leader != null && !everyone.contains(leader)) {
            everyone.add(leader);
        }
        this.attendees = List.copyOf(everyone);
        SlotSet unavailable = SlotSet.EMPTY;
        for (Teacher attendee : attendees) {
            unavailable = unavailable.union(attendee.getUnavailable());
        }
        this.attendeesUnavailable = unavailable;
    }

    /** Timeslots in which at least one attendee is away. */
    public SlotSet getAttendeesUnavailable() {
        return attendeesUnavailable;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name == null || name.isBlank() ? id : name;
    }

    public TeamKind getKind() {
        return kind;
    }

    public List<Teacher> getMembers() {
        return members;
    }

    public Teacher getLeader() {
        return leader;
    }

    /** Members and the leader: everyone who must be free for a meeting. */
    public List<Teacher> getAttendees() {
        return attendees;
    }

    public int getMeetingsPerWeek() {
        return meetingsPerWeek;
    }

    public String getFamily() {
        return family;
    }

    public int getPriority() {
        return priority;
    }

    public List<Block> getAllowedBlocks() {
        return allowedBlocks;
    }

    /**
     * The blocks a meeting may take: of these, the ones every attendee is available for (all of them when none is);
     * a meeting's unscheduled minutes are still the mean length of all of them.
     */
    public void setAllowedBlocks(List<Block> allowedBlocks) {
        this.allowedBlocks = BlockFamily.available(allowedBlocks, attendeesUnavailable);
        this.meetingMinutes = allowedBlocks.isEmpty() ? 0
                : (int) Math.round(allowedBlocks.stream().mapToInt(Block::getMinutes).average().orElse(0));
    }

    /** Minutes a meeting of this team lasts: the mean length of a block of its family. */
    public int getMeetingMinutes() {
        return meetingMinutes;
    }

    @Override
    public String toString() {
        return getName();
    }
}
