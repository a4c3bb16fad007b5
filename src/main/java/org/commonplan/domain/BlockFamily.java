package org.commonplan.domain;

/** The built-in block families; any other family name comes from blocks.csv. */
public final class BlockFamily {

    public static final String DAILY = "DAILY";
    public static final String SINGLE = "SINGLE";
    public static final String DOUBLE = "DOUBLE";

    private BlockFamily() {
    }

    public static boolean isBuiltIn(String family) {
        return DAILY.equals(family) || SINGLE.equals(family) || DOUBLE.equals(family);
    }
}
