package org.commonplan.bundle;

/**
 * What a bundle zip may hold, with the setting that sets each limit (named in its problem), or null where the
 * limit is fixed.
 *
 * @param maxInflatedBytes most bytes all entries together may inflate to, counted while inflating
 * @param maxEntries       most entries, directories included
 * @param inflatedSetting  the setting of {@code maxInflatedBytes}, or null
 * @param entriesSetting   the setting of {@code maxEntries}, or null
 */
public record ZipLimits(long maxInflatedBytes, int maxEntries, String inflatedSetting, String entriesSetting) {

    /** The limits of a zip read from disk by the CLI. */
    public static final ZipLimits FILE = new ZipLimits(Limits.MAX_ZIP_BYTES, Limits.MAX_ZIP_ENTRIES, null, null);
}
