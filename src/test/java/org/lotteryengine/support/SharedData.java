package org.lotteryengine.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.lotteryengine.draws.service.DrawFileParser;
import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.history.DrawHistory;
import org.lotteryengine.engine.history.DrawRecord;

/**
 * The real draw histories of ../shared/data (see its SOURCES.md), read from the folder named by the system property
 * {@code lottery.data.dir}. Tests that need them are skipped when the folder is absent; .ci/run always passes it.
 */
public final class SharedData {

    /** Texas Cash Five, 5 of 1..35, 1,035 draws from 2018-09-24 to 2022-01-12. */
    public static final String TEXAS_5_35 = "tx-cash-five-5of35-draws.csv";
    /** Texas Cash 5, 5 of 1..37, 5,058 draws from 2002-07-29 to 2018-09-22. */
    public static final String TEXAS_5_37 = "tx-cash-five-5of37-draws.csv";

    private SharedData() {
    }

    /** The file, or the test is skipped when the data folder is absent. */
    public static Path file(String name) {
        Path folder = Path.of(System.getProperty("lottery.data.dir", "../shared/data"));
        assumeTrue(Files.isDirectory(folder), "no shared draw data at " + folder.toAbsolutePath());
        Path file = folder.resolve(name);
        assumeTrue(Files.isRegularFile(file), "no " + file.toAbsolutePath());
        return file;
    }

    /** Texas Cash Five's 1,035 draws as a history of {@link Formats#texasCashFive()}; skipped when absent. */
    public static DrawHistory texas535() throws IOException {
        try (Reader reader = Files.newBufferedReader(file(TEXAS_5_35))) {
            LotteryFormat format = Formats.texasCashFive();
            List<DrawRecord> draws = DrawFileParser.parseCsv(reader, format, new DrawFileParser.DateWindow(LocalDate.MIN,
                    LocalDate.MAX))
                    .draws()
                    .stream()
                    .map(row -> new DrawRecord(row.date(), row.drawNumber(), format.maskOf(row.numbers())))
                    .toList();
            return DrawHistory.of(format, draws);
        }
    }
}
