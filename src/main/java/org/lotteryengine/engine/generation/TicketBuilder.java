package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.pattern.PatternCatalog;
import org.lotteryengine.engine.pattern.PatternClass;

/**
 * Builds the tickets of the first set of an attempt loop (spec 4.4): one distinct ticket per slot of the
 * {@link QuotaPlanner}'s plan, by the ticket strategy {@link StrategyAssignment} gave the slot.
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
    GeneratedTicket build(QuotaPlanner.Slot slot, TicketStrategy strategy, Set<Long> taken) {
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
