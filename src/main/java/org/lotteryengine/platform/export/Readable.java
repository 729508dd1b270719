package org.lotteryengine.platform.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Figures rounded for people, as printed sheets show them: 4 significant digits, percentages with 2 decimals, money
 * in cents. The exact figures stay in the JSON answers and exports; these are for reading only.
 */
public final class Readable {

    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);
    /** Below this a percentage with 2 decimals reads 0.00%, so a chance is written "1 in N" instead. */
    private static final double SMALLEST_PERCENTAGE = 0.0001;

    private Readable() {
    }

    /**
     * 4 significant digits, without exponent from 0.0001 up to 10 million (thousands grouped from 10,000), with one
     * outside that range: 0.01495, 1.340, 74.01, 324,600, 3.080e-6.
     */
    public static String significant(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(FOUR_DIGITS);
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            if (magnitude >= 10_000) {
                return grouped(0).format(rounded);
            }
            return rounded.toPlainString();
        }
        BigDecimal unscaled = rounded.movePointLeft(rounded.precision() - rounded.scale() - 1);
        int exponent = rounded.precision() - rounded.scale() - 1;
        return unscaled.setScale(3, RoundingMode.HALF_EVEN)
                .toPlainString() + "e" + exponent;
    }

    /** A count, exact, with thousands grouped: 324,632. */
    public static String count(long value) {
        return grouped(0).format(value);
    }

    /** A probability as a percentage with 2 decimals: 0.014946 as 1.49%. */
    public static String percent(double probability) {
        return String.format(Locale.ROOT, "%.2f%%", probability * 100);
    }

    /** A percentage figure (already times 100) with 2 decimals: -25.993 as -25.99%. */
    public static String percentFigure(BigDecimal percent) {
        String written = percent.setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString() + "%";
        return written.equals("-0.00%") ? "0.00%" : written;
    }

    /**
     * A chance as a percentage with 2 decimals, or, when that would read 0.00%, as "1 in N" with N to 4 significant
     * digits: 1.49%, 1 in 324,600. Zero is "0" and certainty "100.00%".
     */
    public static String chance(double probability) {
        if (probability == 0) {
            return "0";
        }
        if (probability >= SMALLEST_PERCENTAGE) {
            return percent(probability);
        }
        return "1 in " + significant(1 / probability);
    }

    /** An amount of money with 2 decimals and thousands grouped, then the currency: 1,234.50 USD. */
    public static String money(BigDecimal amount, String currency) {
        return grouped(2).format(amount.setScale(2, RoundingMode.HALF_EVEN)) + (currency == null ? ""
                : " "
                        + currency);
    }

    private static DecimalFormat grouped(int decimals) {
        // A new format per call: DecimalFormat is not thread-safe, and sheets render on several engine threads.
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }
}
