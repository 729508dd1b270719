package org.lotteryengine.engine.pattern;

import java.util.Arrays;

/**
 * The pattern rule of spec 5.1: the tens digit of each number, in ascending order of the numbers.
 * {@code [5, 16, 23, 28, 34]} gives {@code "01223"}. Numbers up to 64 give digits 0..6.
 */
public final class TensDigitPattern {

    private TensDigitPattern() {
    }

    /** The pattern of some numbers, in any order. */
    public static String of(int... numbers) {
        int[] sorted = numbers.clone();
        Arrays.sort(sorted);
        char[] digits = new char[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] < 0) {
                throw new IllegalArgumentException("negative number " + sorted[i]);
            }
            digits[i] = Character.forDigit(sorted[i] / 10, 10);
        }
        return new String(digits);
    }

    /** The pattern of a mask whose bit i stands for number {@code numberMin + i}. */
    public static String ofMask(long mask, int numberMin) {
        char[] digits = new char[Long.bitCount(mask)];
        long rest = mask;
        for (int i = 0; i < digits.length; i++) {
            digits[i] = Character.forDigit((numberMin + Long.numberOfTrailingZeros(rest)) / 10, 10);
            rest &= rest - 1;
        }
        return new String(digits);
    }
}
