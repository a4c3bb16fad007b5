package org.commonplan.solver.justifications;

/**
 * Two lessons of linked sections that break their link.
 *
 * @param broken what the link asks that they do not do, e.g. {@code start at the same time}
 */
public record SectionLinkJustification(String lesson, String block, String otherLesson, String otherBlock,
        String broken) implements Justification {

    @Override
    public String description() {
        return lesson + " (" + block + ") and " + otherLesson + " (" + otherBlock + ") should " + broken;
    }
}
