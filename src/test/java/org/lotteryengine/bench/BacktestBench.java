package org.lotteryengine.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.backtest.BacktestResult;
import org.lotteryengine.engine.backtest.Backtester;
import org.lotteryengine.engine.evaluation.BonusSetEvaluator;
import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusGames;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.history.BonusDraw;
import org.lotteryengine.engine.history.BonusDrawRecord;
import org.lotteryengine.engine.history.DrawHistory;
import org.lotteryengine.support.SharedData;

/**
 * Backtests (src/bench/backtest.sh): the wall time of a whole backtest (the replay, the exact one-draw distributions
 * over every possible draw, the D-fold convolutions and the longest-run recurrence; median of the runs after a warm-up,
 * one thread) on the Texas histories of ../shared/data, for seeded random ticket sets of several sizes, with the
 * payout's interval and whether it was bucketed (probabilities left out).
 */
public final class BacktestBench {

    private BacktestBench() {
    }

    public static void main(String[] arguments) throws IOException {
        int runs = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 5;
        List<Integer> counts = arguments.length > 1 ? Arrays.stream(arguments[1].split(","))
                .map(Integer::parseInt)
                .toList() : List.of(10, 100, 1000);
        List<Integer> bonusCounts = arguments.length > 2 ? Arrays.stream(arguments[2].split(","))
                .map(Integer::parseInt)
                .toList() : List.of(10, 100);
        System.out.printf(Locale.ROOT, "%-18s %6s %7s %10s %11s %24s %9s%n", "history", "draws", "tickets",
                "median ms", "min-max", "payout 95% interval ($)", "bucketed");
        for (String name : List.of(SharedData.TEXAS_5_35, SharedData.TEXAS_5_37)) {
            System.setProperty("lottery.data.dir", System.getProperty("lottery.data.dir", "../shared/data"));
            DrawHistory history = name.equals(SharedData.TEXAS_5_35) ? SharedData.texas535() : texas537();
            for (int tickets : counts) {
                TicketSet set = TicketSet.of(history.format(), random(history.format(), tickets, 42L));
                BacktestResult result = Backtester.run(set, history.draws(), Interruption.NONE);
                long[] millis = new long[runs];
                for (int run = 0; run < runs; run++) {
                    long start = System.nanoTime();
                    result = Backtester.run(set, history.draws(), Interruption.NONE);
                    millis[run] = (System.nanoTime() - start) / 1_000_000;
                }
                Arrays.sort(millis);
                System.out.printf(Locale.ROOT, "%-18s %6d %7d %10d %5d-%-5d %24s %9s%n", name.substring(0, 18), result
                        .draws(), tickets, millis[runs / 2], millis[0], millis[runs - 1],
                        "%.2f to %.2f".formatted(
                                result.payout()
                                        .lower95() / 100.0,
                                result.payout()
                                        .upper95() / 100.0),
                        result.payout()
                                .atMostObserved() == null ? "yes" : "no");
            }
        }
        bonusGames(runs, bonusCounts);
    }

    /**
     * Bonus games on 1,000 seeded random draws (no real history of theirs is in ../shared/data; the time does not
     * depend on the draws): the backtest beside one exact evaluation of the same set, which it costs about once when
     * every tier's counts pack in one enumeration.
     */
    private static void bonusGames(int runs, List<Integer> counts) {
        System.out.printf(Locale.ROOT, "%n%-14s %7s %13s %10s %16s %8s%n", "game", "tickets", "enumerations",
                "median ms", "evaluation ms", "ratio");
        for (BonusGame game : List.of(BonusGames.powerball(), BonusGames.euroMillions())) {
            SplittableRandom random = new SplittableRandom(7L);
            List<BonusDrawRecord> draws = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                draws.add(new BonusDrawRecord(i + 1, BonusDraw.of(game, java.time.LocalDate.of(2016, 1, 1)
                        .plusDays(3L * i), numbers(random, game.mainMin(), game.mainMax(), game.mainDrawn()),
                        numbers(random, game.bonusMin(), game.bonusMax(), game.bonusDrawn()))));
            }
            for (int tickets : counts) {
                List<BonusTicket> set = new ArrayList<>();
                for (int t = 0; t < tickets; t++) {
                    set.add(BonusTicket.of(game, t, numbers(random, game.mainMin(), game.mainMax(), game
                            .mainDrawn()), numbers(random, game.bonusMin(), game.bonusMax(),
                                    game
                                            .ticketBonusSize())));
                }
                Backtester.run(game, set, draws, Interruption.NONE);
                long[] backtest = new long[runs];
                long[] evaluation = new long[runs];
                for (int run = 0; run < runs; run++) {
                    long start = System.nanoTime();
                    Backtester.run(game, set, draws, Interruption.NONE);
                    backtest[run] = (System.nanoTime() - start) / 1_000_000;
                    start = System.nanoTime();
                    BonusSetEvaluator.evaluate(game, set, Interruption.NONE);
                    evaluation[run] = (System.nanoTime() - start) / 1_000_000;
                }
                Arrays.sort(backtest);
                Arrays.sort(evaluation);
                System.out.printf(Locale.ROOT, "%-14s %7d %13d %10d %16d %8.2f%n", game.bonusDrawn() == 1 ? "Powerball"
                        : "EuroMillions", tickets,
                        Backtester
                                .enumerations(game, tickets),
                        backtest[runs / 2], evaluation[runs / 2],
                        (double) backtest[runs / 2] / evaluation[runs / 2]);
            }
        }
    }

    private static int[] numbers(SplittableRandom random, int min, int max, int count) {
        return random.ints(min, max + 1)
                .distinct()
                .limit(count)
                .toArray();
    }

    private static DrawHistory texas537() throws IOException {
        LotteryFormat format = Formats.texasCash5();
        try (var reader = java.nio.file.Files.newBufferedReader(SharedData.file(SharedData.TEXAS_5_37))) {
            var rows = org.lotteryengine.draws.service.DrawFileParser.parseCsv(reader, format,
                    new org.lotteryengine.draws.service.DrawFileParser.DateWindow(java.time.LocalDate.MIN,
                            java.time.LocalDate.MAX))
                    .draws();
            return DrawHistory.of(format, rows.stream()
                    .map(row -> new org.lotteryengine.engine.history.DrawRecord(row.date(), row.drawNumber(), format
                            .maskOf(row.numbers())))
                    .toList());
        }
    }

    private static List<int[]> random(LotteryFormat format, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<int[]> tickets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tickets.add(random.ints(format.numberMin(), format.numberMax() + 1)
                    .distinct()
                    .limit(format.drawSize())
                    .sorted()
                    .toArray());
        }
        return tickets;
    }
}
