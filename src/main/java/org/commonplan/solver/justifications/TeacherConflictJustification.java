package org.commonplan.solver.justifications;

import java.util.List;

/**
 * A teacher due in more than one place at once in some timeslots.
 *
 * @param timeslots   each such timeslot with what clashes, e.g. {@code MON-P1 (3 lessons)} or
 *                    {@code MON-P2 (a lesson while class 3A has no one else)}
 * @param beyondFirst lessons beyond the first, and 1 for each timeslot a class is left alone: the penalty's count
 */
public record TeacherConflictJustification(String teacher, List<String> timeslots, int beyondFirst)
        implements Justification {

    @Override
    public String description() {
        return teacher + " is due in more than one place at once in " + String.join(", ", timeslots) + ": "
                + beyondFirst + (beyondFirst == 1 ? " clash" : " clashes");
    }
}
