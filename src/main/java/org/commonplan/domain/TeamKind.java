package org.commonplan.domain;

public enum TeamKind {
    GRADE, CONTENT, SPECIALIZED
}
