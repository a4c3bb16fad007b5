package org.commonplan.domain;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** One weekly meeting of a team; its block stays empty when no time can be found. */
@PlanningEntity
public class TeamMeeting {

    @PlanningId
    private String id;
    private Team team;
    private int number;

    @PlanningVariable(valueRangeProviderRefs = "meetingBlocks", allowsUnassigned = true)
    private Block block;
    @PlanningPin
    private boolean pinned;
    /** Where the previous schedule had the meeting; null for a meeting that is new since then. */
    private Placement previous;
    /** The part of that place the school still allows, which the solver keeps it near; null when new. */
    private Placement previousAllowed;

    public TeamMeeting() {
    }

    public TeamMeeting(Team team, int number) {
        this.id = team.getId() + "#" + number;
        this.team = team;
        this.number = number;
    }

    @ValueRangeProvider(id = "meetingBlocks")
    public List<Block> getBlockRange() {
        return team.getAllowedBlocks();
    }

    public String getId() {
        return id;
    }

    public Team getTeam() {
        return team;
    }

    public int getNumber() {
        return number;
    }

    public Block getBlock() {
        return block;
    }

    public void setBlock(Block block) {
        this.block = block;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    /** Keeps the meeting in a block: it is pinned there. */
    public void lock(Block block) {
        this.block = block;
        this.pinned = true;
    }

    /** Where the previous schedule had this meeting (its block empty when it was unscheduled), or null. */
    public Placement getPrevious() {
        return previous;
    }

    public void setPrevious(Placement previous) {
        this.previous = previous;
        this.previousAllowed = previous;
    }

    /** The part of the previous place the school still allows (an id null where it does not), or null when new. */
    public Placement getPreviousAllowed() {
        return previousAllowed;
    }

    public void setPreviousAllowed(Placement previousAllowed) {
        this.previousAllowed = previousAllowed;
    }

    /** Minutes this meeting gives, or would give once placed. */
    public int getMinutes() {
        return block == null ? team.getMeetingMinutes() : block.getMinutes();
    }

    @Override
    public String toString() {
        return id + (block == null ? "" : "@" + block.getId());
    }
}
