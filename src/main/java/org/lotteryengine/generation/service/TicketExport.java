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

    /**
     * One row per ticket: index, numbers, pattern, group, strategy, unique share; a bonus game's set has its bonus
     * numbers after the main numbers, and no unique share or expected matches (it computes none).
     */
    public String csv(Map<String, Object> set) {
        StringWriter out = new StringWriter();
        boolean bonus = hasBonus(set);
        String[] header = bonus ? new String[] { "index", "numbers", "bonusNumbers", "pattern", "patternGroup",
                "generationStrategy" }
                : new String[] { "index", "numbers", "pattern", "patternGroup", "generationStrategy", "qualityScore",
                        "expectedMatches" };
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header)
                .get())) {
            int index = 1;
            for (Map<String, Object> ticket : tickets(set)) {
                if (bonus) {
                    printer.printRecord(index++, numbers(ticket, "numbers"), numbers(ticket, "bonusNumbers"), ticket
                            .get("pattern"), ticket.get("patternGroup"), ticket.get("generationStrategy"));
                } else {
                    printer.printRecord(index++, numbers(ticket, "numbers"), ticket.get("pattern"), ticket.get(
                            "patternGroup"), ticket.get("generationStrategy"), ticket.get("qualityScore"),
                            ticket.get(
                                    "expectedMatches"));
                }
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
            tickets.add(new SheetTicket(numberList(ticket, "numbers"), numberList(ticket, "bonusNumbers"), text(ticket
                    .get("pattern")), text(ticket.get("patternGroup"))));
        }
        List<String> about = new ArrayList<>();
        about.add("Session %s, %s, generated %s.".formatted(set.get("sessionId"), set.get("status"), set.get(
                "timestamp")));
        if (generation.get("targetTier") != null) {
            // A bonus game's set names its tier by main and bonus matches; it runs one search.
            about.add("%d tickets aimed at %s (main + bonus matches) or a better tier: %s.".formatted(tickets.size(),
                    generation.get("targetTier"), generation.get("objective")));
        } else {
            Object tier = coverage.get("targetTier");
            about.add("%d tickets aimed at tier %s (%s or more matches): %s. Stopped by %s after %s attempts."
                    .formatted(tickets.size(), tier, tier, generation.get("objective"), generation.get(
                            "stoppingReason"), generation.get("attempts")));
        }
        about.add("Pattern groups from %s frequencies.".formatted("observed".equals(patterns.get("source"))
                ? "observed draw"
                : "expected (no stored draws)"));
        return new Sheet(lotteryType, "Lottery tickets for " + lotteryType, about, tickets);
    }

    /** A printed sheet's inputs; the tickets keep the set's order. */
    public record Sheet(String lotteryType, String title, List<String> about, List<SheetTicket> tickets) {

        public List<int[]> numbers() {
            return tickets.stream()
                    .map(ticket -> array(ticket.numbers()))
                    .toList();
        }

        /** Each ticket's bonus numbers, or null when the tickets hold none. */
        public List<int[]> bonus() {
            if (tickets.stream()
                    .allMatch(ticket -> ticket.bonus()
                            .isEmpty())) {
                return null;
            }
            return tickets.stream()
                    .map(ticket -> array(ticket.bonus()))
                    .toList();
        }

        private static int[] array(List<Integer> numbers) {
            return numbers.stream()
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
    }

    /** A ticket of the sheet; {@code bonus} is empty for a ticket without bonus numbers. */
    public record SheetTicket(List<Integer> numbers, List<Integer> bonus, String pattern, String group) {
    }

    private static boolean hasBonus(Map<String, Object> set) {
        return tickets(set).stream()
                .anyMatch(ticket -> ticket.get("bonusNumbers") != null);
    }

    private static List<Integer> numberList(Map<String, Object> ticket, String key) {
        Object numbers = ticket.get(key);
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

    private static String numbers(Map<String, Object> ticket, String key) {
        Object numbers = ticket.get(key);
        if (numbers instanceof List<?> list) {
            return String.join(" ", list.stream()
                    .map(String::valueOf)
                    .toList());
        }
        return "";
    }

}
