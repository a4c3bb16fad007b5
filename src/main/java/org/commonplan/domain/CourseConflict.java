package org.commonplan.domain;

/** Students who requested both courses; singleton sections of the two should not share a block. */
public record CourseConflict(String courseA, String courseB, int students) {
}
