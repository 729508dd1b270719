package org.lotteryengine.engine.generation;

import java.util.List;

/**
 * The optimisation score of a set (spec 6.2, as {@link QualityEvaluator} computes it), kept up to date move by move so
 * that the optimiser can refuse moves that would take the set below a threshold it meets.
 * <p>
 * Group shares, and so the pattern part but for its diversity term, are fixed by the quota plan: a move keeps each
 * ticket's group. The mean overlap of all pairs of tickets is &Sigma;<sub>x</sub> C(u<sub>x</sub>, 2) /
 * C(N, 2), with u<sub>x</sub> the number of tickets holding x, so a move changes it in constant time.
 */
final class SetScore {

    private final double patternBase;
    private final double patternDiversityWeight;
    private int distinctPatterns;
    private final double numberWeight;
    private final double diversityWeight;
    private final int tickets;
    private final int poolSize;
    private final int drawSize;
    private final long hotNumbers;
    private final List<Long> pairs;
    private final int[] usage;
    private int withHot;
    private int withPair;
    private int consecutive;
    private int unique;
    private long shared;

    /**
     * @param patternBase the pattern score but its diversity term, times the tier's pattern weight
     * @param patternDiversityWeight the weight of diversityScore (different patterns / N) in the same sum
     */
    SetScore(double patternBase, double patternDiversityWeight, int distinctPatterns, double numberWeight,
            double diversityWeight, int poolSize, int drawSize,
            long hotNumbers, List<Long> pairs, List<GeneratedTicket> initial) {
        this.patternBase = patternBase;
        this.patternDiversityWeight = patternDiversityWeight;
        this.distinctPatterns = distinctPatterns;
        this.numberWeight = numberWeight;
        this.diversityWeight = diversityWeight;
        this.tickets = initial.size();
        this.poolSize = poolSize;
        this.drawSize = drawSize;
        this.hotNumbers = hotNumbers;
        this.pairs = pairs;
        this.usage = new int[poolSize];
        for (GeneratedTicket ticket : initial) {
            long mask = ticket.mask();
            withHot += hasHot(mask);
            withPair += hasPair(mask);
            consecutive += hasRun(mask);
            for (long rest = mask; rest != 0; rest &= rest - 1) {
                int element = Long.numberOfTrailingZeros(rest);
                shared += usage[element];
                if (usage[element]++ == 0) {
                    unique++;
                }
            }
        }
    }

    /** Tickets holding at least one hot number. */
    int withHot() {
        return withHot;
    }

    /** Tickets holding a hot number after a ticket changes from {@code before} to {@code after}. */
    int withHotAfter(long before, long after) {
        return withHot - hasHot(before) + hasHot(after);
    }

    double score() {
        return score(withHot, withPair, consecutive, unique, shared, distinctPatterns);
    }

    /**
     * The score after a ticket trades the single number {@code out} for {@code in}, leaving {@code distinctAfter}
     * different patterns, without applying it.
     */
    double scoreAfter(long before, long out, long in, int distinctAfter) {
        long after = before ^ out ^ in;
        int x = Long.numberOfTrailingZeros(out);
        int y = Long.numberOfTrailingZeros(in);
        long newShared = shared - (usage[x] - 1) + usage[y];
        int newUnique = unique - (usage[x] == 1 ? 1 : 0) + (usage[y] == 0 ? 1 : 0);
        return score(withHot - hasHot(before) + hasHot(after), withPair - hasPair(before) + hasPair(after),
                consecutive - hasRun(before) + hasRun(after), newUnique, newShared, distinctAfter);
    }

    void apply(long before, long out, long in, int distinctAfter) {
        long after = before ^ out ^ in;
        distinctPatterns = distinctAfter;
        withHot += hasHot(after) - hasHot(before);
        withPair += hasPair(after) - hasPair(before);
        consecutive += hasRun(after) - hasRun(before);
        int x = Long.numberOfTrailingZeros(out);
        int y = Long.numberOfTrailingZeros(in);
        shared -= --usage[x];
        if (usage[x] == 0) {
            unique--;
        }
        shared += usage[y];
        if (usage[y]++ == 0) {
            unique++;
        }
    }

    private double score(int hot, int pair, int run, int uniqueNumbers, long sharedNumbers, int distinct) {
        double numberScore = (double) hot / tickets * 0.5 + (double) pair / tickets * 0.3
                + (double) run / tickets * 0.2;
        double overlap = tickets > 1 ? (double) sharedNumbers / ((long) tickets * (tickets - 1) / 2) : 0;
        double diversityPart = (double) uniqueNumbers / poolSize * 0.6 + (1.0 - overlap / drawSize) * 0.4;
        double patternPart = patternBase + Math.min(1.0, (double) distinct / tickets) * patternDiversityWeight;
        return Math.min(1.0, Math.max(0.0, patternPart + numberScore * numberWeight + diversityPart
                * diversityWeight));
    }

    private int hasHot(long mask) {
        return (mask & hotNumbers) != 0 ? 1 : 0;
    }

    private int hasPair(long mask) {
        for (long pair : pairs) {
            if ((mask & pair) == pair) {
                return 1;
            }
        }
        return 0;
    }

    private static int hasRun(long mask) {
        return (mask & (mask >>> 1)) != 0 ? 1 : 0;
    }
}
