package org.commonplan.solver;

import org.commonplan.domain.Block;
import org.commonplan.domain.Teacher;

/** One way a lesson or a meeting takes up a teacher's block; the unit that teacher weeks are tallied from. */
record Occupation(Teacher teacher, Block block, Use use) {

    // Written out: the flatten node compares occupations on every move, and identity fields need no more.
    @Override
    public boolean equals(Object o) {
        return o instanceof Occupation other && teacher == other.teacher && block == other.block && use == other.use;
    }

    @Override
    public int hashCode() {
        return (System.identityHashCode(teacher) * 31 + System.identityHashCode(block)) * 31 + use.ordinal();
    }

    enum Use {
        /** Teaches or co-teaches a lesson that their own homeroom class does not attend. */
        TEACHING,
        /** Teaches a lesson that their own homeroom class attends, so the class is with them. */
        TEACHING_OWN_CLASS,
        /** Attends a team meeting. */
        MEETING,
        /** Their homeroom class is at a section taught by someone else. */
        CLASS_AWAY,
        /** No activity: makes sure every teacher has a week, even an empty one. */
        PRESENT
    }
}
