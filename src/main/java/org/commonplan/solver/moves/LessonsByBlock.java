package org.commonplan.solver.moves;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.commonplan.domain.Block;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.Section;
import org.commonplan.domain.StudentGroup;
import org.commonplan.domain.Teacher;

/**
 * The lessons placed in each block at one moment, by the teachers, student groups and room they involve. A local
 * search step evaluates its moves on the same schedule (each is undone before the next), so a move factory builds
 * this once per step instead of scanning every lesson for every move. Readers still check each lesson's block, so
 * a stale entry is never taken for a current one.
 */
final class LessonsByBlock {

    /** Per block: per teacher, student group or room, the lessons in that block that involve it. */
    private final Map<Block, Map<Object, List<Lesson>>> lessonsByBlock = new IdentityHashMap<>();

    LessonsByBlock(List<Lesson> lessons) {
        for (Lesson lesson : lessons) {
            Block block = lesson.getBlock();
            if (block == null) {
                continue;
            }
            Map<Object, List<Lesson>> byWho = lessonsByBlock.computeIfAbsent(block, key -> new IdentityHashMap<>());
            for (Object who : involved(lesson)) {
                byWho.computeIfAbsent(who, key -> new ArrayList<>(2)).add(lesson);
            }
        }
    }

    /** Each lesson in {@code block} that shares a teacher, a student group or the room with {@code lesson}. */
    void forEachSharing(Block block, Lesson lesson, Consumer<Lesson> action) {
        Map<Object, List<Lesson>> byWho = lessonsByBlock.get(block);
        if (byWho == null) {
            return;
        }
        for (Object who : involved(lesson)) {
            for (Lesson other : byWho.getOrDefault(who, List.of())) {
                if (other != lesson && other.getBlock() == block && involves(other, who)) {
                    action.accept(other);
                }
            }
        }
    }

    /** The teachers, student groups and room of a lesson. */
    private static List<Object> involved(Lesson lesson) {
        Section section = lesson.getSection();
        List<Object> who = new ArrayList<>(section.getStaff().size() + section.getGroups().size() + 1);
        who.addAll(section.getStaff());
        who.addAll(section.getGroups());
        if (lesson.getRoom() != null) {
            who.add(lesson.getRoom());
        }
        return who;
    }

    /** Whether the lesson still involves {@code who}: its room may have changed since this was built. */
    private static boolean involves(Lesson lesson, Object who) {
        if (who instanceof Teacher || who instanceof StudentGroup) {
            return true; // staff and groups are fixed by the section
        }
        return lesson.getRoom() == who;
    }
}
