package org.lotteryengine.engine.evaluation;

import java.util.Map;
import java.util.TreeMap;

/**
 * The naive reference the evaluator is checked against: every ticket compared with every draw, numbers as plain int
 * arrays and sets of booleans, sharing no code with the engine (no masks, no ranks).
 */
final class BruteForce {

    /** What the brute force measures. */
    record Result(long[] drawsWithBestMatch, TreeMap<Long, Long> payoutCents, int guarantee, long totalDraws) {

        long drawsWithBestAtLeast(int matches) {
            long count = 0;
            for (int m = matches; m < drawsWithBestMatch.length; m++) {
                count += drawsWithBestMatch[m];
            }
            return count;
        }
    }

    private BruteForce() {
    }

    /**
     * @param min smallest number
     * @param max largest number
     * @param k numbers per draw
     * @param prizeCents prize in cents for each match count 0..k
     * @param tickets the tickets
     */
    static Result evaluate(int min, int max, int k, long[] prizeCents, int[][] tickets) {
        long[] bestCounts = new long[k + 1];
        TreeMap<Long, Long> payouts = new TreeMap<>();
        int[] guarantee = { k };
        long[] total = { 0 };
        int[] draw = new int[k];
        enumerate(min, max, k, 0, min, draw, () -> {
            boolean[] drawn = new boolean[max + 1];
            for (int number : draw) {
                drawn[number] = true;
            }
            int best = 0;
            long payout = 0;
            for (int[] ticket : tickets) {
                int matches = 0;
                for (int number : ticket) {
                    if (drawn[number]) {
                        matches++;
                    }
                }
                best = Math.max(best, matches);
                payout += prizeCents[matches];
            }
            bestCounts[best]++;
            payouts.merge(payout, 1L, Long::sum);
            guarantee[0] = Math.min(guarantee[0], best);
            total[0]++;
        });
        return new Result(bestCounts, payouts, guarantee[0], total[0]);
    }

    private static void enumerate(int min, int max, int k, int position, int from, int[] draw, Runnable visit) {
        if (position == k) {
            visit.run();
            return;
        }
        for (int number = from; number <= max; number++) {
            draw[position] = number;
            enumerate(min, max, k, position + 1, number + 1, draw, visit);
        }
    }

    /** The payout histogram of an evaluation, as a sorted map from cents to draws. */
    static Map<Long, Long> histogram(PayoutDistribution distribution) {
        TreeMap<Long, Long> map = new TreeMap<>();
        long[] cents = distribution.payoutsInCents();
        long[] draws = distribution.drawsPerPayout();
        for (int i = 0; i < cents.length; i++) {
            map.put(cents[i], draws[i]);
        }
        return map;
    }
}
