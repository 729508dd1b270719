package org.lotteryengine.generation.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A stored GeneratedTicketSet as a download: CSV (one row per ticket), or the inputs of a printable sheet. The set is
 * read as stored (a JSON document), so an export always shows what the client was given.
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

    /**
     * What a printed sheet of the set shows besides its exact evaluation: the game, a title, lines on where the set
     * comes from, and the tickets with pattern and group.
     */
    public Sheet sheet(Map<String, Object> set) {
        Map<String, Object> patterns = map(set.get("patterns"));
        Map<String, Object> generation = map(set.get("generation"));
        Map<String, Object> coverage = map(map(set.get("quality")).get("coverage"));
        String lotteryType = String.valueOf(patterns.get("lotteryType"));
        List<SheetTicket> tickets = new ArrayList<>();
        for (Map<String, Object> ticket : tickets(set)) {
            tickets.add(new SheetTicket(numberList(ticket), text(ticket.get("pattern")), text(ticket.get(
                    "patternGroup"))));
        }
        List<String> about = new ArrayList<>();
        about.add("Session %s, %s, generated %s.".formatted(set.get("sessionId"), set.get("status"), set.get(
                "timestamp")));
        Object tier = coverage.get("targetTier");
        about.add("%d tickets aimed at tier %s (%s or more matches): %s. Stopped by %s after %s attempts.".formatted(
                tickets.size(), tier, tier, generation.get("objective"), generation.get("stoppingReason"), generation
                        .get("attempts")));
        about.add("Pattern groups from %s frequencies.".formatted("observed".equals(patterns.get("source"))
                ? "observed draw"
                : "expected (no stored draws)"));
        return new Sheet(lotteryType, "Lottery tickets for " + lotteryType, about, tickets);
    }

    /** A printed sheet's inputs; the tickets keep the set's order. */
    public record Sheet(String lotteryType, String title, List<String> about, List<SheetTicket> tickets) {

        public List<int[]> numbers() {
            return tickets.stream()
                    .map(ticket -> ticket.numbers()
                            .stream()
                            .mapToInt(Integer::intValue)
                            .toArray())
                    .toList();
        }
    }

    public record SheetTicket(List<Integer> numbers, String pattern, String group) {
    }

    private static List<Integer> numberList(Map<String, Object> ticket) {
        Object numbers = ticket.get("numbers");
        if (numbers instanceof List<?> list) {
            return list.stream()
                    .map(value -> ((Number) value).intValue())
                    .toList();
        }
        return List.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
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

}
