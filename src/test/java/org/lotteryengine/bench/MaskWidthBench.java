package org.lotteryengine.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What a second mask word would cost the engine's inner loop (src/bench/mask-width.sh): the draws of 5 of n on which
 * some ticket of a set matches at least t numbers, counted once with one 64-bit word per combination and once with
 * two words (low and high bits), as a k-of-n engine for pools above 64 numbers would hold them. On 5 of 35 both
 * count the same draws, so their ratio is the price of the second word alone; on 5 of 69 only two words can count.
 */
public final class MaskWidthBench {

    private static final int DRAWN = 5;

    private MaskWidthBench() {
    }

    /** Every combination of 5 of 0..n-1, as low and high mask words. */
    private static long[][] combinations(int n) {
        int total = Math.toIntExact(binomial(n, DRAWN));
        long[] low = new long[total];
        long[] high = new long[total];
        int[] c = { 0, 1, 2, 3, 4 };
        for (int index = 0; index < total; index++) {
            for (int number : c) {
                if (number < Long.SIZE) {
                    low[index] |= 1L << number;
                } else {
                    high[index] |= 1L << (number - Long.SIZE);
                }
            }
            int i = DRAWN - 1;
            while (i >= 0 && c[i] == n - DRAWN + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            c[i]++;
            for (int j = i + 1; j < DRAWN; j++) {
                c[j] = c[j - 1] + 1;
            }
        }
        return new long[][] { low, high };
    }

    private static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    private static long oneWord(long[] draws, long[] tickets, int atLeast) {
        long covered = 0;
        for (long draw : draws) {
            for (long ticket : tickets) {
                if (Long.bitCount(draw & ticket) >= atLeast) {
                    covered++;
                    break;
                }
            }
        }
        return covered;
    }

    private static long twoWords(long[] drawsLow, long[] drawsHigh, long[] ticketsLow, long[] ticketsHigh,
            int atLeast) {
        long covered = 0;
        for (int d = 0; d < drawsLow.length; d++) {
            long low = drawsLow[d];
            long high = drawsHigh[d];
            for (int i = 0; i < ticketsLow.length; i++) {
                if (Long.bitCount(low & ticketsLow[i]) + Long.bitCount(high & ticketsHigh[i]) >= atLeast) {
                    covered++;
                    break;
                }
            }
        }
        return covered;
    }

    public static void main(String[] arguments) {
        int tickets = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 50;
        int runs = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 7;
        int atLeast = 3;
        System.out.printf(Locale.ROOT, "%-6s %10s %8s %16s %16s %6s%n", "game", "draws", "tickets", "one word, ms",
                "two words, ms", "ratio");
        for (int n : new int[] { 35, 69 }) {
            long[][] draws = combinations(n);
            SplittableRandom random = new SplittableRandom(42);
            long[] ticketsLow = new long[tickets];
            long[] ticketsHigh = new long[tickets];
            for (int i = 0; i < tickets; i++) {
                int pick = random.nextInt(draws[0].length);
                ticketsLow[i] = draws[0][pick];
                ticketsHigh[i] = draws[1][pick];
            }
            boolean oneWordFits = n <= Long.SIZE;
            if (oneWordFits && oneWord(draws[0], ticketsLow, atLeast) != twoWords(draws[0], draws[1], ticketsLow,
                    ticketsHigh, atLeast)) {
                throw new IllegalStateException("one and two words count different draws");
            }
            double[] one = new double[runs];
            double[] two = new double[runs];
            for (int run = -2; run < runs; run++) {
                long start = System.nanoTime();
                if (oneWordFits) {
                    oneWord(draws[0], ticketsLow, atLeast);
                }
                long middle = System.nanoTime();
                twoWords(draws[0], draws[1], ticketsLow, ticketsHigh, atLeast);
                long end = System.nanoTime();
                if (run >= 0) {
                    one[run] = (middle - start) / 1e6;
                    two[run] = (end - middle) / 1e6;
                }
            }
            Arrays.sort(one);
            Arrays.sort(two);
            double oneMedian = one[runs / 2];
            double twoMedian = two[runs / 2];
            System.out.printf(Locale.ROOT, "5/%-4d %10d %8d %16s %16.1f %6s%n", n, draws[0].length, tickets,
                    oneWordFits ? "%.1f".formatted(oneMedian) : "-", twoMedian, oneWordFits ? "%.2f".formatted(
                            twoMedian / oneMedian) : "-");
        }
    }
}
