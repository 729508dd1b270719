package org.lotteryengine.engine.evaluation;

import java.util.Arrays;
import java.util.List;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.format.BonusDrum;
import org.lotteryengine.engine.format.BonusGame;

/**
 * Exact evaluation of a bonus game's ticket set over every possible (main draw, bonus draw), by decomposition: the
 * C(n, k) main draws are enumerated, and for each the bonus draws are counted in closed form, since a ticket's prize
 * for a given main draw depends on the bonus draw only through which of its bonus numbers (or unmatched numbers, for a
 * same-drum bonus ball) come up. Powerball's 292,201,338 draws are 11,238,513 main draws times 26.
 * <p>
 * For one main draw, with w<sub>c</sub>(t) the prize of ticket t at c bonus matches:
 * <ul>
 * <li>one bonus number x: payout(x) = &Sigma;<sub>t</sub> w<sub>0</sub>(t) + A[x], A[x] = &Sigma;<sub>t holds x</sub>
 * (w<sub>1</sub> - w<sub>0</sub>)(t);</li>
 * <li>two bonus numbers {p, q}: payout = &Sigma; w<sub>0</sub> + A[p] + A[q] + C[pq], C[pq] = &Sigma;<sub>t holds p
 * and q</sub> (w<sub>2</sub> - 2w<sub>1</sub> + w<sub>0</sub>)(t), which gives each ticket exactly its prize;</li>
 * <li>a same-drum bonus ball y (one of the n - k numbers not drawn): A[y] over the tickets whose unmatched numbers hold
 * y.</li>
 * </ul>
 * The best tier over all tickets is found the same way, with minimum ranks in place of sums: a game's tiers never rank
 * lower with more matches ({@link BonusGame}), so a ticket counted at fewer bonus matches than it has never lowers the
 * minimum. Bonus outcomes that no ticket touches share one payout and are counted together.
 * <p>
 * The main draws that share their first k - 1 numbers share one state, built once over every ticket; each of them then
 * steps only the tickets that hold its last number, and goes back by a log of what it changed.
 * <p>
 * Main numbers are kept as indices into per-number lists of tickets, not bit masks, so a 69- or 70-number main drum
 * costs no more than a 64-number one.
 */
public final class BonusSetEvaluator {

    private final BonusGame game;
    private final List<BonusTicket> tickets;
    private final int k;
    private final int n;
    private final int none;
    /** By a ticket's main matches j: its prize at 0 bonus matches, and the differences the formulas use. */
    private final long[] prize0;
    private final long[] delta1;
    private final long[] delta2;
    private final int[] rank0;
    private final int[] rank1;
    private final int[] rank2;
    /** For a same-drum game: whether the bonus ball changes anything at j main matches. */
    private final boolean[] bonusMatters;
    /** Tickets holding each main number (index from 0). */
    private final int[][] holders;
    private final int[][] mainOf;
    private final int[] bonusA;
    private final int[] bonusB;
    private final int[] matches;
    private final boolean[] drawn;

    private final int bonusPool;
    /** Slots: one per bonus number (or main number, same drum), then one per ordered pair of bonus numbers. */
    private final int pairBase;
    private final long[] sums;
    private final int[] bests;
    private final int[] touched;
    private final boolean[] isTouched;
    private int touchedCount;
    private long prefixBase;
    private int prefixBest;
    private int prefixTouched;
    /** While a main draw is tallied, the old values of what it changed, to go back to the prefix's state. */
    private final int[] undoSlot;
    private final long[] undoSum;
    private final int[] undoBest;
    private int undoCount;

    /** Where each draw's figure goes: a histogram of payouts, or a caller's tally of packed counts. */
    private final DrawCounts outcomes;
    private final long[] drawsAtBestRank;

    /** What one ticket counts for at (main matches, bonus matches): its prize in cents, or 1 if it wins a tier. */
    @FunctionalInterface
    private interface Worth {
        long of(int mainMatches, int bonusMatches);
    }

    private BonusSetEvaluator(BonusGame game, List<BonusTicket> tickets, Worth worth, DrawCounts outcomes) {
        this.game = game;
        this.outcomes = outcomes;
        this.tickets = tickets;
        this.k = game.mainDrawn();
        this.n = game.mainPoolSize();
        this.bonusPool = game.bonusMax() - game.bonusMin() + 1;
        this.none = game.tiers()
                .size();
        int maxBonus = game.bonusDrawn();
        this.prize0 = new long[k + 1];
        this.delta1 = new long[k + 1];
        this.delta2 = new long[k + 1];
        this.rank0 = new int[k + 1];
        this.rank1 = new int[k + 1];
        this.rank2 = new int[k + 1];
        this.bonusMatters = new boolean[k + 1];
        for (int j = 0; j <= k; j++) {
            long w0 = worth.of(j, 0);
            long w1 = maxBonus >= 1 ? worth.of(j, 1) : w0;
            long w2 = maxBonus >= 2 ? worth.of(j, 2) : w1;
            prize0[j] = w0;
            delta1[j] = w1 - w0;
            delta2[j] = w2 - 2 * w1 + w0;
            rank0[j] = game.rank(j, 0);
            rank1[j] = maxBonus >= 1 ? game.rank(j, 1) : rank0[j];
            rank2[j] = maxBonus >= 2 ? game.rank(j, 2) : rank1[j];
            bonusMatters[j] = delta1[j] != 0 || rank1[j] != rank0[j];
        }
        int count = tickets.size();
        this.mainOf = new int[count][];
        this.bonusA = new int[count];
        this.bonusB = new int[count];
        int[] perNumber = new int[n];
        for (int t = 0; t < count; t++) {
            BonusTicket ticket = tickets.get(t);
            mainOf[t] = Arrays.stream(ticket.main())
                    .map(number -> number - game.mainMin())
                    .toArray();
            for (int index : mainOf[t]) {
                perNumber[index]++;
            }
            if (ticket.bonus().length >= 1) {
                bonusA[t] = ticket.bonus()[0] - game.bonusMin();
            }
            if (ticket.bonus().length >= 2) {
                bonusB[t] = ticket.bonus()[1] - game.bonusMin();
            }
        }
        this.holders = new int[n][];
        for (int i = 0; i < n; i++) {
            holders[i] = new int[perNumber[i]];
            perNumber[i] = 0;
        }
        for (int t = 0; t < count; t++) {
            for (int index : mainOf[t]) {
                holders[index][perNumber[index]++] = t;
            }
        }
        this.matches = new int[count];
        this.drawn = new boolean[n];
        int numbers = game.drum() == BonusDrum.SAME ? n : bonusPool;
        this.pairBase = numbers;
        int slotCount = numbers + (game.bonusDrawn() == 2 ? bonusPool * bonusPool : 0);
        this.sums = new long[slotCount];
        this.bests = new int[slotCount];
        Arrays.fill(bests, none);
        this.touched = new int[slotCount];
        this.isTouched = new boolean[slotCount];
        // A main draw's last number steps every holder's terms once: k slots, or 3 for two bonus numbers.
        int undo = count * (k + 3);
        this.undoSlot = new int[undo];
        this.undoSum = new long[undo];
        this.undoBest = new int[undo];
        this.drawsAtBestRank = new long[none + 1];
    }

    private static long cents(BonusGame game, int mainMatches, int bonusMatches) {
        int rank = game.rank(mainMatches, bonusMatches);
        return rank == game.tiers()
                .size() ? 0
                        : game.tiers()
                                .get(rank)
                                .amountInCents();
    }

    /**
     * Evaluates the tickets over every draw of the game.
     *
     * @param stop asked once per main draw prefix of k - 1 numbers (a few microseconds of work)
     */
    public static BonusSetEvaluation evaluate(BonusGame game, List<BonusTicket> tickets, Interruption stop) {
        if (tickets.isEmpty()) {
            throw new IllegalArgumentException("a ticket set needs at least one ticket");
        }
        LongCounts payouts = new LongCounts();
        BonusSetEvaluator evaluator = new BonusSetEvaluator(game, List.copyOf(tickets), (main, bonus) -> cents(game,
                main, bonus), payouts);
        evaluator.enumerate(0, 0, stop);
        long[][] sorted = payouts.sorted();
        return new BonusSetEvaluation(game, evaluator.tickets, evaluator.drawsAtBestRank, new PayoutDistribution(
                sorted[0], sorted[1]));
    }

    /**
     * How many tickets of the set win at the tier of this rank or a better one, over every draw: the same enumeration
     * as {@link #evaluate}, each winning ticket counting 1 in place of its prize. P(at least two wins), which the
     * strategies that want wins together aim at, comes from it.
     *
     * @param stop asked as in {@link #evaluate}
     */
    public static BonusWinCounts winningTickets(BonusGame game, List<BonusTicket> tickets, int rank,
            Interruption stop) {
        if (tickets.isEmpty()) {
            throw new IllegalArgumentException("a ticket set needs at least one ticket");
        }
        LongCounts winners = new LongCounts();
        BonusSetEvaluator evaluator = new BonusSetEvaluator(game, List.copyOf(tickets), (main, bonus) -> game.rank(
                main, bonus) <= rank ? 1 : 0, winners);
        evaluator.enumerate(0, 0, stop);
        long[][] sorted = winners.sorted();
        long[] draws = new long[tickets.size() + 1];
        for (int i = 0; i < sorted[0].length; i++) {
            draws[(int) sorted[0][i]] = sorted[1][i];
        }
        return new BonusWinCounts(rank, draws);
    }

    /**
     * How many tickets win at each rank that {@code packing} holds, on every draw: each draw's counts packed in one
     * long go to {@code tally} with the number of draws giving them, so that one enumeration counts every tier. The
     * packing is exact: every figure of the enumeration is a sum of the tickets' worths, here packed unit counts, long
     * arithmetic wraps modulo 2^64 where the formulas' differences are negative on the way, and each final count is
     * below 2^bits, so no field carries into the next.
     *
     * @param tally gets each draw's packed counts, often with many draws at once
     * @param stop asked as in {@link #evaluate}
     * @return [rank]: the draws whose best win over the whole set is this rank (the tier count: no win)
     */
    public static long[] tierCounts(BonusGame game, List<BonusTicket> tickets, BonusTierCounts packing,
            DrawCounts tally, Interruption stop) {
        if (tickets.isEmpty()) {
            throw new IllegalArgumentException("a ticket set needs at least one ticket");
        }
        if (packing.bits() < BonusTierCounts.bitsFor(tickets.size()) || packing.fromRank() + packing.ranks() > game
                .tiers()
                .size()) {
            throw new IllegalArgumentException("%s cannot count %d tickets of a game with %d tiers".formatted(packing,
                    tickets.size(), game.tiers()
                            .size()));
        }
        BonusSetEvaluator evaluator = new BonusSetEvaluator(game, List.copyOf(tickets), (main, bonus) -> packing
                .unit(game.rank(main, bonus)), tally);
        evaluator.enumerate(0, 0, stop);
        return evaluator.drawsAtBestRank.clone();
    }

    private void enumerate(int depth, int from, Interruption stop) {
        if (depth == k - 1) {
            stop.check();
            lastNumber(from);
            return;
        }
        for (int number = from; number <= n - (k - depth); number++) {
            drawn[number] = true;
            for (int t : holders[number]) {
                matches[t]++;
            }
            enumerate(depth + 1, number + 1, stop);
            for (int t : holders[number]) {
                matches[t]--;
            }
            drawn[number] = false;
        }
    }

    /**
     * The main draws that share the k - 1 numbers drawn so far: their common state is built once, over every ticket,
     * and each draw only adds what its last number changes for the few tickets that hold it.
     */
    private void lastNumber(int from) {
        prefix();
        for (int last = from; last < n; last++) {
            mainDraw(last);
        }
        clearPrefix();
    }

    /** The state of the k - 1 numbers drawn: each ticket at its matches so far. */
    private void prefix() {
        long base = 0;
        int best0 = none;
        for (int t = 0; t < matches.length; t++) {
            int j = matches[t];
            base += prize0[j];
            best0 = Math.min(best0, rank0[j]);
            addBonus(t, j);
        }
        prefixBase = base;
        prefixBest = best0;
        prefixTouched = touchedCount;
    }

    /** Adds ticket t's bonus terms at j main matches to the prefix's state. */
    private void addBonus(int t, int j) {
        switch (game.drum()) {
            case SEPARATE -> {
                int p = bonusA[t];
                change(p, delta1[j], rank1[j]);
                if (game.bonusDrawn() == 2) {
                    int q = bonusB[t];
                    change(q, delta1[j], rank1[j]);
                    change(pairSlot(p, q), delta2[j], rank2[j]);
                }
            }
            case SAME -> {
                if (!bonusMatters[j]) {
                    return;
                }
                for (int number : mainOf[t]) {
                    if (!drawn[number]) {
                        change(number, delta1[j], rank1[j]);
                    }
                }
            }
        }
    }

    /**
     * Moves ticket t's bonus terms from j to j + 1 main matches, when {@code last} is drawn: one step per slot, the
     * sums by the difference and the ranks to the better one (ranks only improve with more matches). Logged, to go
     * back to the prefix's state.
     */
    private void stepBonus(int t, int j, int last) {
        switch (game.drum()) {
            case SEPARATE -> {
                int p = bonusA[t];
                long step1 = delta1[j + 1] - delta1[j];
                logged(p, step1, rank1[j + 1]);
                if (game.bonusDrawn() == 2) {
                    int q = bonusB[t];
                    logged(q, step1, rank1[j + 1]);
                    logged(pairSlot(p, q), delta2[j + 1] - delta2[j], rank2[j + 1]);
                }
            }
            case SAME -> {
                // The ticket's own sums at j counted only where the bonus ball mattered; its ranks at j are never
                // better than at j + 1, so they can stay.
                long before = bonusMatters[j] ? delta1[j] : 0;
                long after = bonusMatters[j + 1] ? delta1[j + 1] : 0;
                if (before == after && !bonusMatters[j + 1]) {
                    return;
                }
                int rank = bonusMatters[j + 1] ? rank1[j + 1] : none;
                for (int number : mainOf[t]) {
                    if (!drawn[number] && number != last) {
                        logged(number, after - before, rank);
                    }
                }
            }
        }
    }

    private int pairSlot(int p, int q) {
        return pairBase + p * bonusPool + q;
    }

    /** Adds to a slot's sum and lowers its best rank. */
    private void change(int slot, long amount, int rank) {
        sums[slot] += amount;
        bests[slot] = Math.min(bests[slot], rank);
        if (!isTouched[slot]) {
            isTouched[slot] = true;
            touched[touchedCount++] = slot;
        }
    }

    /** {@link #change} with the slot's old values logged. */
    private void logged(int slot, long amount, int rank) {
        undoSlot[undoCount] = slot;
        undoSum[undoCount] = sums[slot];
        undoBest[undoCount] = bests[slot];
        undoCount++;
        change(slot, amount, rank);
    }

    /** One main draw: the prefix's numbers and {@code last}. */
    private void mainDraw(int last) {
        long base = prefixBase;
        int best0 = prefixBest;
        for (int t : holders[last]) {
            int j = matches[t];
            base += prize0[j + 1] - prize0[j];
            best0 = Math.min(best0, rank0[j + 1]);
            stepBonus(t, j, last);
        }
        if (game.drum() == BonusDrum.SEPARATE && game.bonusDrawn() == 2) {
            tallyPairs(base, best0);
        } else {
            tallyNumbers(base, best0, last);
        }
        // Back to the prefix's state for the next last number.
        for (int i = undoCount - 1; i >= 0; i--) {
            sums[undoSlot[i]] = undoSum[i];
            bests[undoSlot[i]] = undoBest[i];
        }
        undoCount = 0;
        for (int i = prefixTouched; i < touchedCount; i++) {
            isTouched[touched[i]] = false;
        }
        touchedCount = prefixTouched;
    }

    /** One bonus number, or a same-drum ball: each touched number alone, the others together at the base payout. */
    private void tallyNumbers(long base, int best0, int last) {
        int bonusDraws = game.drum() == BonusDrum.SAME ? n - k : bonusPool;
        int counted = 0;
        for (int i = 0; i < touchedCount; i++) {
            int slot = touched[i];
            if (game.drum() == BonusDrum.SAME && (drawn[slot] || slot == last)) {
                continue;
            }
            outcomes.add(base + sums[slot], 1);
            drawsAtBestRank[Math.min(best0, bests[slot])]++;
            counted++;
        }
        int untouched = bonusDraws - counted;
        if (untouched > 0) {
            outcomes.add(base, untouched);
            drawsAtBestRank[best0] += untouched;
        }
    }

    /** Two bonus numbers: every pair, from its two numbers' sums and its own. */
    private void tallyPairs(long base, int best0) {
        for (int p = 0; p < bonusPool; p++) {
            for (int q = p + 1; q < bonusPool; q++) {
                int pair = pairSlot(p, q);
                long payout = base + sums[p] + sums[q] + sums[pair];
                int rank = Math.min(Math.min(best0, bests[pair]), Math.min(bests[p], bests[q]));
                outcomes.add(payout, 1);
                drawsAtBestRank[rank]++;
            }
        }
    }

    private void clearPrefix() {
        for (int i = 0; i < touchedCount; i++) {
            int slot = touched[i];
            sums[slot] = 0;
            bests[slot] = none;
            isTouched[slot] = false;
        }
        touchedCount = 0;
    }
}
