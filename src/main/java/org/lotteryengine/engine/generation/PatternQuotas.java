package org.lotteryengine.engine.generation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.history.PatternGroup;

/**
 * Keeps the pattern thresholds true while the optimiser moves numbers between decades, which changes a ticket's
 * pattern. A move may change a pattern only into another of the same group (so that every group's share stays what
 * the quota plan set), never past the single-pattern limit, and never below the minimum of different hot patterns.
 * <p>
 * A pattern is keyed by its count of numbers per decade, four bits each, so that a move is checked with a few
 * popcounts and no strings. The packed counts differ in few bits, which would pile them into a few hash buckets;
 * multiplying by an odd constant (a bijection) spreads them.
 */
final class PatternQuotas {

    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    private final long[] decadeMasks;
    private final int firstDecade;
    private final Map<Long, PatternGroup> groupByKey = new HashMap<>();
    private final Map<Long, String> patternByKey = new HashMap<>();
    private final Map<Long, Integer> uses = new HashMap<>();
    private final int singlePatternLimit;
    private final int minimumUniqueHot;
    private int uniqueHot;

    PatternQuotas(long[] decadeMasks, int firstDecade, PatternData patterns, int singlePatternLimit,
            int minimumUniqueHot, List<GeneratedTicket> initial) {
        this.decadeMasks = decadeMasks;
        this.firstDecade = firstDecade;
        this.singlePatternLimit = singlePatternLimit;
        this.minimumUniqueHot = minimumUniqueHot;
        patterns.groupOf()
                .forEach((pattern, group) -> {
                    long key = keyOf(pattern);
                    groupByKey.put(key, group);
                    patternByKey.put(key, pattern);
                });
        for (GeneratedTicket ticket : initial) {
            long key = key(ticket.mask());
            if (uses.merge(key, 1, Integer::sum) == 1 && group(key) == PatternGroup.HOT) {
                uniqueHot++;
            }
        }
    }

    private long keyOf(String pattern) {
        long key = 0;
        for (int i = 0; i < pattern.length(); i++) {
            key += 1L << (4 * (Character.digit(pattern.charAt(i), 10) - firstDecade));
        }
        return key * SPREAD;
    }

    long key(long mask) {
        long key = 0;
        for (int d = 0; d < decadeMasks.length; d++) {
            key |= (long) Long.bitCount(mask & decadeMasks[d]) << (4 * d);
        }
        return key * SPREAD;
    }

    private PatternGroup group(long key) {
        return groupByKey.getOrDefault(key, PatternGroup.UNKNOWN);
    }

    /** Different patterns in the set. */
    int distinct() {
        return uses.size();
    }

    /**
     * The number of different patterns after a ticket changes from {@code before} to {@code after}, or -1 when the
     * change would break a pattern threshold.
     */
    int distinctAfter(long before, long after) {
        long from = key(before);
        long to = key(after);
        if (from == to) {
            return uses.size();
        }
        PatternGroup group = group(from);
        if (group(to) != group) {
            return -1;
        }
        int fromUses = uses.get(from);
        int toUses = uses.getOrDefault(to, 0);
        if (toUses + 1 > singlePatternLimit) {
            return -1;
        }
        if (group == PatternGroup.HOT && fromUses == 1 && toUses > 0 && uniqueHot - 1 < minimumUniqueHot) {
            return -1;
        }
        return uses.size() - (fromUses == 1 ? 1 : 0) + (toUses == 0 ? 1 : 0);
    }

    /** Records the change and returns the ticket's new pattern. */
    String apply(long before, long after) {
        long from = key(before);
        long to = key(after);
        if (from != to) {
            boolean hot = group(from) == PatternGroup.HOT;
            if (uses.merge(from, -1, Integer::sum) == 0) {
                uses.remove(from);
                uniqueHot -= hot ? 1 : 0;
            }
            if (uses.merge(to, 1, Integer::sum) == 1) {
                uniqueHot += hot ? 1 : 0;
            }
        }
        return patternByKey.get(to);
    }
}
