package org.commonplan.domain;

import java.util.Comparator;

/** Harder lessons are placed first: fewer blocks and rooms to choose from, more people to fit around. */
public class LessonDifficultyComparator implements Comparator<Lesson> {

    private static final Comparator<Lesson> COMPARATOR = Comparator
            .comparingInt((Lesson lesson) -> -lesson.getBlockRange().size())
            .thenComparingInt(lesson -> lesson.getSection().getStaff().size()
                    + lesson.getSection().getGroups().size()
                    + lesson.getSection().getReleasedHomeroomTeachers().size())
            .thenComparingInt(lesson -> -lesson.getRoomRange().size())
            .thenComparingInt(lesson -> lesson.getSection().getEnrollment())
            .thenComparing(Lesson::getId);

    @Override
    public int compare(Lesson a, Lesson b) {
        return COMPARATOR.compare(a, b);
    }
}
