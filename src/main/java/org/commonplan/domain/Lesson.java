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

    public Lesson() {
    }

    public Lesson(Section section, int number) {
        this.id = section.getMeetings() == 1 ? section.getId() : section.getId() + "#" + number;
        this.section = section;
        this.number = number;
        if (section.getFixedBlock() != null && section.getFixedRoom() != null) {
            this.block = section.getFixedBlock();
            this.room = section.getFixedRoom();
            this.pinned = true;
        }
    }

    @ValueRangeProvider(id = "lessonBlocks")
    public List<Block> getBlockRange() {
        return section.getAllowedBlocks();
    }

    @ValueRangeProvider(id = "lessonRooms")
    public List<Room> getRoomRange() {
        return section.getSuitableRooms();
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
