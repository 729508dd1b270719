package org.lotteryengine.engine.backtest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.evaluation.BonusSetEvaluator;
import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.evaluation.BonusTierCounts;
import org.lotteryengine.engine.evaluation.LongCounts;
import org.lotteryengine.engine.evaluation.PayoutDistribution;
import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.format.BonusDrum;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.history.BonusDraw;
import org.lotteryengine.engine.history.BonusDrawRecord;
import org.lotteryengine.engine.history.DrawRecord;

/**
 * Replays a ticket set on real draws and sets every figure beside what the exact distribution predicts for as many
 * draws, so that luck shows as luck.
 * <p>
 * The predictions need, for one draw, the exact distribution of each tier's winning tickets, of the payout and of "some
 * ticket wins", over every possible draw:
 * <ul>
 * <li>a k-of-n game compares every possible draw with every distinct ticket (C(n, k) × tickets popcounts: 32 million
 * for 100 tickets of 5/35);</li>
 * <li>a bonus game enumerates its main draws and counts the bonus cases in closed form ({@link BonusSetEvaluator}),
 * all tiers' winning tickets at once, packed in one long per draw when they fit, else in a few passes.</li>
 * </ul>
 * Over D draws, sums are convolved exactly ({@link DrawSum}), the draws with a win are binomial, and the longest run
 * without a win has its own recurrence ({@link LongestRun}).
 */
public final class Backtester {

    /** Best wins listed. */
    public static final int TOP_WINS = 10;
    /** Draws compared with the tickets between two questions to the interruption. */
    private static final int CHECK_EVERY_DRAWS = 1 << 14;

    private Backtester() {
    }

    /**
     * The backtest of a k-of-n game's {@code tickets} over {@code draws}.
     *
     * @param draws real draws of the tickets' format, oldest first, at least one
     */
    public static BacktestResult run(TicketSet tickets, List<DrawRecord> draws, Interruption stop) {
        requireDraws(draws);
        LotteryFormat format = tickets.format();
        List<Prize> prizes = format.prizes()
                .stream()
                .sorted(Comparator.comparingInt(Prize::matches)
                        .reversed())
                .toList();
        List<TierPrize> tiers = prizes.stream()
                .map(TierPrize::of)
                .toList();
        int[] rankByMatches = new int[format.drawSize() + 1];
        Arrays.fill(rankByMatches, tiers.size());
        for (int rank = 0; rank < prizes.size(); rank++) {
            rankByMatches[prizes.get(rank)
                    .matches()] = rank;
        }
        long unit = payoutUnit(tiers);
        long[] masks = tickets.masks();
        Replay replay = Replay.of(tiers, masks.length, dates(draws, DrawRecord::date), draws.stream()
                .map(DrawRecord::drawNumber)
                .toList(), index -> {
                    long draw = draws.get(index)
                            .mask();
                    return t -> rankByMatches[Long.bitCount(masks[t] & draw)];
                }, stop);
        OneDraw one = OneDraw.kOfN(tickets, tiers, rankByMatches, unit, stop);
        return result(tiers, one, replay, unit, format.ticketPrice(), tickets.size());
    }

    /**
     * The backtest of a bonus game's {@code tickets} over {@code draws}.
     *
     * @param draws real draws of the game, oldest first, at least one
     */
    public static BacktestResult run(BonusGame game, List<BonusTicket> tickets, List<BonusDrawRecord> draws,
            Interruption stop) {
        requireDraws(draws);
        if (tickets.isEmpty()) {
            throw new IllegalArgumentException("a ticket set needs at least one ticket");
        }
        List<TierPrize> tiers = game.tiers()
                .stream()
                .map(TierPrize::of)
                .toList();
        long unit = payoutUnit(tiers);
        List<BonusTicket> set = List.copyOf(tickets);
        Replay replay = Replay.of(tiers, set.size(), dates(draws, BonusDrawRecord::date), draws.stream()
                .map(BonusDrawRecord::drawNumber)
                .toList(),
                index -> ranksOn(game, set, draws.get(index)
                        .draw()),
                stop);
        OneDraw one = OneDraw.bonus(game, set, tiers, unit, stop);
        return result(tiers, one, replay, unit, game.ticketPrice(), set.size());
    }

    /**
     * Enumerations of a bonus game's main draws that {@link #run(BonusGame, List, List, Interruption)} makes for this
     * many tickets: one per group of tiers whose counts pack in one long, and one for the payout unless every tier's
     * counts pack together (or no tier has an amount).
     */
    public static int enumerations(BonusGame game, int tickets) {
        int count = game.tiers()
                .size();
        int perPass = BonusTierCounts.ranksPerPass(tickets);
        int passes = (count + perPass - 1) / perPass;
        boolean payoutPass = count > perPass && game.tiers()
                .stream()
                .anyMatch(tier -> tier.amountInCents() > 0);
        return passes + (payoutPass ? 1 : 0);
    }

    /** Each ticket's rank on one real draw of a bonus game. */
    private static IntUnaryOperator ranksOn(BonusGame game, List<BonusTicket> tickets, BonusDraw draw) {
        boolean[] drawn = new boolean[game.mainMax() + 1];
        for (int number : draw.main()) {
            drawn[number] = true;
        }
        boolean[] bonusDrawn = new boolean[Math.max(game.mainMax(), game.bonusMax()) + 1];
        for (int number : draw.bonus()) {
            bonusDrawn[number] = true;
        }
        return t -> {
            BonusTicket ticket = tickets.get(t);
            int main = 0;
            for (int number : ticket.main()) {
                main += drawn[number] ? 1 : 0;
            }
            int bonus = 0;
            // A separate drum's bonus numbers are matched by the ticket's own; a same-drum ball by a main number.
            int[] held = game.drum() == BonusDrum.SEPARATE ? ticket.bonus() : ticket.main();
            for (int number : held) {
                bonus += bonusDrawn[number] ? 1 : 0;
            }
            return game.rank(main, bonus);
        };
    }

    private static void requireDraws(List<?> draws) {
        if (draws.isEmpty()) {
            throw new IllegalArgumentException("a backtest needs at least one draw");
        }
    }

    private static <D> List<LocalDate> dates(List<D> draws, Function<D, LocalDate> date) {
        return draws.stream()
                .map(date)
                .toList();
    }

    private static BacktestResult result(List<TierPrize> tiers, OneDraw one, Replay replay, long unit,
            BigDecimal ticketPrice, int tickets) {
        int d = replay.dates.size();
        List<TierOutcome> outcomes = new ArrayList<>(tiers.size());
        for (int rank = 0; rank < tiers.size(); rank++) {
            long[] histogram = one.winners[rank];
            long[] values = new long[histogram.length];
            for (int count = 0; count < values.length; count++) {
                values[count] = count;
            }
            outcomes.add(new TierOutcome(tiers.get(rank), replay.wins[rank], DrawSum.predict(values, histogram, d,
                    replay.wins[rank])));
        }
        Prediction inUnits = DrawSum.predict(one.payoutUnits, one.payoutDraws, d, replay.payoutCents / unit);
        Prediction payout = new Prediction(inUnits.mean() * unit, inUnits.lower95() * unit, inUnits.upper95() * unit,
                inUnits.atMostObserved(), inUnits.atLeastObserved());
        long cost = Math.multiplyExact(ticketPrice.movePointRight(2)
                .longValueExact(), (long) tickets * d);
        Prediction drawsWithWin = DrawSum.predict(new long[] { 0, 1 }, new long[] { one.totalDraws - one.drawsWon,
                one.drawsWon }, d, replay.drawsWon);
        double p = (double) one.drawsWon / one.totalDraws;
        Prediction run = new LongestRun(p, d).predict(replay.longestRun);
        return new BacktestResult(d, replay.dates.get(0), replay.dates.get(d - 1), tickets, cost, List.copyOf(
                outcomes), replay.payoutCents, payout, replay.payoutCents - cost, payout.minus(cost), replay.drawsWon,
                drawsWithWin, replay.longestRun, replay.runFrom, replay.runTo, run, replay.topWins());
    }

    /** The largest amount in cents that divides every prize, so that payouts are counted in whole units. */
    static long payoutUnit(List<TierPrize> tiers) {
        BigInteger gcd = BigInteger.ZERO;
        for (TierPrize tier : tiers) {
            gcd = gcd.gcd(BigInteger.valueOf(tier.amountInCents()));
        }
        return gcd.signum() == 0 ? 1 : gcd.longValueExact();
    }

    /** The figures of the real draws. */
    private static final class Replay {

        /** By rank: tickets won. */
        final long[] wins;
        final List<LocalDate> dates;
        long payoutCents;
        long drawsWon;
        int longestRun;
        LocalDate runFrom;
        LocalDate runTo;
        private final PriorityQueue<TopWin> best = new PriorityQueue<>(BETTER.reversed());

        /** Best tier first, then newest, then the first ticket. */
        static final Comparator<TopWin> BETTER = Comparator.comparingInt(TopWin::rank)
                .thenComparing(TopWin::date, Comparator.reverseOrder())
                .thenComparing(win -> win.drawNumber() == null ? 0 : -win.drawNumber())
                .thenComparingInt(TopWin::ticket);

        private Replay(int tiers, List<LocalDate> dates) {
            wins = new long[tiers];
            this.dates = dates;
        }

        /**
         * @param ranks for a draw's index, each ticket's rank on it (the tier count: no prize)
         */
        static Replay of(List<TierPrize> tiers, int tickets, List<LocalDate> dates, List<Integer> drawNumbers,
                IntFunction<IntUnaryOperator> ranks, Interruption stop) {
            Replay replay = new Replay(tiers.size(), dates);
            int run = 0;
            int runStart = 0;
            for (int index = 0; index < dates.size(); index++) {
                if (index % CHECK_EVERY_DRAWS == 0) {
                    stop.check();
                }
                IntUnaryOperator rankOf = ranks.apply(index);
                boolean won = false;
                for (int t = 0; t < tickets; t++) {
                    int rank = rankOf.applyAsInt(t);
                    if (rank < tiers.size()) {
                        TierPrize tier = tiers.get(rank);
                        won = true;
                        replay.wins[rank]++;
                        replay.payoutCents += tier.amountInCents();
                        replay.offer(new TopWin(dates.get(index), drawNumbers.get(index), t + 1, rank, tier));
                    }
                }
                if (won) {
                    replay.drawsWon++;
                    run = 0;
                } else {
                    if (run == 0) {
                        runStart = index;
                    }
                    run++;
                    if (run > replay.longestRun) {
                        replay.longestRun = run;
                        replay.runFrom = dates.get(runStart);
                        replay.runTo = dates.get(index);
                    }
                }
            }
            return replay;
        }

        private void offer(TopWin win) {
            best.add(win);
            if (best.size() > TOP_WINS) {
                best.poll();
            }
        }

        List<TopWin> topWins() {
            return best.stream()
                    .sorted(BETTER)
                    .toList();
        }
    }

    /** The exact distributions of one draw, over every possible draw. */
    private static final class OneDraw {

        /** [rank][c]: draws on which exactly c tickets win that tier. */
        final long[][] winners;
        /** The distinct payouts, in units, ascending, and the draws giving each. */
        long[] payoutUnits;
        long[] payoutDraws;
        /** Draws on which some ticket wins a prize. */
        long drawsWon;
        final long totalDraws;

        private OneDraw(int tiers, int tickets, long totalDraws) {
            winners = new long[tiers][tickets + 1];
            this.totalDraws = totalDraws;
        }

        private void payouts(LongCounts counts) {
            long[][] sorted = counts.sorted();
            payoutUnits = sorted[0];
            payoutDraws = sorted[1];
        }

        private static long[] units(List<TierPrize> tiers, long unit) {
            return tiers.stream()
                    .mapToLong(tier -> tier.amountInCents() / unit)
                    .toArray();
        }

        static OneDraw kOfN(TicketSet tickets, List<TierPrize> tiers, int[] rankByMatches, long unit,
                Interruption stop) {
            LotteryFormat format = tickets.format();
            int k = format.drawSize();
            OneDraw one = new OneDraw(tiers.size(), tickets.size(), format.totalDraws());
            long[] units = units(tiers, unit);
            // Distinct tickets with their copies: a repeated ticket wins as often as it is held.
            long[] distinct = tickets.distinctMasks();
            int[] copies = tickets.multiplicities();
            int size = distinct.length;
            int[] counts = new int[k + 1];
            LongCounts payouts = new LongCounts();
            long draw = CombinationMasks.first(k);
            for (long index = 0; index < one.totalDraws; index++) {
                if ((index & (CHECK_EVERY_DRAWS - 1)) == 0) {
                    stop.check();
                }
                for (int t = 0; t < size; t++) {
                    counts[Long.bitCount(distinct[t] & draw)] += copies[t];
                }
                long payout = 0;
                boolean won = false;
                for (int m = 0; m <= k; m++) {
                    int rank = rankByMatches[m];
                    if (rank < tiers.size()) {
                        one.winners[rank][counts[m]]++;
                        payout += counts[m] * units[rank];
                        won |= counts[m] > 0;
                    }
                    counts[m] = 0;
                }
                payouts.add(payout, 1);
                if (won) {
                    one.drawsWon++;
                }
                draw = CombinationMasks.next(draw);
            }
            one.payouts(payouts);
            return one;
        }

        /**
         * The tiers' winning tickets in as few enumerations as the packing allows; the payout from the same counts
         * when every tier fits in one, else from one more enumeration of the prizes themselves.
         */
        static OneDraw bonus(BonusGame game, List<BonusTicket> tickets, List<TierPrize> tiers, long unit,
                Interruption stop) {
            int count = tiers.size();
            OneDraw one = new OneDraw(count, tickets.size(), game.totalDraws());
            long[] units = units(tiers, unit);
            int perPass = BonusTierCounts.ranksPerPass(tickets.size());
            boolean joint = count <= perPass;
            LongCounts payouts = new LongCounts();
            for (int from = 0; from < count; from += perPass) {
                BonusTierCounts packing = BonusTierCounts.of(from, Math.min(perPass, count - from), tickets.size());
                // The draws' packed counts are few distinct keys, mostly small (the worst rank in the lowest bits):
                // counted as keys, then read once each.
                LongCounts keys = new LongCounts();
                long[] best = BonusSetEvaluator.tierCounts(game, tickets, packing, keys, stop);
                one.drawsWon = game.totalDraws() - best[count];
                long[][] sorted = keys.sorted();
                for (int i = 0; i < sorted[0].length; i++) {
                    long payout = 0;
                    for (int rank = from; rank < from + packing.ranks(); rank++) {
                        int winners = packing.count(sorted[0][i], rank);
                        one.winners[rank][winners] += sorted[1][i];
                        payout += winners * units[rank];
                    }
                    if (joint) {
                        payouts.add(payout, sorted[1][i]);
                    }
                }
            }
            if (!joint) {
                if (Arrays.stream(units)
                        .allMatch(amount -> amount == 0)) {
                    payouts.add(0, game.totalDraws());
                } else {
                    PayoutDistribution cents = BonusSetEvaluator.evaluate(game, tickets, stop)
                            .payout();
                    for (int i = 0; i < cents.payoutsInCents().length; i++) {
                        payouts.add(cents.payoutsInCents()[i] / unit, cents.drawsPerPayout()[i]);
                    }
                }
            }
            one.payouts(payouts);
            return one;
        }
    }
}
