package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.format.LotteryFormat;

/**
 * The pool of an aggressive set: the smallest set of numbers that can hold N distinct tickets, grown one number at a
 * time until the pattern quotas fit. Each decade gets numbers in proportion to its size, so that the patterns keep
 * their mix; within a decade the numbers of the best proven triplets and frequent pairs come first, then the hot
 * numbers, most frequent first, then the others in a seeded random order.
 */
final class PoolBuilder {

    /** Proven triplets, and frequent pairs, whose numbers the pool takes first. */
    private static final int ANCHOR_COMBINATIONS = 2;

    private final List<List<Integer>> candidates;
    private final int[] decadeSizes;
    private final int[] taken;
    private final int initialSize;
    private long pool;
    private boolean started;

    PoolBuilder(LotteryFormat format, PatternData patterns, int tickets, RandomGenerator random) {
        int firstDecade = format.numberMin() / 10;
        int decades = format.numberMax() / 10 - firstDecade + 1;
        this.candidates = new ArrayList<>();
        for (int d = 0; d < decades; d++) {
            candidates.add(new ArrayList<>());
        }
        // The numbers of the best proven triplets and pairs come first, so that triplet_foundation and hot_pair
        // tickets can be built inside the pool and the configured shares hold; then the hot numbers.
        LinkedHashSet<Integer> preferred = new LinkedHashSet<>();
        patterns.provenTriplets()
                .stream()
                .limit(ANCHOR_COMBINATIONS)
                .forEach(mask -> addNumbers(mask, format, preferred));
        patterns.frequentPairs()
                .stream()
                .limit(ANCHOR_COMBINATIONS)
                .forEach(mask -> addNumbers(mask, format, preferred));
        preferred.addAll(patterns.hotNumbers());
        List<Integer> others = new ArrayList<>();
        for (int number = format.numberMin(); number <= format.numberMax(); number++) {
            if (!preferred.contains(number)) {
                others.add(number);
            }
        }
        Collections.shuffle(others, new Random(random.nextLong()));
        for (int number : preferred) {
            candidates.get(number / 10 - firstDecade)
                    .add(number - format.numberMin());
        }
        for (int number : others) {
            candidates.get(number / 10 - firstDecade)
                    .add(number - format.numberMin());
        }
        this.decadeSizes = new int[decades];
        for (int d = 0; d < decades; d++) {
            decadeSizes[d] = candidates.get(d)
                    .size();
        }
        this.taken = new int[decades];
        int size = format.drawSize();
        while (size < format.poolSize() && Binomial.of(size, format.drawSize()) < tickets) {
            size++;
        }
        this.initialSize = size;
    }

    /** The first pool, then the previous one with one more number; the whole game once every number is in. */
    long next() {
        int additions = started ? 1 : initialSize;
        started = true;
        for (int i = 0; i < additions; i++) {
            addOne();
        }
        return pool;
    }

    private static void addNumbers(long mask, LotteryFormat format, LinkedHashSet<Integer> numbers) {
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            numbers.add(Long.numberOfTrailingZeros(rest) + format.numberMin());
        }
    }

    private void addOne() {
        int chosen = -1;
        for (int d = 0; d < decadeSizes.length; d++) {
            if (taken[d] == decadeSizes[d]) {
                continue;
            }
            // The decade that would stay least filled, relative to its size.
            if (chosen < 0 || (long) (taken[d] + 1) * decadeSizes[chosen] < (long) (taken[chosen] + 1)
                    * decadeSizes[d]) {
                chosen = d;
            }
        }
        if (chosen >= 0) {
            pool |= 1L << candidates.get(chosen)
                    .get(taken[chosen]++);
        }
    }
}
