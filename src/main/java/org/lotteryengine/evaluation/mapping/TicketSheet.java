package org.lotteryengine.evaluation.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.lotteryengine.evaluation.rest.dto.EvaluationResponse;
import org.lotteryengine.platform.export.PdfReport;
import org.lotteryengine.platform.export.PdfReport.Align;
import org.lotteryengine.platform.export.PdfReport.Column;
import org.lotteryengine.platform.export.Readable;

/**
 * A ticket set's printable sheet: a title and the game, the exact chances per tier against random picks of the same
 * size, the payout distribution as a chart with the cost marked, the tickets in a grid, and the stance on odds. Every
 * figure comes from one exact evaluation and is rounded for reading ({@link Readable}); the JSON answer holds the exact
 * counts.
 */
public final class TicketSheet {

    /** More distinct payouts than this are shown as ranges of payouts, so the chart stays on about a page. */
    static final int MAX_BARS = 24;

    private static final String STANCE = "In a fair draw every combination of numbers is equally likely. No pattern,"
            + " hot number or choice of tickets changes the expected number of wins or the expected payout: they are"
            + " the same for every set of %d distinct tickets. What a set changes is how its wins are spread: the"
            + " chance of at least one win at a tier, the variance of the payout, and guarantees. Pattern groups"
            + " describe past draws; they do not predict the next one. Every figure here counts all %s possible draws"
            + " exactly and is rounded to 4 significant digits for reading; the JSON export holds the exact counts.";

    private TicketSheet() {
    }

    /**
     * One ticket as the grid shows it; pattern and group are null where the sheet has none (a wheel's group).
     *
     * @param bonus a bonus game ticket's bonus numbers, shown after its main numbers; empty for none
     */
    public record Row(List<Integer> numbers, List<Integer> bonus, String pattern, String group) {

        public Row(List<Integer> numbers, String pattern, String group) {
            this(numbers, List.of(), pattern, group);
        }
    }

    /**
     * @param title the sheet's title
     * @param about lines under the title: what the set is and where it comes from
     */
    public static byte[] render(String title, List<String> about, List<Row> tickets, EvaluationResponse evaluation) {
        return render(title, about, tickets, evaluation, report -> {
        });
    }

    /**
     * As {@link #render(String, List, List, EvaluationResponse)}, with more sections at the end (a session's export
     * with its backtest).
     */
    public static byte[] render(String title, List<String> about, List<Row> tickets, EvaluationResponse evaluation,
            Consumer<PdfReport> more) {
        PdfReport report = new PdfReport().title(title);
        about.forEach(report::paragraph);
        report.heading("Chances over all %s possible draws (exact, rounded)".formatted(Readable.count(evaluation
                .totalDraws())));
        report.table(chanceColumns(evaluation.numberOfTickets()), chanceRows(evaluation));
        report.heading("Payout");
        report.paragraph(payoutSummary(evaluation));
        payoutChart(report, evaluation);
        report.heading("Tickets");
        report.table(ticketColumns(tickets), ticketRows(tickets));
        report.heading("What these figures mean");
        report.paragraph(STANCE.formatted(evaluation.numberOfTickets(), Readable.count(evaluation
                .totalDraws())));
        more.accept(report);
        return report.render();
    }

    private static List<Column> chanceColumns(int tickets) {
        return List.of(new Column("Tier", Align.LEFT), new Column("Prize", Align.RIGHT), new Column(
                "This set: P(a win)", Align.RIGHT), new Column("%d random tickets".formatted(tickets), Align.RIGHT),
                new Column("%d quick picks".formatted(tickets), Align.RIGHT), new Column("Expected winning tickets",
                        Align.RIGHT));
    }

    private static List<List<String>> chanceRows(EvaluationResponse evaluation) {
        List<List<String>> rows = new ArrayList<>();
        for (EvaluationResponse.Tier tier : evaluation.tiers()) {
            String name = tier.bonusMatches() == null ? "%d or more matches".formatted(tier.matches())
                    : "%d + %d or a better tier".formatted(tier.matches(), tier.bonusMatches());
            rows.add(List.of(name, prize(tier, evaluation.currency()),
                    Readable.chance(tier.probabilityAtLeastOne()), Readable.chance(tier.randomDistinctTickets()),
                    Readable.chance(tier.randomQuickPicks()), Readable.significant(tier.expectedWinningTickets()
                            .doubleValue())));
        }
        return rows;
    }

    private static String prize(EvaluationResponse.Tier tier, String currency) {
        if (tier.prize() != null) {
            return Readable.money(tier.prize(), currency);
        }
        return tier.prizeType() == null ? "none" : "pari-mutuel";
    }

    private static String payoutSummary(EvaluationResponse evaluation) {
        EvaluationResponse.Payout payout = evaluation.payout();
        String summary = ("The %d tickets cost %s. Their payout averages %s (return on cost %s); the chance that"
                + " they pay back at least their cost is %s.").formatted(evaluation.numberOfTickets(), Readable.money(
                        evaluation.cost(), evaluation.currency()),
                        Readable.money(payout.expectedRevenue(), evaluation
                                .currency()),
                        Readable.percentFigure(payout.roi()), Readable.chance(payout
                                .breakEvenProbability()));
        return payout.excludesPariMutuel() ? summary + " Pari-mutuel prizes, of no amount known in advance, count as 0."
                : summary;
    }

    /**
     * Bars of log10(p / smallest p) + 1 so that every payout, however rare, has a visible bar and a larger chance a
     * longer one; the figure after each bar is the chance itself.
     */
    private static void payoutChart(PdfReport report, EvaluationResponse evaluation) {
        List<Range> ranges = ranges(evaluation.payout()
                .distribution(), evaluation.cost());
        double smallest = ranges.stream()
                .mapToDouble(Range::probability)
                .filter(p -> p > 0)
                .min()
                .orElse(1);
        double largest = Math.log10(1 / smallest) + 1;
        List<PdfReport.Bar> bars = new ArrayList<>();
        int firstAtCost = -1;
        for (Range range : ranges) {
            if (firstAtCost < 0 && range.from()
                    .compareTo(evaluation.cost()) >= 0) {
                firstAtCost = bars.size();
            }
            bars.add(new PdfReport.Bar(range.label(evaluation.currency()), (Math.log10(range.probability()
                    / smallest) + 1) / largest, Readable.chance(range.probability())));
        }
        report.paragraph("Chance of each total payout:");
        report.barChart(bars, firstAtCost, "cost " + Readable.money(evaluation.cost(), evaluation.currency())
                + ": payouts below the line lose money");
    }

    /** Consecutive payouts, all below the cost or all at or above it, with their summed chance. */
    record Range(BigDecimal from, BigDecimal to, double probability) {

        String label(String currency) {
            return from.compareTo(to) == 0 ? Readable.money(from, currency)
                    : Readable.money(from, null) + " to " + Readable.money(to, currency);
        }
    }

    static List<Range> ranges(List<EvaluationResponse.PayoutPoint> points, BigDecimal cost) {
        List<EvaluationResponse.PayoutPoint> below = points.stream()
                .filter(point -> point.payout()
                        .compareTo(cost) < 0)
                .toList();
        List<EvaluationResponse.PayoutPoint> above = points.stream()
                .filter(point -> point.payout()
                        .compareTo(cost) >= 0)
                .toList();
        int belowBars = below.isEmpty() ? 0
                : above.isEmpty() ? MAX_BARS : Math.max(1, MAX_BARS * below.size() / points.size());
        List<Range> ranges = new ArrayList<>(group(below, belowBars));
        ranges.addAll(group(above, MAX_BARS - belowBars));
        return ranges;
    }

    private static List<Range> group(List<EvaluationResponse.PayoutPoint> points, int bars) {
        List<Range> ranges = new ArrayList<>();
        int per = Math.max(1, (points.size() + bars - 1) / Math.max(1, bars));
        for (int start = 0; start < points.size(); start += per) {
            List<EvaluationResponse.PayoutPoint> part = points.subList(start, Math.min(points.size(), start + per));
            ranges.add(new Range(part.get(0)
                    .payout(),
                    part.get(part.size() - 1)
                            .payout(),
                    part.stream()
                            .mapToDouble(EvaluationResponse.PayoutPoint::probability)
                            .sum()));
        }
        return ranges;
    }

    /** As many side-by-side groups of (#, numbers, pattern, group) as fit on the page: 3 for 5-number tickets. */
    private static List<Column> ticketColumns(List<Row> tickets) {
        List<Column> columns = new ArrayList<>();
        for (int g = 0; g < groupsPerLine(tickets); g++) {
            columns.add(new Column("#", Align.RIGHT));
            columns.add(new Column("Numbers", Align.LEFT));
            if (hasPatterns(tickets)) {
                columns.add(new Column("Pattern", Align.LEFT));
            }
            if (hasGroups(tickets)) {
                columns.add(new Column("Group", Align.LEFT));
            }
        }
        return columns;
    }

    private static List<List<String>> ticketRows(List<Row> tickets) {
        int groups = groupsPerLine(tickets);
        int lines = (tickets.size() + groups - 1) / groups;
        List<List<String>> rows = new ArrayList<>();
        for (int line = 0; line < lines; line++) {
            List<String> cells = new ArrayList<>();
            // Column-major, as a printed list reads: down the first column, then the next.
            for (int g = 0; g < groups; g++) {
                int index = g * lines + line;
                if (index < tickets.size()) {
                    Row ticket = tickets.get(index);
                    cells.add((index + 1) + ".");
                    cells.add(ticket.numbers()
                            .stream()
                            .map(String::valueOf)
                            .collect(Collectors.joining("  "))
                            + (ticket.bonus()
                                    .isEmpty() ? ""
                                            : "  +  " + ticket.bonus()
                                                    .stream()
                                                    .map(String::valueOf)
                                                    .collect(Collectors.joining("  "))));
                    if (hasPatterns(tickets)) {
                        cells.add(ticket.pattern() == null ? "" : ticket.pattern());
                    }
                    if (hasGroups(tickets)) {
                        cells.add(ticket.group() == null ? "" : ticket.group());
                    }
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * Side-by-side groups, from an estimate of a group's width at 9 pt (a number with its spacing about 13 points);
     * the table shrinks its font if the estimate was short.
     */
    private static int groupsPerLine(List<Row> tickets) {
        int size = tickets.isEmpty() ? 1
                : tickets.get(0)
                        .numbers()
                        .size()
                        + tickets.get(0)
                                .bonus()
                                .size();
        int width = 20 + 13 * size + (hasPatterns(tickets) ? 8 + 6 * size : 0) + (hasGroups(tickets) ? 30 : 0);
        return Math.max(1, Math.min(4, (int) (PdfReport.CONTENT_WIDTH / width)));
    }

    private static boolean hasPatterns(List<Row> tickets) {
        return tickets.stream()
                .anyMatch(ticket -> ticket.pattern() != null);
    }

    private static boolean hasGroups(List<Row> tickets) {
        return tickets.stream()
                .anyMatch(ticket -> ticket.group() != null);
    }
}
