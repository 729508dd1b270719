package org.lotteryengine.draws.service;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.lotteryengine.engine.format.InvalidFormatException;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.platform.error.MalformedDrawFileException;

/**
 * Reads uploaded draw histories and checks every row against the game. CSV (parsed by Apache Commons CSV) has a
 * header: a date column ({@code draw_date} or {@code date}, ISO dates), an optional draw-number column
 * ({@code draw_number}), and exactly k number columns (any other names, e.g. {@code n1..n5}), as in the files of
 * ../shared/data; a UTF-8 byte order mark before the header, as spreadsheet programs write, is skipped. Rows are checked
 * for count, range, distinctness, date (within the {@link DateWindow}) and repeats within the upload; a bad row is
 * reported with its line number and reason, never silently dropped.
 */
public final class DrawFileParser {

    private static final List<String> DATE_COLUMNS = List.of("draw_date", "date");
    private static final List<String> NUMBER_COLUMNS = List.of("draw_number", "draw_no", "drawnumber");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private DrawFileParser() {
    }

    /** A row that passed every check. {@code line} is the CSV line (header = 1) or the JSON position (from 1). */
    public record ParsedDraw(long line, LocalDate date, Integer drawNumber, int[] numbers) {
    }

    /** A row that did not. */
    public record RejectedRow(long line, String reason) {
    }

    /** The outcome of reading an upload. */
    public record ParseResult(List<ParsedDraw> draws, List<RejectedRow> rejected) {
    }

    /** A row of a JSON upload, before checking. */
    public record DrawInput(String date, Integer drawNumber, List<Integer> numbers) {
    }

    /**
     * The dates a draw may have: none before {@code earliest}, none after {@code latest} (today plus a slack for time
     * zones), so that a row dated 2099 cannot become a game's "last draw".
     */
    public record DateWindow(LocalDate earliest, LocalDate latest) {

        boolean contains(LocalDate date) {
            return !date.isBefore(earliest) && !date.isAfter(latest);
        }
    }

    /**
     * Reads a CSV upload.
     *
     * @throws MalformedDrawFileException when the header does not name a date column and k number columns, or the file
     *         cannot be read as CSV
     */
    public static ParseResult parseCsv(Reader csv, LotteryFormat format, DateWindow dates) throws IOException {
        try {
            return readCsv(withoutByteOrderMark(csv), format, dates);
        } catch (MalformedDrawFileException refused) {
            throw refused;
        } catch (CSVException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            // Commons CSV reports a broken file (an unterminated quote, a duplicate or empty header name) while it
            // iterates: the whole upload is refused as malformed, naming what it found.
            Throwable reason = unreadable instanceof UncheckedIOException && unreadable.getCause() != null
                    ? unreadable.getCause()
                    : unreadable;
            // The library's message may quote the file (a header name): 120 characters of it at most.
            String said = reason.getMessage() == null ? reason.getClass()
                    .getSimpleName() : reason.getMessage();
            throw new MalformedDrawFileException("the CSV could not be read: " + (said.length() <= 120 ? said
                    : said.substring(0, 120) + "…"));
        }
    }

    private static Reader withoutByteOrderMark(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv, 1);
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    private static ParseResult readCsv(Reader csv, LotteryFormat format, DateWindow dates) throws IOException {
        CSVFormat csvFormat = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                // Two columns of one name would make one of them unreadable: refused.
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .get();
        try (CSVParser parser = CSVParser.builder()
                .setReader(csv)
                .setFormat(csvFormat)
                .get()) {
            List<String> header = parser.getHeaderNames();
            String dateColumn = find(header, DATE_COLUMNS);
            String drawNumberColumn = find(header, NUMBER_COLUMNS);
            if (dateColumn == null) {
                throw new MalformedDrawFileException(
                        "the CSV header must name a date column (draw_date or date), found " + shorten(header
                                .toString()));
            }
            List<String> numberColumns = header.stream()
                    .filter(name -> !name.equals(dateColumn) && !name.equals(drawNumberColumn))
                    .toList();
            if (numberColumns.size() != format.drawSize()) {
                throw new MalformedDrawFileException("the CSV header must name %d number columns besides %s, found %s"
                        .formatted(format.drawSize(), drawNumberColumn == null ? shorten(dateColumn)
                                : shorten(dateColumn) + " and " + shorten(drawNumberColumn),
                                shorten(numberColumns
                                        .toString())));
            }
            Checker checker = new Checker(format, dates);
            for (CSVRecord record : parser) {
                // Line of the record's start in the file: the header is line 1.
                long line = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    checker.reject(line, "expected %d columns, found %d".formatted(header.size(), record.size()));
                    continue;
                }
                List<String> cells = numberColumns.stream()
                        .map(record::get)
                        .toList();
                checker.check(line, record.get(dateColumn), drawNumberColumn == null ? null
                        : record.get(drawNumberColumn), cells);
            }
            return checker.result();
        }
    }

    /** Checks a JSON upload, row by row; {@code line} is the position in the list, from 1. */
    public static ParseResult parseJson(List<DrawInput> rows, LotteryFormat format, DateWindow dates) {
        Checker checker = new Checker(format, dates);
        for (int i = 0; i < rows.size(); i++) {
            DrawInput row = rows.get(i);
            if (row == null) {
                checker.reject(i + 1, "empty row");
                continue;
            }
            List<String> cells = row.numbers() == null ? null
                    : row.numbers()
                            .stream()
                            .map(number -> number == null ? "" : number.toString())
                            .toList();
            checker.check(i + 1, row.date(), row.drawNumber() == null ? null
                    : row.drawNumber()
                            .toString(),
                    cells);
        }
        return checker.result();
    }

    private static String find(List<String> header, List<String> candidates) {
        for (String name : header) {
            if (candidates.contains(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        return null;
    }

    /** The checks every row goes through. */
    private static final class Checker {
        private final LotteryFormat format;
        private final DateWindow dates;
        private final List<ParsedDraw> draws = new ArrayList<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private final Map<String, Long> seen = new HashMap<>();

        Checker(LotteryFormat format, DateWindow dates) {
            this.format = format;
            this.dates = dates;
        }

        void reject(long line, String reason) {
            rejected.add(new RejectedRow(line, reason));
        }

        void check(long line, String dateText, String drawNumberText, List<String> cells) {
            LocalDate date;
            try {
                date = LocalDate.parse(dateText == null ? "" : dateText);
            } catch (DateTimeParseException e) {
                reject(line, "bad date '%s' (expected YYYY-MM-DD)".formatted(shorten(dateText)));
                return;
            }
            if (!dates.contains(date)) {
                reject(line, "date %s is outside %s..%s".formatted(date, dates.earliest(), dates.latest()));
                return;
            }
            Integer drawNumber = null;
            if (drawNumberText != null && !drawNumberText.isEmpty()) {
                try {
                    drawNumber = Integer.valueOf(drawNumberText);
                } catch (NumberFormatException e) {
                    reject(line, "bad draw number '%s'".formatted(shorten(drawNumberText)));
                    return;
                }
                if (drawNumber <= 0) {
                    reject(line, "bad draw number %d (must be positive)".formatted(drawNumber));
                    return;
                }
            }
            if (cells == null || cells.size() != format.drawSize()) {
                reject(line, "expected %d numbers, found %d".formatted(format.drawSize(), cells == null ? 0
                        : cells.size()));
                return;
            }
            int[] numbers = new int[cells.size()];
            for (int i = 0; i < numbers.length; i++) {
                try {
                    numbers[i] = Integer.parseInt(cells.get(i));
                } catch (NumberFormatException e) {
                    reject(line, "'%s' is not a number".formatted(shorten(cells.get(i))));
                    return;
                }
            }
            try {
                format.maskOf(numbers);
            } catch (InvalidFormatException e) {
                reject(line, e.getMessage());
                return;
            }
            Arrays.sort(numbers);
            String key = date + "#" + drawNumber;
            Long previous = seen.putIfAbsent(key, line);
            if (previous != null) {
                reject(line, "repeats the draw of %s%s at line %d".formatted(date, drawNumber == null ? ""
                        : " number " + drawNumber, previous));
                return;
            }
            draws.add(new ParsedDraw(line, date, drawNumber, numbers));
        }

        ParseResult result() {
            return new ParseResult(List.copyOf(draws), List.copyOf(rejected));
        }
    }

    /** Client text as a message may quote it: at most 40 characters. */
    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
