package org.commonplan.domain;

public enum TeacherRole {
    TEACHER, TEACHER_LEADER, SPECIALIST
}
