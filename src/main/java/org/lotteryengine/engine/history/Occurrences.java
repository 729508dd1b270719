package org.lotteryengine.engine.history;

import java.util.Arrays;

/** How often each item occurred, when first and last. */
final class Occurrences {
    final int[] count;
    final int[] first;
    final int[] last;

    Occurrences(int items) {
        count = new int[items];
        first = new int[items];
        last = new int[items];
        Arrays.fill(first, -1);
    }

    void add(int item, int drawIndex) {
        if (count[item] == 0) {
            first[item] = drawIndex;
        }
        count[item]++;
        last[item] = drawIndex;
    }

    Integer lastSeen(int item, int drawCount) {
        return count[item] == 0 ? null : drawCount - 1 - last[item];
    }

    Double averageGap(int item) {
        return count[item] < 2 ? null : (double) (last[item] - first[item]) / (count[item] - 1);
    }
}
