package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.random.RandomGenerator;

import org.lotteryengine.engine.history.PatternGroup;

/**
 * The quota plan of a first set (spec 4.3): the pattern of each of the N tickets, meeting the pattern thresholds.
 * <p>
 * Quotas: ceil(hotCoverageMinimum × N) hot tickets; then, except for the aggressive strategy, warm tickets up to the
 * warm maximum and cold ones up to the cold allowance; the rest hot. Within a group the first patterns are the most
 * weighted ones, until the minimum of different hot patterns is met; then patterns are drawn by weight, never more than
 * the single-pattern limit each, nor more than the allowed numbers can make.
 */
final class QuotaPlanner {

    private final PatternData patterns;
    private final ToLongFunction<String> capacity;
    private final RandomGenerator random;

    /**
     * @param capacity how many distinct tickets of a pattern the allowed numbers can make
     *        ({@link TicketBuilder#capacity(String)})
     */
    QuotaPlanner(PatternData patterns, ToLongFunction<String> capacity, RandomGenerator random) {
        this.patterns = patterns;
        this.capacity = capacity;
        this.random = random;
    }

    /** One slot of the quota plan. */
    record Slot(String pattern, PatternGroup group) {
    }

    /**
     * The patterns of the N tickets.
     *
     * @throws NoValidTicketSetException when the allowed numbers cannot give N distinct tickets under the quotas
     */
    List<Slot> plan(StoppingCriteria.PatternThresholds thresholds, int tickets, boolean concentrate) {
        int hot = Math.min(tickets, (int) Math.ceil(thresholds.hotCoverageMinimum() * tickets - 1e-9));
        int warm = 0;
        int cold = 0;
        if (!concentrate) {
            warm = Math.min(tickets - hot, (int) Math.floor(thresholds.warmCoverageMaximum() * tickets + 1e-9));
            cold = Math.min(tickets - hot - warm, (int) Math.floor(thresholds.coldCoverageMaximum() * tickets + 1e-9));
        }
        hot = tickets - warm - cold;
        Map<String, Integer> used = new HashMap<>();
        List<Slot> slots = new ArrayList<>();
        fill(slots, used, PatternGroup.HOT, hot, thresholds.minimumUniqueHot(), thresholds.maximumSinglePatternCount());
        fill(slots, used, PatternGroup.WARM, warm, 0, thresholds.maximumSinglePatternCount());
        fill(slots, used, PatternGroup.COLD, cold, 0, thresholds.maximumSinglePatternCount());
        return slots;
    }

    private void fill(List<Slot> slots, Map<String, Integer> used, PatternGroup group, int count, int uniqueFirst,
            int limit) {
        List<String> candidates = new ArrayList<>();
        for (String pattern : patterns.patternsOf(group)) {
            if (capacity.applyAsLong(pattern) > 0) {
                candidates.add(pattern);
            }
        }
        if (count > 0 && candidates.isEmpty()) {
            throw new NoValidTicketSetException("no %s pattern can be filled with the allowed numbers".formatted(group
                    .inWords()));
        }
        for (int i = 0; i < count; i++) {
            String pattern;
            if (i < uniqueFirst && i < candidates.size()) {
                pattern = candidates.get(i);
            } else {
                pattern = weighted(candidates, used, limit);
            }
            used.merge(pattern, 1, Integer::sum);
            slots.add(new Slot(pattern, group));
        }
    }

    /** A pattern drawn by weight among those below the limit and their capacity; any below capacity if none. */
    private String weighted(List<String> candidates, Map<String, Integer> used, int limit) {
        List<String> open = new ArrayList<>();
        for (String pattern : candidates) {
            int taken = used.getOrDefault(pattern, 0);
            if (taken < limit && taken < capacity.applyAsLong(pattern)) {
                open.add(pattern);
            }
        }
        if (open.isEmpty()) {
            for (String pattern : candidates) {
                if (used.getOrDefault(pattern, 0) < capacity.applyAsLong(pattern)) {
                    open.add(pattern);
                }
            }
        }
        if (open.isEmpty()) {
            throw new NoValidTicketSetException("not enough distinct tickets for the pattern quotas");
        }
        long total = 0;
        for (String pattern : open) {
            total += patterns.weightOf()
                    .get(pattern);
        }
        long pick = random.nextLong(total);
        for (String pattern : open) {
            pick -= patterns.weightOf()
                    .get(pattern);
            if (pick < 0) {
                return pattern;
            }
        }
        return open.get(open.size() - 1);
    }
}
