package org.lotteryengine.engine.backtest;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.evaluation.LongCounts;
import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.history.DrawRecord;

/**
 * Replays a ticket set on real draws of a k-of-n game and sets every figure beside what the exact distribution
 * predicts for as many draws, so that luck shows as luck.
 * <p>
 * The predictions need, for one draw, the exact distribution of each tier's winning tickets, of the payout and of "some
 * ticket wins": every possible draw is compared with every distinct ticket (C(n, k) × tickets popcounts: 32 million
 * for 100 tickets of 5/35). Over D draws, sums are convolved exactly ({@link DrawSum}), the draws with a win are
 * binomial, and the longest run without a win has its own recurrence ({@link LongestRun}).
 */
public final class Backtester {

    /** Best wins listed. */
    public static final int TOP_WINS = 10;
    /** Draws compared with the tickets between two questions to the interruption. */
    private static final int CHECK_EVERY_DRAWS = 1 << 14;

    private Backtester() {
    }

    /**
     * The backtest of {@code tickets} over {@code draws}.
     *
     * @param draws real draws of the tickets' format, oldest first, at least one
     */
    public static BacktestResult run(TicketSet tickets, List<DrawRecord> draws, Interruption stop) {
        if (draws.isEmpty()) {
            throw new IllegalArgumentException("a backtest needs at least one draw");
        }
        LotteryFormat format = tickets.format();
        List<Prize> prizes = format.prizes()
                .stream()
                .sorted(Comparator.comparingInt(Prize::matches)
                        .reversed())
                .toList();
        long unit = payoutUnit(prizes);
        Replay replay = Replay.of(tickets, draws, stop);
        OneDraw one = OneDraw.of(tickets, unit, stop);
        int d = draws.size();
        List<TierOutcome> tiers = new ArrayList<>(prizes.size());
        for (Prize prize : prizes) {
            long[] histogram = one.winners[prize.matches()];
            long[] values = new long[histogram.length];
            for (int count = 0; count < values.length; count++) {
                values[count] = count;
            }
            tiers.add(new TierOutcome(prize, replay.wins[prize.matches()], DrawSum.predict(values, histogram, d,
                    replay.wins[prize.matches()])));
        }
        long[][] payouts = one.payouts.sorted();
        Prediction inUnits = DrawSum.predict(payouts[0], payouts[1], d, replay.payoutCents / unit);
        Prediction payout = new Prediction(inUnits.mean() * unit, inUnits.lower95() * unit, inUnits.upper95() * unit,
                inUnits.atMostObserved(), inUnits.atLeastObserved());
        long cost = Math.multiplyExact(format.ticketPrice()
                .movePointRight(2)
                .longValueExact(), (long) tickets.size() * d);
        Prediction drawsWithWin = DrawSum.predict(new long[] { 0, 1 }, new long[] { format.totalDraws() - one.drawsWon,
                one.drawsWon }, d, replay.drawsWon);
        double p = (double) one.drawsWon / format.totalDraws();
        Prediction run = new LongestRun(p, d).predict(replay.longestRun);
        return new BacktestResult(d, draws.get(0)
                .date(),
                draws.get(d - 1)
                        .date(),
                tickets.size(), cost, List.copyOf(tiers), replay.payoutCents, payout, replay.payoutCents - cost, payout
                        .minus(cost),
                replay.drawsWon, drawsWithWin, replay.longestRun, replay.runFrom, replay.runTo, run, replay.topWins());
    }

    /** The largest amount in cents that divides every prize, so that payouts are counted in whole units. */
    static long payoutUnit(List<Prize> prizes) {
        BigInteger gcd = BigInteger.ZERO;
        for (Prize prize : prizes) {
            gcd = gcd.gcd(BigInteger.valueOf(prize.amountInCents()));
        }
        return gcd.signum() == 0 ? 1 : gcd.longValueExact();
    }

    /** The figures of the real draws. */
    private static final class Replay {

        final long[] wins;
        long payoutCents;
        long drawsWon;
        int longestRun;
        LocalDate runFrom;
        LocalDate runTo;
        private final PriorityQueue<TopWin> best = new PriorityQueue<>(BETTER.reversed());

        /** Best tier first (most matches), then newest, then the first ticket. */
        static final Comparator<TopWin> BETTER = Comparator.comparingInt((TopWin win) -> -win.prize()
                .matches())
                .thenComparing(TopWin::date, Comparator.reverseOrder())
                .thenComparing(win -> win.drawNumber() == null ? 0 : -win.drawNumber())
                .thenComparingInt(TopWin::ticket);

        private Replay(int k) {
            wins = new long[k + 1];
        }

        static Replay of(TicketSet tickets, List<DrawRecord> draws, Interruption stop) {
            LotteryFormat format = tickets.format();
            Replay replay = new Replay(format.drawSize());
            Prize[] prizeFor = prizesByMatches(format);
            long[] masks = tickets.masks();
            int run = 0;
            int runStart = 0;
            for (int index = 0; index < draws.size(); index++) {
                if (index % CHECK_EVERY_DRAWS == 0) {
                    stop.check();
                }
                DrawRecord draw = draws.get(index);
                boolean won = false;
                for (int t = 0; t < masks.length; t++) {
                    Prize prize = prizeFor[Long.bitCount(masks[t] & draw.mask())];
                    if (prize != null) {
                        won = true;
                        replay.wins[prize.matches()]++;
                        replay.payoutCents += prize.amountInCents();
                        replay.offer(new TopWin(draw.date(), draw.drawNumber(), t + 1, prize));
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
                        replay.runFrom = draws.get(runStart)
                                .date();
                        replay.runTo = draw.date();
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

    private static Prize[] prizesByMatches(LotteryFormat format) {
        Prize[] prizeFor = new Prize[format.drawSize() + 1];
        for (Prize prize : format.prizes()) {
            prizeFor[prize.matches()] = prize;
        }
        return prizeFor;
    }

    /** The exact distributions of one draw, over every possible draw. */
    private static final class OneDraw {

        /** [matches][c]: draws on which exactly c tickets match exactly that many numbers. */
        final long[][] winners;
        /** Draws per payout, in units. */
        final LongCounts payouts = new LongCounts();
        /** Draws on which some ticket wins a prize. */
        long drawsWon;

        private OneDraw(int k, int tickets) {
            winners = new long[k + 1][tickets + 1];
        }

        static OneDraw of(TicketSet tickets, long unit, Interruption stop) {
            LotteryFormat format = tickets.format();
            int k = format.drawSize();
            OneDraw one = new OneDraw(k, tickets.size());
            Prize[] prizeFor = prizesByMatches(format);
            long[] units = new long[k + 1];
            boolean[] prized = new boolean[k + 1];
            for (int m = 0; m <= k; m++) {
                prized[m] = prizeFor[m] != null;
                units[m] = prized[m] ? prizeFor[m].amountInCents() / unit : 0;
            }
            // Distinct tickets with their copies: a repeated ticket wins as often as it is held.
            long[] distinct = tickets.distinctMasks();
            int[] copies = tickets.multiplicities();
            int size = distinct.length;
            int[] counts = new int[k + 1];
            long draw = CombinationMasks.first(k);
            long total = format.totalDraws();
            for (long rank = 0; rank < total; rank++) {
                if ((rank & (CHECK_EVERY_DRAWS - 1)) == 0) {
                    stop.check();
                }
                for (int t = 0; t < size; t++) {
                    counts[Long.bitCount(distinct[t] & draw)] += copies[t];
                }
                long payout = 0;
                boolean won = false;
                for (int m = 0; m <= k; m++) {
                    if (prized[m]) {
                        one.winners[m][counts[m]]++;
                        payout += counts[m] * units[m];
                        won |= counts[m] > 0;
                    }
                    counts[m] = 0;
                }
                one.payouts.add(payout, 1);
                if (won) {
                    one.drawsWon++;
                }
                draw = CombinationMasks.next(draw);
            }
            return one;
        }
    }
}
