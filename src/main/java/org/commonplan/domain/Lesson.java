package org.commonplan.domain;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** One meeting pattern of a section: the solver chooses its block and its room. */
@PlanningEntity(comparatorClass = LessonDifficultyComparator.class)
public class Lesson {

    @PlanningId
    private String id;
    private Section section;
    private int number;

    @PlanningVariable(valueRangeProviderRefs = "lessonBlocks")
    private Block block;
    @PlanningVariable(valueRangeProviderRefs = "lessonRooms")
    private Room room;
    @PlanningPin
    private boolean pinned;
    /** The block or room a lock keeps the lesson in; null where the solver chooses. */
    private List<Block> lockedBlock;
    private List<Room> lockedRoom;
    /** Where the previous schedule had the lesson; null for a lesson that is new since then. */
    private Placement previous;
    /** The part of that place the school still allows, which the solver keeps it near; null when new. */
    private Placement previousAllowed;

    public Lesson() {
    }

    public Lesson(Section section, int number) {
        this.id = section.getMeetings() == 1 ? section.getId() : section.getId() + "#" + number;
        this.section = section;
        this.number = number;
        if (section.getFixedBlock() != null && section.getFixedRoom() != null) {
            lock(section.getFixedBlock(), section.getFixedRoom());
        }
    }

    @ValueRangeProvider(id = "lessonBlocks")
    public List<Block> getBlockRange() {
        return lockedBlock != null ? lockedBlock : section.getAllowedBlocks();
    }

    @ValueRangeProvider(id = "lessonRooms")
    public List<Room> getRoomRange() {
        return lockedRoom != null ? lockedRoom : section.getSuitableRooms();
    }

    /**
     * Keeps the lesson in a block, a room, or both; null leaves that choice to the solver. A lesson locked in both
     * is pinned there; a partial lock narrows the lesson's own range of blocks or rooms to the one given.
     */
    public void lock(Block block, Room room) {
        lockedBlock = block == null ? null : List.of(block);
        lockedRoom = room == null ? null : List.of(room);
        if (block != null && room != null) {
            this.block = block;
            this.room = room;
            this.pinned = true;
        }
    }

    /** The block a lock keeps the lesson in, or null. */
    public Block getLockedBlock() {
        return lockedBlock == null ? null : lockedBlock.get(0);
    }

    /** The room a lock keeps the lesson in, or null. */
    public Room getLockedRoom() {
        return lockedRoom == null ? null : lockedRoom.get(0);
    }

    /** Where the previous schedule had this lesson, or null when it is new. */
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

    public String getId() {
        return id;
    }

    public Section getSection() {
        return section;
    }

    /** 1-based number of this lesson within its section. */
    public int getNumber() {
        return number;
    }

    public Block getBlock() {
        return block;
    }

    public void setBlock(Block block) {
        this.block = block;
    }

    public Room getRoom() {
        return room;
    }

    public void setRoom(Room room) {
        this.room = room;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public boolean overlaps(Lesson other) {
        return block != null && block.overlaps(other.block);
    }

    @Override
    public String toString() {
        return id + (block == null ? "" : "@" + block.getId());
    }
}
