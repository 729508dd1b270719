package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.history.PatternGroup;
import org.lotteryengine.engine.pattern.PatternCatalog;
import org.lotteryengine.engine.pattern.PatternClass;

/**
 * Builds the first set of an attempt loop (spec 4.3 and 4.4): a quota plan that meets the pattern thresholds, then one
 * distinct ticket per slot, by the ticket strategies in their configured shares.
 * <p>
 * Quotas: ceil(hotCoverageMinimum × N) hot tickets; then, except for the aggressive strategy, warm tickets up to the
 * warm maximum and cold ones up to the cold allowance; the rest hot. Within a group the first patterns are the most
 * weighted ones, until the minimum of different hot patterns is met; then patterns are drawn by weight, never more than
 * the single-pattern limit each.
 * <p>
 * Pattern to numbers works for any format: a pattern's digit d stands for the numbers of the game whose tens digit is
 * d, within the allowed numbers (all of them, or an aggressive set's pool).
 */
final class TicketBuilder {

    /** Attempts at a fresh random ticket before falling back to a systematic search of the slot's pattern. */
    private static final int RANDOM_TRIES = 32;

    private final LotteryFormat format;
    private final PatternCatalog catalog;
    private final PatternData patterns;
    private final RandomGenerator random;
    private final double hotNumberBias;
    private final long allowed;
    private final long hotNumbersMask;
    private final long[] decadeMasks;
    private final int firstDecade;

    TicketBuilder(LotteryFormat format, PatternCatalog catalog, PatternData patterns, Strategy strategy, long allowed,
            RandomGenerator random) {
        this.format = format;
        this.catalog = catalog;
        this.patterns = patterns;
        this.random = random;
        this.allowed = allowed;
        this.hotNumberBias = switch (strategy) {
            case AGGRESSIVE -> 0.9;
            case BALANCED -> 0.7;
            case CONSERVATIVE -> 0.5;
        };
        long hot = 0;
        for (int number : patterns.hotNumbers()) {
            hot |= 1L << (number - format.numberMin());
        }
        this.hotNumbersMask = hot;
        this.firstDecade = format.numberMin() / 10;
        int decades = format.numberMax() / 10 - firstDecade + 1;
        this.decadeMasks = new long[decades];
        for (int element = 0; element < format.poolSize(); element++) {
            decadeMasks[(format.numberMin() + element) / 10 - firstDecade] |= 1L << element;
        }
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
            if (capacity(pattern) > 0) {
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
            if (taken < limit && taken < capacity(pattern)) {
                open.add(pattern);
            }
        }
        if (open.isEmpty()) {
            for (String pattern : candidates) {
                if (used.getOrDefault(pattern, 0) < capacity(pattern)) {
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

    /** How many tickets of this pattern the allowed numbers can make (capped to stay a long). */
    long capacity(String pattern) {
        int[] perDecade = perDecade(pattern);
        long total = 1;
        for (int d = 0; d < perDecade.length; d++) {
            int available = Long.bitCount(decadeMasks[d] & allowed);
            total *= org.lotteryengine.engine.combinatorics.Binomial.of(available, perDecade[d]);
            if (total == 0) {
                return 0;
            }
            total = Math.min(total, Integer.MAX_VALUE);
        }
        return total;
    }

    private int[] perDecade(String pattern) {
        int[] counts = new int[decadeMasks.length];
        for (int i = 0; i < pattern.length(); i++) {
            counts[Character.digit(pattern.charAt(i), 10) - firstDecade]++;
        }
        return counts;
    }

    /** The numbers tickets may use. */
    long allowed() {
        return allowed;
    }

    /** Every number of each decade, lowest decade first (not restricted to the allowed numbers). */
    long[] decadeMasks() {
        return decadeMasks.clone();
    }

    int firstDecade() {
        return firstDecade;
    }

    /** Numbers a move may put in place of one of this decade's, for the given decade of an element. */
    long decadeOf(int element) {
        return decadeMasks[(format.numberMin() + element) / 10 - firstDecade] & allowed;
    }

    /**
     * A new distinct ticket for the slot, by the given strategy; the strategy actually used is in the ticket (a strategy
     * that cannot apply, e.g. no frequent pair fits the pattern, falls back to pattern_specific).
     */
    GeneratedTicket build(Slot slot, TicketStrategy strategy, Set<Long> taken) {
        int[] perDecade = perDecade(slot.pattern());
        for (int attempt = 0; attempt < RANDOM_TRIES; attempt++) {
            long anchor = 0;
            TicketStrategy used = strategy;
            switch (strategy) {
                case HOT_PAIR -> anchor = fittingAnchor(patterns.frequentPairs(), perDecade);
                case TRIPLET_FOUNDATION -> anchor = fittingAnchor(patterns.provenTriplets(), perDecade);
                case CONSECUTIVE_ENHANCED -> anchor = consecutiveRun(perDecade);
                default -> {
                }
            }
            if (anchor == 0 && strategy != TicketStrategy.PATTERN_SPECIFIC && strategy != TicketStrategy.BALANCED_RANGE) {
                used = TicketStrategy.PATTERN_SPECIFIC;
            }
            long mask = fill(anchor, perDecade, used != TicketStrategy.BALANCED_RANGE);
            if (mask != 0 && !taken.contains(mask)) {
                return new GeneratedTicket(mask, slot.pattern(), slot.group(), used, anchor);
            }
        }
        long mask = systematic(perDecade, taken);
        return new GeneratedTicket(mask, slot.pattern(), slot.group(), TicketStrategy.PATTERN_SPECIFIC, 0);
    }

    /** A random one of the combinations (pair or triplet masks) that fits the pattern and the allowed numbers. */
    private long fittingAnchor(List<Long> combinations, int[] perDecade) {
        List<Long> fitting = new ArrayList<>();
        for (long combination : combinations) {
            if ((combination & ~allowed) != 0) {
                continue;
            }
            boolean fits = true;
            for (int d = 0; d < perDecade.length && fits; d++) {
                fits = Long.bitCount(combination & decadeMasks[d]) <= perDecade[d];
            }
            if (fits) {
                fitting.add(combination);
            }
        }
        return fitting.isEmpty() ? 0 : fitting.get(random.nextInt(fitting.size()));
    }

    /** Two consecutive allowed numbers that fit the pattern (in one decade, or across two adjacent ones). */
    private long consecutiveRun(int[] perDecade) {
        List<Long> runs = new ArrayList<>();
        for (int element = 0; element + 1 < format.poolSize(); element++) {
            long run = 3L << element;
            if ((run & ~allowed) != 0) {
                continue;
            }
            boolean fits = true;
            for (int d = 0; d < perDecade.length && fits; d++) {
                fits = Long.bitCount(run & decadeMasks[d]) <= perDecade[d];
            }
            if (fits) {
                runs.add(run);
            }
        }
        return runs.isEmpty() ? 0 : runs.get(random.nextInt(runs.size()));
    }

    /**
     * Completes an anchor to the pattern: each decade gets its count of numbers, each picked among the decade's hot
     * numbers with the strategy's bias (when {@code biased}) or uniformly among its allowed numbers.
     */
    private long fill(long anchor, int[] perDecade, boolean biased) {
        long mask = anchor;
        for (int d = 0; d < perDecade.length; d++) {
            int missing = perDecade[d] - Long.bitCount(anchor & decadeMasks[d]);
            long available = decadeMasks[d] & allowed & ~mask;
            for (int i = 0; i < missing; i++) {
                long hot = available & hotNumbersMask;
                long from = biased && hot != 0 && random.nextDouble() < hotNumberBias ? hot : available;
                if (from == 0) {
                    return 0;
                }
                long bit = randomBit(from);
                mask |= bit;
                available &= ~bit;
            }
        }
        return mask;
    }

    private long randomBit(long mask) {
        return CombinationMasks.randomElement(mask, random);
    }

    /** The first free combination of the pattern in a shuffled order of each decade's numbers. */
    private long systematic(int[] perDecade, Set<Long> taken) {
        List<List<Long>> choices = new ArrayList<>();
        for (int d = 0; d < perDecade.length; d++) {
            List<Long> options = new ArrayList<>();
            for (long subset : org.lotteryengine.engine.combinatorics.CombinationMasks.subsetsOf(decadeMasks[d]
                    & allowed, perDecade[d])) {
                options.add(subset);
            }
            Collections.shuffle(options, new java.util.Random(random.nextLong()));
            choices.add(options);
        }
        long found = search(choices, 0, 0, taken);
        if (found == 0) {
            throw new NoValidTicketSetException("not enough distinct tickets of pattern %s".formatted(patternOf(perDecade)));
        }
        return found;
    }

    private long search(List<List<Long>> choices, int decade, long partial, Set<Long> taken) {
        if (decade == choices.size()) {
            return taken.contains(partial) ? 0 : partial;
        }
        for (long option : choices.get(decade)) {
            long found = search(choices, decade + 1, partial | option, taken);
            if (found != 0) {
                return found;
            }
        }
        return 0;
    }

    private String patternOf(int[] perDecade) {
        StringBuilder pattern = new StringBuilder();
        for (int d = 0; d < perDecade.length; d++) {
            pattern.append(String.valueOf(Character.forDigit(firstDecade + d, 10))
                    .repeat(perDecade[d]));
        }
        return pattern.toString();
    }

    /** Which ticket strategy builds each slot: the configured shares, spread over the slots at random. */
    List<TicketStrategy> assign(Map<TicketStrategy, Integer> shares, int tickets) {
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

    /** Distinct masks of the tickets so far. */
    static Set<Long> masks(List<GeneratedTicket> tickets) {
        Set<Long> masks = new HashSet<>();
        for (GeneratedTicket ticket : tickets) {
            masks.add(ticket.mask());
        }
        return masks;
    }

    /** The catalogue of the format. */
    PatternCatalog catalog() {
        return catalog;
    }

    /** The class of a pattern, for weights of patterns not in the analysis. */
    PatternClass classOf(String pattern) {
        return catalog.find(pattern)
                .orElseThrow();
    }
}
