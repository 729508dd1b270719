package org.lotteryengine.platform.rest;

import java.util.Locale;

/**
 * A figure against its baseline as the API writes it: the relative change in percent with one decimal, e.g.
 * "20.0%". A change that rounds to zero reads "0.0%", never "-0.0%".
 */
public final class RelativeChange {

    private RelativeChange() {
    }

    /** The change of {@code value} against {@code baseline}, or null when the baseline is 0 (no change to state). */
    public static String percent(double value, double baseline) {
        if (baseline == 0) {
            return null;
        }
        String written = String.format(Locale.ROOT, "%.1f%%", (value - baseline) / baseline * 100);
        return written.equals("-0.0%") ? "0.0%" : written;
    }
}
