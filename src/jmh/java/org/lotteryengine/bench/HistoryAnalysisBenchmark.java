package org.lotteryengine.bench;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.format.PrizeKind;
import org.lotteryengine.engine.history.AnalysisSettings;
import org.lotteryengine.engine.history.DrawHistory;
import org.lotteryengine.engine.history.DrawRecord;
import org.lotteryengine.engine.history.HistoryAnalysis;
import org.lotteryengine.engine.history.HistoryAnalyzer;
import org.lotteryengine.draws.service.DrawFileParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full pattern analysis (frequencies, groups, measured lift with intervals, numbers, pairs, triplets, chi-square) of
 * the 5,058-draw Texas Cash 5 history (5 of 1..37) from ../shared/data, read from {@code lottery.data.dir}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = { "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HistoryAnalysisBenchmark {

    private DrawHistory history;

    @Setup
    public void setUp() throws IOException {
        LotteryFormat format = LotteryFormat.of(1, 37, 5, BigDecimal.ONE, List.of(Prize.fixed(2, "2"),
                new Prize(3, PrizeKind.PARI_MUTUEL, null, null), new Prize(4, PrizeKind.PARI_MUTUEL, null, null),
                new Prize(5, PrizeKind.PARI_MUTUEL, null, null)));
        Path file = Path.of(System.getProperty("lottery.data.dir", "../shared/data"), "tx-cash-five-5of37-draws.csv");
        try (Reader reader = Files.newBufferedReader(file)) {
            List<DrawRecord> draws = DrawFileParser.parseCsv(reader, format)
                    .draws()
                    .stream()
                    .map(row -> new DrawRecord(row.date(), row.drawNumber(), format.maskOf(row.numbers())))
                    .toList();
            history = DrawHistory.of(format, draws);
        }
        if (history.size() != 5_058) {
            throw new IllegalStateException("expected 5,058 draws, read " + history.size());
        }
    }

    @Benchmark
    public HistoryAnalysis analyse() {
        return HistoryAnalyzer.analyze(history, AnalysisSettings.defaults());
    }
}
