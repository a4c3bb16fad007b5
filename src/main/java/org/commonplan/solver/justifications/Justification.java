package org.commonplan.solver.justifications;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** A broken or rewarded rule, explained in the school's words. */
public interface Justification extends ConstraintJustification {

    String description();
}
