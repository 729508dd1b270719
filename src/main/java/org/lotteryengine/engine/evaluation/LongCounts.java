package org.lotteryengine.engine.evaluation;

import java.util.Arrays;

/**
 * Counts of long keys in an open-addressing table with no boxing: the payout histogram of millions of draws, whose
 * distinct payouts are few.
 */
public final class LongCounts implements DrawCounts {

    private static final long EMPTY = Long.MIN_VALUE;
    /** Keys below this are counted in a plain array: most draws pay a few small prizes. */
    private static final int DENSE_KEYS = 4096;

    private final long[] dense = new long[DENSE_KEYS];

    private long[] keys;
    private long[] counts;
    private int size;

    public LongCounts() {
        keys = new long[64];
        counts = new long[64];
        Arrays.fill(keys, EMPTY);
    }

    /** Adds {@code times} occurrences of a non-negative key. */
    @Override
    public void add(long key, long times) {
        if (key < DENSE_KEYS) {
            dense[(int) key] += times;
            return;
        }
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
            counts[slot] = times;
            if (size * 2 > keys.length) {
                grow();
            }
        } else {
            counts[slot] += times;
        }
    }

    /** The keys with their counts, ascending by key: {@code [keys, counts]}. */
    public long[][] sorted() {
        int denseEntries = 0;
        for (long count : dense) {
            denseEntries += count > 0 ? 1 : 0;
        }
        int entries = size + denseEntries;
        long[][] pairs = new long[entries][];
        int out = 0;
        for (int key = 0; key < DENSE_KEYS; key++) {
            if (dense[key] > 0) {
                pairs[out++] = new long[] { key, dense[key] };
            }
        }
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                pairs[out++] = new long[] { keys[slot], counts[slot] };
            }
        }
        Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
        long[] sortedKeys = new long[entries];
        long[] sortedCounts = new long[entries];
        for (int i = 0; i < entries; i++) {
            sortedKeys[i] = pairs[i][0];
            sortedCounts[i] = pairs[i][1];
        }
        return new long[][] { sortedKeys, sortedCounts };
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] != EMPTY) {
                add(oldKeys[slot], oldCounts[slot]);
            }
        }
    }
}
