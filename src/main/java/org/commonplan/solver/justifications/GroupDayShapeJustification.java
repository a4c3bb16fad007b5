package org.commonplan.solver.justifications;

import java.util.List;

/**
 * A student group whose days are shorter or longer than allowed, or start late too often.
 *
 * @param problem what is wrong, e.g. {@code fewer than 5 or more than 7 lessons on some days}
 * @param days    each day's lessons, gaps and start, e.g. {@code MON: 4 lessons, 0 gaps}
 */
public record GroupDayShapeJustification(String group, String problem, List<String> days) implements Justification {

    @Override
    public String description() {
        return "Group " + group + " has " + problem + " (" + String.join("; ", days) + ")";
    }
}
