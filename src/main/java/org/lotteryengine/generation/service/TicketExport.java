package org.lotteryengine.generation.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lotteryengine.platform.export.PdfSheet;

/**
 * A stored GeneratedTicketSet as a download: CSV (one row per ticket), or a printable PDF ticket sheet with the set's
 * exact odds. The set is read as stored (a JSON document), so an export always shows what the client was given.
 */
@ApplicationScoped
public class TicketExport {

    /** One row per ticket: index, numbers, pattern, group, strategy, unique share. */
    public String csv(Map<String, Object> set) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("index", "numbers", "pattern", "patternGroup", "generationStrategy", "qualityScore",
                        "expectedMatches")
                .get())) {
            int index = 1;
            for (Map<String, Object> ticket : tickets(set)) {
                printer.printRecord(index++, numbers(ticket), ticket.get("pattern"), ticket.get("patternGroup"),
                        ticket.get("generationStrategy"), ticket.get("qualityScore"), ticket.get("expectedMatches"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A ticket sheet: the tickets, then the exact chances of the set per tier against random quick picks. */
    public byte[] pdf(Map<String, Object> set) {
        List<String> lines = new ArrayList<>();
        lines.add("Session " + set.get("sessionId") + "  (" + set.get("status") + ")");
        Map<String, Object> patterns = map(set.get("patterns"));
        lines.add("Game " + patterns.get("lotteryType") + ", " + tickets(set).size() + " tickets");
        lines.add("");
        lines.add("Chances of this set over every possible draw (exact):");
        Map<String, Object> performance = map(set.get("expectedPerformance"));
        Map<String, Object> optimized = map(performance.get("optimized"));
        for (Map.Entry<String, Object> entry : optimized.entrySet()) {
            if (entry.getKey()
                    .endsWith("AtLeastOneWin")) {
                String tier = entry.getKey()
                        .replace("AtLeastOneWin", "");
                lines.add(String.format(Locale.ROOT,
                        "  %s or better: P(at least one win) = %.6f   random quick picks: %.6f   expected wins: %s",
                        tier, number(entry.getValue()), number(optimized.get(tier + "RandomQuickPicks")), optimized
                                .get(tier + "Wins")));
            }
        }
        Map<String, Object> money = map(performance.get("financialProjection"));
        lines.add(String.format(Locale.ROOT, "  cost %s, expected payout %s, P(payout >= cost) = %.6f, ROI %s%%",
                money.get("cost"), money.get("expectedRevenue"), number(money.get("breakEvenProbability")), money.get(
                        "roi")));
        lines.add("  Every combination is equally likely in a fair draw: no set changes the expected number of wins.");
        lines.add("");
        int index = 1;
        for (Map<String, Object> ticket : tickets(set)) {
            lines.add(String.format(Locale.ROOT, "%4d.  %-22s  pattern %s (%s)  %s", index++, numbers(ticket), ticket
                    .get("pattern"), ticket.get("patternGroup"), ticket.get("generationStrategy")));
        }
        return PdfSheet.render(lines);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tickets(Map<String, Object> set) {
        Object tickets = set.get("tickets");
        return tickets instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String numbers(Map<String, Object> ticket) {
        Object numbers = ticket.get("numbers");
        if (numbers instanceof List<?> list) {
            return String.join(" ", list.stream()
                    .map(String::valueOf)
                    .toList());
        }
        return "";
    }

    private static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }
}
