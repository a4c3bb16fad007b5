package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Room;
import org.commonplan.domain.Section;

/**
 * The lessons placed in each block at one moment, by the teachers, student groups and room they involve. A local
 * search step evaluates its moves on the same schedule (each is undone before the next), so a move factory brings
 * this up to date once per step instead of scanning every lesson for every move; a step moves few lessons, so
 * {@link #update()} re-indexes only those. Readers still check each lesson's block, so a stale entry is never taken
 * for a current one.
 */
final class LessonsByBlock {

    private final List<Lesson> lessons;

    /** The block and room each lesson (by position in {@link #lessons}) is indexed under. */
    private final Block[] indexedBlocks;
    private final Room[] indexedRooms;
    private final Map<Lesson, Integer> positions = new IdentityHashMap<>();

    /** Per block: per teacher, student group or room, the lessons in that block that involve it. */
    private final Map<Block, Map<Object, List<Lesson>>> lessonsByBlock = new IdentityHashMap<>();

    LessonsByBlock(List<Lesson> lessons) {
        this.lessons = lessons;
        indexedBlocks = new Block[lessons.size()];
        indexedRooms = new Room[lessons.size()];
        for (int i = 0; i < lessons.size(); i++) {
            positions.put(lessons.get(i), i);
        }
        update();
    }

    /** Whether this index is of these lessons (the same list, as a solver phase keeps it). */
    boolean indexes(List<Lesson> lessons) {
        return this.lessons == lessons && indexedBlocks.length == lessons.size();
    }

    /** Re-indexes the lessons whose block or room changed since the last update. */
    void update() {
        for (int i = 0; i < indexedBlocks.length; i++) {
            Lesson lesson = lessons.get(i);
            Block block = lesson.getBlock();
            Room room = lesson.getRoom();
            if (block != indexedBlocks[i] || room != indexedRooms[i]) {
                if (indexedBlocks[i] != null) {
                    Map<Object, List<Lesson>> byWho = lessonsByBlock.get(indexedBlocks[i]);
                    for (Object who : involved(lesson, indexedRooms[i])) {
                        byWho.get(who).remove(lesson);
                    }
                }
                if (block != null) {
                    Map<Object, List<Lesson>> byWho = lessonsByBlock.computeIfAbsent(block,
                            key -> new IdentityHashMap<>());
                    for (Object who : involved(lesson, room)) {
                        insertInOrder(byWho.computeIfAbsent(who, key -> new ArrayList<>(2)), lesson, i);
                    }
                }
                indexedBlocks[i] = block;
                indexedRooms[i] = room;
            }
        }
    }

    /** Keeps each list in the order of {@link #lessons}, as a fresh index has it, so searches do not depend on history. */
    private void insertInOrder(List<Lesson> list, Lesson lesson, int position) {
        int at = list.size();
        while (at > 0 && positions.get(list.get(at - 1)) > position) {
            at--;
        }
        list.add(at, lesson);
    }

    /** Each lesson in {@code block} that shares a teacher or a student group with {@code lesson}. */
    void forEachSharingPeople(Block block, Lesson lesson, Consumer<Lesson> action) {
        Map<Object, List<Lesson>> byWho = lessonsByBlock.get(block);
        if (byWho == null) {
            return;
        }
        Section section = lesson.getSection();
        forEachIn(byWho, block, lesson, section.getStaff(), action);
        forEachIn(byWho, block, lesson, section.getGroups(), action);
    }

    private static void forEachIn(Map<Object, List<Lesson>> byWho, Block block, Lesson lesson, List<?> people,
            Consumer<Lesson> action) {
        for (Object who : people) {
            for (Lesson other : byWho.getOrDefault(who, List.of())) {
                if (other != lesson && other.getBlock() == block) {
                    action.accept(other);
                }
            }
        }
    }

    /** Whether the lesson shares a teacher or a student group with another lesson of its block. */
    boolean clashes(Lesson lesson) {
        boolean[] clashes = {false};
        if (lesson.getBlock() != null) {
            forEachSharingPeople(lesson.getBlock(), lesson, other -> clashes[0] = true);
        }
        return clashes[0];
    }

    /** Each lesson in {@code block} held in {@code room}. */
    void forEachInRoom(Block block, Room room, Consumer<Lesson> action) {
        Map<Object, List<Lesson>> byWho = lessonsByBlock.get(block);
        if (byWho == null) {
            return;
        }
        for (Lesson lesson : byWho.getOrDefault(room, List.of())) {
            if (lesson.getBlock() == block && lesson.getRoom() == room) {
                action.accept(lesson);
            }
        }
    }

    /** Whether a lesson in {@code block} held in {@code room} passes {@code test}. */
    boolean anyInRoom(Block block, Room room, Predicate<Lesson> test) {
        Map<Object, List<Lesson>> byWho = lessonsByBlock.get(block);
        if (byWho == null) {
            return false;
        }
        for (Lesson lesson : byWho.getOrDefault(room, List.of())) {
            if (lesson.getBlock() == block && lesson.getRoom() == room && test.test(lesson)) {
                return true;
            }
        }
        return false;
    }

    /** The teachers, student groups and room of a lesson: what the index is keyed by. */
    private static List<Object> involved(Lesson lesson, Room room) {
        Section section = lesson.getSection();
        List<Object> who = new ArrayList<>(section.getStaff().size() + section.getGroups().size() + 1);
        who.addAll(section.getStaff());
        who.addAll(section.getGroups());
        if (room != null) {
            who.add(room);
        }
        return who;
    }
}
