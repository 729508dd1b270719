package org.lotteryengine.bench;

import org.lotteryengine.platform.codes.Codes;

import java.util.concurrent.TimeUnit;

import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.generation.Degradation;
import org.lotteryengine.engine.generation.GenerationControl;
import org.lotteryengine.engine.generation.GenerationEngine;
import org.lotteryengine.engine.generation.GenerationFixtures;
import org.lotteryengine.engine.generation.GenerationListener;
import org.lotteryengine.engine.generation.GenerationResult;
import org.lotteryengine.engine.generation.PatternData;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.engine.format.LotteryFormat;
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
 * One whole generation, from the request to its stop, with the application's settings (GenerationFixtures mirrors
 * application.properties, a test checks it) and the pattern groups of 1,200 seeded draws of the spec's 5/35 game.
 * Each invocation uses the next seed, so the figure is over many different runs, not one lucky seed. Sample mode
 * reports the median (p0.50) as well as the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g" })
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class GenerationBenchmark {

    /** tier:tickets:strategy. */
    @Param({ "4:100:aggressive", "3:500:conservative", "3:50:conservative" })
    public String request;

    private final LotteryFormat format = Formats.spec535();
    private final GenerationEngine engine = GenerationFixtures.engine();
    private PatternData patterns;
    private int tier;
    private int tickets;
    private Strategy strategy;
    private long seed;

    @Setup
    public void setUp() {
        patterns = PatternData.from(GenerationFixtures.seededAnalysis());
        String[] parts = request.split(":");
        tier = Integer.parseInt(parts[0]);
        tickets = Integer.parseInt(parts[1]);
        strategy = Codes.parse(Strategy.class, parts[2]);
    }

    @Benchmark
    public GenerationResult generate() {
        return engine.generate(format, patterns, GenerationFixtures.request(tier, tickets, strategy, seed++),
                Degradation.none(), GenerationListener.none(), new GenerationControl());
    }
}
