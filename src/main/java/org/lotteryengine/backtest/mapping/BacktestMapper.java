package org.lotteryengine.backtest.mapping;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lotteryengine.backtest.rest.dto.BacktestResponse;
import org.lotteryengine.backtest.service.Backtested;
import org.lotteryengine.engine.backtest.BacktestResult;
import org.lotteryengine.engine.backtest.Prediction;
import org.lotteryengine.engine.backtest.TierOutcome;
import org.lotteryengine.engine.backtest.TierPrize;
import org.lotteryengine.engine.backtest.TopWin;
import org.lotteryengine.platform.codes.Codes;
import org.lotteryengine.platform.export.PdfReport;

/**
 * A backtest as JSON, CSV (one row per figure) or a printable sheet.
 */
public final class BacktestMapper {

    /** What every prediction is, said once in the answer. */
    static final String METHOD = "Each figure is beside its exact distribution over as many independent draws of a"
            + " fair game: per draw, every possible draw is compared with every ticket (a bonus game's main draws are"
            + " enumerated and their bonus draws counted in closed form); over D draws, sums are"
            + " convolved exactly (FFT, wrap-around probability at most 1e-12), draws with a win are binomial, and the"
            + " longest run without a win has its own recurrence. low95..high95 holds at least 95% of the"
            + " probability; probabilityAtMostObserved near 0 means an unlucky result, probabilityAtLeastObserved"
            + " near 0 a lucky one. Past draws say nothing about future ones.";

    private static final int MEAN_DECIMALS = 4;

    private BacktestMapper() {
    }

    public static BacktestResponse toResponse(Backtested backtested) {
        BacktestResult result = backtested.result();
        List<BacktestResponse.TierLine> tiers = result.tiers()
                .stream()
                .map(BacktestMapper::tier)
                .toList();
        List<BacktestResponse.Win> wins = result.topWins()
                .stream()
                .map(win -> win(backtested, win))
                .toList();
        return new BacktestResponse(backtested.lotteryName(), backtested.currency(), backtested.sessionId(), result
                .draws(), result.firstDate(), result.lastDate(), result.tickets(), cents(result.costCents()), tiers,
                money(result.payoutCents(), result.payout()), money(result.netCents(), result.net()),
                new BacktestResponse.Count(result.drawsWithWin(), expectation(result.drawsWithWinPredicted())),
                new BacktestResponse.Run(result.longestRunWithoutWin(), result.longestRunFrom(), result
                        .longestRunTo(), expectation(result.longestRun())),
                wins, METHOD);
    }

    /** One row per figure: what was observed, its mean, its 95% interval and the probabilities of the observed value. */
    public static String csv(Backtested backtested) {
        BacktestResponse response = toResponse(backtested);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("figure", "observed", "expected", "low95", "high95", "probabilityAtMostObserved",
                        "probabilityAtLeastObserved")
                .get())) {
            for (BacktestResponse.TierLine tier : response.tiers()) {
                row(printer, tier.tier() + " winning tickets", tier.winningTickets(), tier.expected());
            }
            money(printer, "payout", response.payout());
            money(printer, "net", response.net());
            row(printer, "draws with a win", response.drawsWithWin()
                    .observed(),
                    response.drawsWithWin()
                            .expected());
            row(printer, "longest run without a win", response.longestRunWithoutWin()
                    .observed(),
                    response.longestRunWithoutWin()
                            .expected());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A printable sheet: the figures beside their predictions, the best wins, and what the figures mean. */
    public static byte[] pdf(Backtested backtested) {
        PdfReport report = new PdfReport().title("Backtest on " + backtested.lotteryName());
        addTo(report, backtested);
        return report.render();
    }

    /**
     * The backtest's sections in a sheet: what was played, the figures beside their predictions, the best wins, and
     * what the figures mean (the sheet of its own, or a session's export).
     */
    public static void addTo(PdfReport report, Backtested backtested) {
        BacktestResponse response = toResponse(backtested);
        String currency = " " + response.currency();
        report.heading("Backtest on real draws")
                .paragraph("%d tickets played on each of %d real draws, %s to %s%s: cost %s%s.".formatted(response
                        .tickets(), response.draws(), response.from(), response.to(),
                        response.sessionId() == null
                                ? ""
                                : " (session " + response.sessionId() + ")",
                        response.cost()
                                .toPlainString(),
                        currency));
        List<PdfReport.Column> columns = List.of(new PdfReport.Column("Figure", PdfReport.Align.LEFT),
                new PdfReport.Column("Observed", PdfReport.Align.RIGHT), new PdfReport.Column("Expected",
                        PdfReport.Align.RIGHT),
                new PdfReport.Column("95% of draws' luck", PdfReport.Align.RIGHT));
        List<List<String>> rows = new ArrayList<>();
        for (BacktestResponse.TierLine tier : response.tiers()) {
            rows.add(countRow(tier.tier() + " wins (" + tier.prizeType() + ")", tier.winningTickets(), tier
                    .expected()));
        }
        rows.add(moneyRow("Payout" + currency, response.payout()));
        rows.add(moneyRow("Net" + currency, response.net()));
        rows.add(countRow("Draws with a win", response.drawsWithWin()
                .observed(),
                response.drawsWithWin()
                        .expected()));
        rows.add(countRow("Longest run without a win", response.longestRunWithoutWin()
                .observed(),
                response.longestRunWithoutWin()
                        .expected()));
        report.heading("Figures beside a fair game's prediction")
                .table(columns, rows);
        if (!response.topWins()
                .isEmpty()) {
            report.heading("Best wins")
                    .table(List.of(new PdfReport.Column("Date", PdfReport.Align.LEFT), new PdfReport.Column("Ticket",
                            PdfReport.Align.RIGHT), new PdfReport.Column("Numbers", PdfReport.Align.LEFT),
                            new PdfReport.Column("Tier", PdfReport.Align.LEFT), new PdfReport.Column("Prize",
                                    PdfReport.Align.RIGHT)),
                            response.topWins()
                                    .stream()
                                    .map(win -> List.of(win.date()
                                            .toString(), Integer.toString(win.ticket()),
                                            numbersText(win),
                                            win.tier(), win.prize() == null ? win.prizeType()
                                                    : win.prize()
                                                            .toPlainString()))
                                    .toList());
        }
        report.heading("What the backtest's figures mean")
                .paragraph(METHOD);
    }

    private static List<String> countRow(String label, long observed, BacktestResponse.Expectation expected) {
        return List.of(label, Long.toString(observed), expected.mean()
                .toPlainString(), expected.low95() + " to " + expected.high95());
    }

    private static List<String> moneyRow(String label, BacktestResponse.Money money) {
        return List.of(label, money.observed()
                .toPlainString(),
                money.expected()
                        .mean()
                        .toPlainString(),
                money.expected()
                        .low95()
                        .toPlainString() + " to "
                        + money.expected()
                                .high95()
                                .toPlainString());
    }

    private static void row(CSVPrinter printer, String figure, long observed, BacktestResponse.Expectation expected)
            throws IOException {
        printer.printRecord(figure, observed, expected.mean()
                .toPlainString(), expected.low95(), expected.high95(), text(expected.probabilityAtMostObserved()),
                text(expected.probabilityAtLeastObserved()));
    }

    private static void money(CSVPrinter printer, String figure, BacktestResponse.Money money) throws IOException {
        BacktestResponse.MoneyExpectation expected = money.expected();
        printer.printRecord(figure, money.observed()
                .toPlainString(),
                expected.mean()
                        .toPlainString(),
                expected.low95()
                        .toPlainString(),
                expected.high95()
                        .toPlainString(),
                text(expected.probabilityAtMostObserved()), text(expected.probabilityAtLeastObserved()));
    }

    private static String text(Double probability) {
        return probability == null ? "" : probability.toString();
    }

    private static BacktestResponse.TierLine tier(TierOutcome outcome) {
        TierPrize tier = outcome.tier();
        return new BacktestResponse.TierLine(tier.name(), tier.mainMatches(), tier.bonusMatches(), Codes.of(tier
                .kind()), tier.amount(), outcome.winningTickets(), expectation(outcome.predicted()));
    }

    private static BacktestResponse.Win win(Backtested backtested, TopWin win) {
        TierPrize tier = win.tier();
        int index = win.ticket() - 1;
        return new BacktestResponse.Win(win.date(), win.drawNumber(), win.ticket(), sorted(backtested.tickets()
                .get(index)),
                backtested.bonus() == null ? null
                        : sorted(backtested.bonus()
                                .get(index)),
                tier.name(), Codes.of(tier.kind()), tier.amount());
    }

    private static String numbersText(BacktestResponse.Win win) {
        String main = String.join(" ", win.numbers()
                .stream()
                .map(String::valueOf)
                .toList());
        return win.bonusNumbers() == null ? main
                : main + " + " + String.join(" ", win.bonusNumbers()
                        .stream()
                        .map(String::valueOf)
                        .toList());
    }

    private static List<Integer> sorted(int[] numbers) {
        return Arrays.stream(numbers)
                .sorted()
                .boxed()
                .toList();
    }

    private static BacktestResponse.Expectation expectation(Prediction prediction) {
        return new BacktestResponse.Expectation(BigDecimal.valueOf(prediction.mean())
                .setScale(MEAN_DECIMALS, RoundingMode.HALF_EVEN), prediction.lower95(), prediction.upper95(),
                prediction.atMostObserved(), prediction.atLeastObserved());
    }

    private static BacktestResponse.Money money(long observedCents, Prediction prediction) {
        return new BacktestResponse.Money(cents(observedCents), new BacktestResponse.MoneyExpectation(BigDecimal
                .valueOf(prediction.mean())
                .movePointLeft(2)
                .setScale(2, RoundingMode.HALF_EVEN), cents(prediction.lower95()), cents(prediction.upper95()),
                prediction.atMostObserved(), prediction.atLeastObserved()));
    }

    private static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
