package org.commonplan.domain;

/** What a period of the bell schedule is used for; only CLASS periods can hold lessons and meetings. */
public enum TimeslotKind {
    CLASS, LUNCH, ADVISORY, OTHER
}
