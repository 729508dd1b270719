package org.lotteryengine.evaluation.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.evaluation.TicketSetEvaluator;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.format.PrizeKind;
import org.lotteryengine.evaluation.rest.dto.EvaluationResponse;
import org.lotteryengine.evaluation.service.Evaluated;
import org.lotteryengine.platform.export.PdfReport;
import org.lotteryengine.platform.export.Readable;
import org.lotteryengine.support.PdfText;

/**
 * The printed sheet read back with PDFBox' text stripper: every figure is there, rounded for people, and no glyph lies
 * outside the page's margins.
 */
class TicketSheetTest {

    private static final LotteryFormat FIVE_OF_35 = LotteryFormat.of(1, 35, 5, new BigDecimal("1.00"), List.of(
            Prize.fixed(3, "15"), Prize.fixed(4, "300"), Prize.fixed(5, "100000")));

    /** The README's 19 tickets that match 2 numbers on every draw. */
    private static final List<int[]> NINETEEN = List.of(new int[] { 1, 2, 3, 4, 7 }, new int[] { 1, 2, 6, 7, 8 },
            new int[] { 3, 4, 5, 6, 8 }, new int[] { 1, 2, 5, 6, 7 }, new int[] { 9, 10, 11, 12, 15 },
            new int[] { 9, 10, 14, 15, 16 }, new int[] { 11, 12, 13, 14, 16 }, new int[] { 9, 10, 13, 14, 15 },
            new int[] { 17, 18, 19, 20, 23 }, new int[] { 17, 18, 22, 23, 24 }, new int[] { 19, 20, 21, 22, 24 },
            new int[] { 17, 18, 21, 22, 23 }, new int[] { 27, 31, 32, 33, 35 }, new int[] { 25, 26, 31, 34, 35 },
            new int[] { 26, 29, 30, 32, 34 }, new int[] { 28, 29, 30, 31, 35 }, new int[] { 26, 27, 28, 33, 34 },
            new int[] { 25, 27, 29, 30, 33 }, new int[] { 25, 27, 28, 32, 35 });

    @Test
    void theSheetShowsEveryFigureOfTheEvaluationRoundedAndInsideThePage() {
        EvaluationResponse evaluation = evaluate(FIVE_OF_35, NINETEEN, 2);
        List<TicketSheet.Row> rows = NINETEEN.stream()
                .map(ticket -> new TicketSheet.Row(boxed(ticket), pattern(ticket), "warm"))
                .toList();

        PdfText pdf = PdfText.of(TicketSheet.render("Lottery tickets for 5/35", List.of("Session 1234, success."),
                rows, evaluation), PdfReport.MARGIN);
        String text = pdf.text()
                .replaceAll("\\s+", " ");

        assertThat(pdf.outside()).isEmpty();
        assertThat(text).contains("Lottery tickets for 5/35", "Session 1234, success.",
                "Chances over all 324,632 possible draws");
        // Worked out by hand: 19 distinct tickets win the jackpot on 19 of 324,632 draws and expect
        // 19 x 4350 / 324632 = 0.2546 tier-3 tickets; the payout's mean is 19 x 210,250 / 324,632 = 12.31.
        assertThat(text).contains("5 or more matches 100,000.00 USD 1 in 17,090", "5.853e-5", "0.2546",
                "2 or more matches none 100.00%", "cost 19.00 USD", "averages 12.31 USD", "(return on cost -35.23%)");
        for (EvaluationResponse.Tier tier : evaluation.tiers()) {
            assertThat(text).contains("%d or more matches %s %s %s %s %s".formatted(tier.matches(), tier
                    .prize() == null ? "none" : Readable.money(tier.prize(), "USD"), Readable.chance(tier
                            .probabilityAtLeastOne()),
                    Readable.chance(tier.randomDistinctTickets()), Readable.chance(
                            tier.randomQuickPicks()),
                    Readable.significant(tier.expectedWinningTickets()
                            .doubleValue())));
        }
        for (TicketSheet.Range range : TicketSheet.ranges(evaluation.payout()
                .distribution(), evaluation.cost())) {
            assertThat(text).contains(range.label("USD") + " " + Readable.chance(range.probability()));
        }
        for (int i = 0; i < NINETEEN.size(); i++) {
            assertThat(text).contains("%d. %s %s warm".formatted(i + 1, joined(NINETEEN.get(i)), pattern(NINETEEN
                    .get(i))));
        }
        assertThat(text).contains("equally likely", "the JSON export holds the exact counts");
        // Nothing shows more than 4 significant digits: no 0.000xxxxx with 5, no 12.3456.
        assertThat(text).doesNotContainPattern("\\.0*[1-9]\\d{4,}")
                .doesNotContainPattern("[1-9]\\d*\\.\\d{4,}");
    }

    @Test
    void aLongSetOfSixNumberTicketsRunsOverPagesWithItsHeaderAndEveryTicket() {
        LotteryFormat sixOfThirty = LotteryFormat.of(1, 30, 6, new BigDecimal("2.00"), List.of(Prize.fixed(3, "5"),
                Prize.fixed(4, "50"), Prize.fixed(5, "1500"), new Prize(6, PrizeKind.PARI_MUTUEL, null, "jackpot")));
        List<int[]> tickets = random(sixOfThirty, 300, new SplittableRandom(7));

        PdfText pdf = PdfText.of(TicketSheet.render("Lottery tickets for 6/30", List.of(), tickets.stream()
                .map(ticket -> new TicketSheet.Row(boxed(ticket), pattern(ticket), "hot"))
                .toList(), evaluate(sixOfThirty, tickets, 3)), PdfReport.MARGIN);
        String text = pdf.text()
                .replaceAll("\\s+", " ");

        assertThat(pdf.outside()).isEmpty();
        assertThat(pdf.pages()).isGreaterThan(2);
        assertThat(text).contains("6 or more matches pari-mutuel", "Pari-mutuel prizes, of no amount known in advance");
        for (int i = 0; i < tickets.size(); i++) {
            assertThat(text).contains("%d. %s %s hot".formatted(i + 1, joined(tickets.get(i)), pattern(tickets.get(
                    i))));
        }
    }

    @Test
    void tenNumberTicketsWithoutGroupsAndAnUnprintableTitleStillFit() {
        LotteryFormat tenOfTwenty = LotteryFormat.of(1, 20, 10, new BigDecimal("1.00"), List.of(Prize.fixed(10,
                "1000000"), Prize.fixed(0, "1")));
        List<int[]> tickets = random(tenOfTwenty, 40, new SplittableRandom(11));

        PdfText pdf = PdfText.of(TicketSheet.render("Wheel for Lotto 10∕20 ≥ ✓", List.of(), tickets.stream()
                .map(ticket -> new TicketSheet.Row(boxed(ticket), null, null))
                .toList(), evaluate(tenOfTwenty, tickets, 0)), PdfReport.MARGIN);
        String text = pdf.text()
                .replaceAll("\\s+", " ");

        assertThat(pdf.outside()).isEmpty();
        assertThat(text).contains("Wheel for Lotto 10?20 >= ?", "10 or more matches 1,000,000.00 USD");
        for (int i = 0; i < tickets.size(); i++) {
            assertThat(text).contains("%d. %s".formatted(i + 1, joined(tickets.get(i))));
        }
    }

    private static EvaluationResponse evaluate(LotteryFormat format, List<int[]> tickets, int lowestTier) {
        return EvaluationMapper.toResponse(new Evaluated("test", "test", "USD", TicketSetEvaluator.standard()
                .evaluate(TicketSet.of(format, tickets), lowestTier), null, null));
    }

    private static List<int[]> random(LotteryFormat format, int count, SplittableRandom random) {
        List<int[]> tickets = new ArrayList<>();
        while (tickets.size() < count) {
            int[] ticket = random.ints(format.numberMin(), format.numberMax() + 1)
                    .distinct()
                    .limit(format.drawSize())
                    .sorted()
                    .toArray();
            if (tickets.stream()
                    .noneMatch(other -> Arrays.equals(other, ticket))) {
                tickets.add(ticket);
            }
        }
        return tickets;
    }

    private static List<Integer> boxed(int[] ticket) {
        return Arrays.stream(ticket)
                .boxed()
                .toList();
    }

    private static String joined(int[] ticket) {
        return String.join(" ", Arrays.stream(ticket)
                .mapToObj(String::valueOf)
                .toList());
    }

    private static String pattern(int[] ticket) {
        StringBuilder pattern = new StringBuilder();
        for (int number : ticket) {
            pattern.append(number / 10);
        }
        return pattern.toString();
    }
}
