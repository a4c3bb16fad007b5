package org.commonplan.solver.justifications;

/** Two lessons of one section closer in the week than its min_days_between allows. */
public record MinDaysBetweenJustification(String lesson, String day, String otherLesson, String otherDay,
        int minDays) implements Justification {

    @Override
    public String description() {
        return lesson + " (" + day + ") and " + otherLesson + " (" + otherDay + ") should be at least " + minDays
                + (minDays == 1 ? " day" : " days") + " apart";
    }
}
