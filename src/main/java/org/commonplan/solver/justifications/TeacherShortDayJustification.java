package org.commonplan.solver.justifications;

import java.util.List;

/** A teacher who comes in for fewer lessons than their minimum on some days. */
public record TeacherShortDayJustification(String teacher, int minLessons, List<String> shortDays)
        implements Justification {

    @Override
    public String description() {
        return teacher + " comes in for fewer than " + minLessons + " lessons on " + String.join(", ", shortDays);
    }
}
