package org.lotteryengine.bench;

import org.lotteryengine.generation.mapping.ApiRequestFields;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.evaluation.TicketSetEvaluator;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.BaseCriteria;
import org.lotteryengine.engine.generation.Degradation;
import org.lotteryengine.engine.generation.GenerationControl;
import org.lotteryengine.engine.generation.GenerationEngine;
import org.lotteryengine.engine.generation.GenerationFixtures;
import org.lotteryengine.engine.generation.GenerationListener;
import org.lotteryengine.engine.generation.GenerationRequest;
import org.lotteryengine.engine.generation.GenerationResult;
import org.lotteryengine.engine.generation.GenerationSettings;
import org.lotteryengine.engine.generation.PatternData;
import org.lotteryengine.engine.generation.Strategy;

/**
 * The quality figures of BENCHMARKS.md for tier 3, conservative, on 5/35: the exact P(at least one win of 3+) the
 * engine reaches for N tickets (median of several seeds, and the time it first reaches a goal), and the smallest N it
 * finds whose set wins a 3-match on every one of the 324,632 draws within 60 s.
 * <p>
 * Arguments: {@code quality [goal] [seeds]} or {@code cover N1 N2 ...} (each N tried once, for up to 60 s).
 */
public final class GenerationQualityReport {

    private static final LotteryFormat FORMAT = Formats.spec535();

    private GenerationQualityReport() {
    }

    public static void main(String[] args) {
        PatternData patterns = PatternData.from(GenerationFixtures.seededAnalysis());
        if (args.length > 0 && args[0].equals("cover")) {
            GenerationEngine engine = new GenerationEngine(coverSearchSettings(), TicketSetEvaluator.standard(),
                    System::nanoTime, new ApiRequestFields());
            for (int i = 1; i < args.length; i++) {
                int n = Integer.parseInt(args[i]);
                GenerationResult result = engine.generate(FORMAT, patterns, new GenerationRequest(3, n, Strategy.CONSERVATIVE, null,
                        60_000L, null, null, 1L),
                        Degradation.none(), GenerationListener.none(), new GenerationControl());
                System.out.printf(Locale.ROOT, "cover N=%d: P(3+)=%.6f uncovered draws=%d after %d ms, %d attempts, %s%n",
                        n, result.quality().coverage().atLeastOneWin(), 324_632L - result.evaluation()
                                .drawsWithWinAtLeast(3),
                        result.timeElapsedMs(), result.attempts(), result.stoppingReason());
            }
            return;
        }
        double goal = args.length > 1 ? Double.parseDouble(args[1]) : 0.59;
        int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        GenerationEngine engine = GenerationFixtures.engine();
        for (int n : new int[] { 10, 50, 100 }) {
            double[] finals = new double[seeds];
            long[] times = new long[seeds];
            long[] reached = new long[seeds];
            for (int seed = 0; seed < seeds; seed++) {
                long[] first = { -1 };
                GenerationListener listener = new GenerationListener() {
                    @Override
                    public void progress(Progress progress) {
                        if (first[0] < 0 && progress.objective() >= goal) {
                            first[0] = progress.timeElapsedMs();
                        }
                    }
                };
                GenerationResult result = engine.generate(FORMAT, patterns, GenerationFixtures.request(3, n,
                        Strategy.CONSERVATIVE, seed), Degradation.none(), listener, new GenerationControl());
                finals[seed] = result.quality().coverage().atLeastOneWin();
                times[seed] = result.timeElapsedMs();
                reached[seed] = first[0];
                System.out.printf(Locale.ROOT, "N=%d seed %d: P(3+)=%.4f (random distinct %.4f) in %d ms, %s; "
                        + "reached %.2f at %d ms%n", n, seed, finals[seed], result.quality().coverage()
                                .randomDistinctAtLeastOne(),
                        times[seed], result.stoppingReason(), goal, first[0]);
            }
            System.out.printf(Locale.ROOT, "N=%d median P(3+)=%.4f, median run %d ms, median time to %.2f: %s%n", n,
                    median(finals), (long) median(Arrays.stream(times).asDoubleStream().toArray()), goal,
                    Arrays.stream(reached).anyMatch(t -> t < 0) ? "not reached by every seed"
                            : (long) median(Arrays.stream(reached).asDoubleStream().toArray()) + " ms");
        }
    }

    /** The application's settings with tier 3 given 60 s and room to anneal (2,000 attempts, no stall stop). */
    private static GenerationSettings coverSearchSettings() {
        GenerationSettings spec = GenerationFixtures.specSettings();
        Map<Integer, BaseCriteria> criteria = new HashMap<>(spec.criteriaByTier());
        BaseCriteria b = criteria.get(3);
        criteria.put(3, new BaseCriteria(b.hotCoverageMinimum(), b.hotCoverageWeight(), b.warmCoverageMaximum(),
                b.warmCoverageWeight(), b.coldCoverageMaximum(), b.coldCoverageWeight(), b.minimumUniqueHot(),
                b.maximumSinglePatternShare(), b.diversityWeight(), b.efficiencyMinimum(), b.efficiencyWeight(),
                b.optimizationScoreMinimum(), b.hotNumberCoverageMinimum(), b.diversityBalanceMinimum(),
                b.diversityBalanceMaximum(), b.diversityBalanceWeight(), 2000, 60_000, 2000, b.minimumQualityGate(),
                b.movesPerAttempt(), b.patternScoreWeight(), b.numberScoreWeight(), b.diversityScoreWeight()));
        return new GenerationSettings(criteria, spec.modifiers(), spec.shares(), spec.weights(), 60_000, 120_000,
                spec.maxTickets(), spec.maxBudget(), spec.algorithmVersion());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
