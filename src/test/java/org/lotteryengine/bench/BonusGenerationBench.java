package org.lotteryengine.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusGames;
import org.lotteryengine.engine.generation.BonusGenerationRequest;
import org.lotteryengine.engine.generation.BonusGenerationResult;
import org.lotteryengine.engine.generation.BonusGenerator;
import org.lotteryengine.engine.generation.GenerationFixtures;
import org.lotteryengine.engine.generation.PatternData;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.engine.history.AnalysisSettings;
import org.lotteryengine.engine.history.BonusHistoryAnalysis;

/**
 * Powerball generation (src/bench/bonus-generation.sh): for each strategy and ticket count, the wall time of a whole
 * generation (search, two measured bonus placements, the exact evaluation; median of the runs after a warm-up, one
 * thread), and the set's exact P(at least one win) and P(at least two wins) at the target tier or better beside N
 * random distinct tickets' P(at least one win). Pattern groups as the service makes them with no stored draws
 * (application.properties: 6 hot, 6 warm, cold below 2.5%).
 */
public final class BonusGenerationBench {

    private BonusGenerationBench() {
    }

    public static void main(String[] arguments) {
        String tier = arguments.length > 0 ? arguments[0] : "3+0";
        int runs = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 3;
        List<Integer> counts = arguments.length > 2 ? Arrays.stream(arguments[2].split(","))
                .map(Integer::parseInt)
                .toList() : List.of(20, 100);
        BonusGame game = BonusGames.powerball();
        PatternData patterns = PatternData.from(BonusHistoryAnalysis.of(game, List.of(), new AnalysisSettings(6, 6,
                0.025, 50, 1000, 10, 10, 10, 0.95, 3)));
        BonusGenerator generator = new BonusGenerator(GenerationFixtures.specSettings(), System::nanoTime,
                GenerationFixtures.FIELDS);
        int rank = generator.rankOf(game, tier);
        System.out.printf(Locale.ROOT, "%-13s %7s %10s %10s %12s %12s %12s %8s%n", "strategy", "tickets", "median ms",
                "min-max", "P(>=1 win)", "random", "P(>=2 wins)", "bonus");
        for (int tickets : counts) {
            for (Strategy strategy : Strategy.values()) {
                BonusGenerationRequest request = new BonusGenerationRequest(rank, tickets, strategy, null, 42L);
                BonusGenerationResult result = generator.generate(game, patterns, request, Interruption.NONE);
                long[] millis = new long[runs];
                for (int run = 0; run < runs; run++) {
                    long start = System.nanoTime();
                    result = generator.generate(game, patterns, request, Interruption.NONE);
                    millis[run] = (System.nanoTime() - start) / 1_000_000;
                }
                Arrays.sort(millis);
                System.out.printf(Locale.ROOT, "%-13s %7d %10d %5d-%-5d %12.6f %12.6f %12.8f %8s%n", strategy
                        .name()
                        .toLowerCase(Locale.ROOT), tickets, millis[runs / 2], millis[0], millis[runs - 1],
                        result
                                .wins()
                                .atLeast(1),
                        result.evaluation()
                                .randomDistinctCoverage(rank),
                        result.wins()
                                .atLeast(2),
                        result.bonusMode() == null ? "none"
                                : result.bonusMode()
                                        .name()
                                        .toLowerCase(Locale.ROOT));
            }
        }
    }
}
