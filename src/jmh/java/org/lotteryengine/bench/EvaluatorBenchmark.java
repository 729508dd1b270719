package org.lotteryengine.bench;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.evaluation.TicketSetEvaluation;
import org.lotteryengine.engine.evaluation.TicketSetEvaluator;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.format.PrizeKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact evaluation of a ticket set: every tier's coverage, the payout distribution and the guarantee. Tickets are
 * distinct random tickets from a fixed seed, so every run evaluates the same sets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = { "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluatorBenchmark {

    /** Format: the spec's 5/35, Texas Cash Five (a prize for 2 matches) or a 6/49 game. */
    @Param({ "spec-5-35:500", "tx-cash-five-5-35:500", "6-49:100" })
    public String game;

    private TicketSet tickets;
    private final TicketSetEvaluator evaluator = TicketSetEvaluator.standard();

    @Setup
    public void setUp() {
        String[] parts = game.split(":");
        LotteryFormat format = switch (parts[0]) {
            case "spec-5-35" -> LotteryFormat.of(1, 35, 5, BigDecimal.ONE,
                    List.of(Prize.fixed(3, "15"), Prize.fixed(4, "500"), Prize.fixed(5, "100000")));
            case "tx-cash-five-5-35" -> LotteryFormat.of(1, 35, 5, BigDecimal.ONE,
                    List.of(new Prize(2, PrizeKind.FREE_TICKET, BigDecimal.ONE, null), Prize.fixed(3, "15"),
                            Prize.fixed(4, "350"), Prize.fixed(5, "25000")));
            case "6-49" -> LotteryFormat.of(1, 49, 6, new BigDecimal("2"), List.of(Prize.fixed(3, "10"),
                    Prize.fixed(4, "90"), Prize.fixed(5, "3000"), Prize.fixed(6, "5000000")));
            default -> throw new IllegalArgumentException(game);
        };
        int count = Integer.parseInt(parts[1]);
        SplittableRandom random = new SplittableRandom(42);
        Set<Long> masks = new HashSet<>();
        while (masks.size() < count) {
            masks.add(CombinationMasks.unrank(random.nextLong(format.totalDraws()), format.drawSize()));
        }
        tickets = TicketSet.ofMasks(format, masks.stream()
                .mapToLong(Long::longValue)
                .toArray());
    }

    @Benchmark
    public TicketSetEvaluation evaluate() {
        return evaluator.evaluate(tickets);
    }
}
