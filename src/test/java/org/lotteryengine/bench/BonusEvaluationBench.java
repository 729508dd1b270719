package org.lotteryengine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.evaluation.BonusSetEvaluation;
import org.lotteryengine.engine.evaluation.BonusSetEvaluator;
import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusGames;

/**
 * Wall time of the exact evaluation of N random tickets of Powerball, EuroMillions and UK Lotto over every draw
 * (src/bench/bonus-evaluation.sh): one warm-up, then the median of the runs, on one thread.
 */
public final class BonusEvaluationBench {

    private BonusEvaluationBench() {
    }

    public static void main(String[] arguments) {
        int tickets = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 100;
        int runs = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 5;
        System.out.printf(Locale.ROOT, "%-14s %8s %14s %10s %10s %10s%n", "game", "tickets", "draws", "median ms",
                "min ms", "max ms");
        for (String name : List.of("powerball", "euromillions", "uk-lotto")) {
            BonusGame game = switch (name) {
                case "powerball" -> BonusGames.powerball();
                case "euromillions" -> BonusGames.euroMillions();
                default -> BonusGames.ukLotto();
            };
            List<BonusTicket> set = random(game, tickets, new SplittableRandom(42));
            BonusSetEvaluation evaluation = BonusSetEvaluator.evaluate(game, set, Interruption.NONE);
            long[] millis = new long[runs];
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                evaluation = BonusSetEvaluator.evaluate(game, set, Interruption.NONE);
                millis[run] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "%-14s %8d %14d %10d %10d %10d   P(any prize) = %.6f%n", name, tickets,
                    game.totalDraws(), millis[runs / 2], millis[0], millis[runs - 1], evaluation.coverage(game.tiers()
                            .size() - 1));
        }
    }

    private static List<BonusTicket> random(BonusGame game, int count, SplittableRandom random) {
        List<BonusTicket> tickets = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            tickets.add(BonusTicket.of(game, t, random.ints(game.mainMin(), game.mainMax() + 1)
                    .distinct()
                    .limit(game.mainDrawn())
                    .toArray(),
                    random.ints(game.bonusMin(), game.bonusMax() + 1)
                            .distinct()
                            .limit(game.ticketBonusSize())
                            .toArray()));
        }
        return tickets;
    }
}
