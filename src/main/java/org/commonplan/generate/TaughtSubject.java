package org.commonplan.generate;

/**
 * A subject as the generator teaches it: its course code, the room kind it needs and how such rooms are named
 * and sized.
 */
record TaughtSubject(String subject, String course, String roomKind, String roomPrefix, int roomCapacity) {
}
