package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Which ticket strategy builds each slot of a first set (spec 4.4): the configured shares, in whole tickets.
 */
final class StrategyAssignment {

    private StrategyAssignment() {
    }

    /** Which ticket strategy builds each slot: the configured shares, spread over the slots at random. */
    static List<TicketStrategy> assign(Map<TicketStrategy, Integer> shares, int tickets, RandomGenerator random) {
        Map<TicketStrategy, Integer> counts = new EnumMap<>(TicketStrategy.class);
        int total = shares.values()
                .stream()
                .mapToInt(Integer::intValue)
                .sum();
        int assigned = 0;
        // Largest remainder: counts proportional to the shares, adding up to N.
        List<Map.Entry<TicketStrategy, Double>> remainders = new ArrayList<>();
        for (Map.Entry<TicketStrategy, Integer> share : shares.entrySet()) {
            double exact = total == 0 ? 0 : (double) share.getValue() * tickets / total;
            int floor = (int) Math.floor(exact);
            counts.put(share.getKey(), floor);
            assigned += floor;
            remainders.add(Map.entry(share.getKey(), exact - floor));
        }
        remainders.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        for (int i = 0; assigned < tickets; i++, assigned++) {
            TicketStrategy strategy = remainders.isEmpty() ? TicketStrategy.PATTERN_SPECIFIC
                    : remainders.get(i % remainders.size())
                            .getKey();
            counts.merge(strategy, 1, Integer::sum);
        }
        List<TicketStrategy> list = new ArrayList<>();
        counts.forEach((strategy, count) -> {
            for (int i = 0; i < count; i++) {
                list.add(strategy);
            }
        });
        Collections.shuffle(list, new java.util.Random(random.nextLong()));
        return list;
    }
}
