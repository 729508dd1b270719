package org.lotteryengine.draws.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.lotteryengine.platform.config.DrawSourcesConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a draw source's body into the CSV that the import reads ({@code draw_date}, {@code draw_number}, {@code n1}…,
 * {@code bonus1}…), by the source's field mapping, so that a fetched file is checked row by row exactly as an upload
 * is: a bad row is listed with its line and reason, the others are stored. Only a body that cannot be read as such at
 * all (not CSV or JSON, a mapped column missing, no array where the draws should be) fails the fetch.
 */
public final class DrawSourceReader {

    private static final CSVFormat OUT = CSVFormat.DEFAULT.builder()
            .get();

    private DrawSourceReader() {
    }

    /** The body cannot be read by its mapping; the message says why. */
    public static final class UnreadableSourceException extends RuntimeException {

        public UnreadableSourceException(String message) {
            super(message);
        }
    }

    /** The import's CSV for the body. */
    public static String toImportCsv(String body, DrawSourcesConfig.Format format, DrawSourcesConfig.Fields fields,
            ObjectMapper json) {
        List<List<String>> rows = format == DrawSourcesConfig.Format.JSON ? fromJson(body, fields, json)
                : fromCsv(body, fields);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, OUT)) {
            printer.printRecord(header(rows, fields));
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** draw_date, draw_number when mapped, then as many number and bonus columns as the widest row holds. */
    private static List<String> header(List<List<String>> rows, DrawSourcesConfig.Fields fields) {
        List<String> header = new ArrayList<>();
        header.add("draw_date");
        fields.drawNumber()
                .ifPresent(ignored -> header.add("draw_number"));
        int numbers = rows.isEmpty() ? fields.numbers()
                .size()
                : rows.get(0)
                        .size() - header.size() - bonusWidth(rows, fields);
        for (int i = 1; i <= numbers; i++) {
            header.add("n" + i);
        }
        for (int i = 1; i <= bonusWidth(rows, fields); i++) {
            header.add("bonus" + i);
        }
        return header;
    }

    private static int bonusWidth(List<List<String>> rows, DrawSourcesConfig.Fields fields) {
        return fields.bonus()
                .map(List::size)
                .orElse(0);
    }

    private static List<List<String>> fromCsv(String body, DrawSourcesConfig.Fields fields) {
        try (CSVParser parser = CSVParser.parse(new StringReader(body.startsWith("\uFEFF") ? body.substring(1) : body),
                CSVFormat.DEFAULT.builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setTrim(true)
                        .setIgnoreEmptyLines(true)
                        .get())) {
            List<String> names = parser.getHeaderNames();
            List<String> wanted = new ArrayList<>();
            wanted.add(fields.date());
            fields.drawNumber()
                    .ifPresent(wanted::add);
            wanted.addAll(fields.numbers());
            fields.bonus()
                    .ifPresent(wanted::addAll);
            for (String name : wanted) {
                if (!names.contains(name)) {
                    throw new UnreadableSourceException("the CSV has no column %s (its header: %s)".formatted(name,
                            shorten(String.join(",", names))));
                }
            }
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>();
                row.add(cell(record, fields.date()));
                fields.drawNumber()
                        .ifPresent(name -> row.add(cell(record, name)));
                row.addAll(numbers(fields.numbers(), name -> cell(record, name)));
                fields.bonus()
                        .ifPresent(bonus -> row.addAll(numbers(bonus, name -> cell(record, name))));
                rows.add(row);
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableSourceException("the body is not CSV: " + shorten(String.valueOf(e.getMessage())));
        }
    }

    private static String cell(CSVRecord record, String name) {
        return record.isSet(name) ? record.get(name) : "";
    }

    /** One column per number, or one column holding them all (split at anything that is not a digit). */
    private static List<String> numbers(List<String> names, java.util.function.Function<String, String> cell) {
        if (names.size() == 1) {
            String all = cell.apply(names.get(0))
                    .strip();
            return all.isEmpty() ? List.of() : List.of(all.split("[^0-9]+"));
        }
        return names.stream()
                .map(cell)
                .toList();
    }

    private static List<List<String>> fromJson(String body, DrawSourcesConfig.Fields fields, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UnreadableSourceException("the body is not JSON: " + shorten(e.getOriginalMessage()));
        }
        if (root == null) {
            throw new UnreadableSourceException("the body is empty");
        }
        if (fields.root()
                .isPresent()) {
            for (String step : fields.root()
                    .get()
                    .split("\\.")) {
                root = root.path(step);
            }
        }
        if (!root.isArray()) {
            throw new UnreadableSourceException("no array of draws at %s".formatted(fields.root()
                    .orElse("the body's top level")));
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode draw : root) {
            List<String> row = new ArrayList<>();
            row.add(text(draw.path(fields.date())));
            fields.drawNumber()
                    .ifPresent(name -> row.add(text(draw.path(name))));
            row.addAll(jsonNumbers(draw, fields.numbers()));
            fields.bonus()
                    .ifPresent(bonus -> row.addAll(jsonNumbers(draw, bonus)));
            rows.add(row);
        }
        return rows;
    }

    /** One field holding an array (or a string of numbers), or one field per number. */
    private static List<String> jsonNumbers(JsonNode draw, List<String> names) {
        if (names.size() == 1) {
            JsonNode all = draw.path(names.get(0));
            if (all.isArray()) {
                List<String> cells = new ArrayList<>();
                all.forEach(number -> cells.add(text(number)));
                return cells;
            }
            return numbers(names, name -> text(all));
        }
        return names.stream()
                .map(name -> text(draw.path(name)))
                .toList();
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
