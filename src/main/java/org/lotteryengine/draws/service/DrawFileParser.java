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
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.InvalidFormatException;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.history.BonusDraw;
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
    /** How a bonus column's name starts, in lower-case letters and digits. */
    private static final List<String> BONUS_COLUMNS = List.of("bonus", "powerball", "star", "lucky", "megaball");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private DrawFileParser() {
    }

    /**
     * A row that passed every check. {@code line} is the CSV line (header = 1) or the JSON position (from 1);
     * {@code bonus} is null for a k-of-n game.
     */
    public record ParsedDraw(long line, LocalDate date, Integer drawNumber, int[] numbers, int[] bonus) {
    }

    /** A row that did not. */
    public record RejectedRow(long line, String reason) {
    }

    /** The outcome of reading an upload. */
    public record ParseResult(List<ParsedDraw> draws, List<RejectedRow> rejected) {
    }

    /** A row of a JSON upload, before checking: {@code numbers} are the main numbers; a k-of-n game has no bonus. */
    public record DrawInput(String date, Integer drawNumber, List<Integer> numbers, List<Integer> bonus) {
    }

    /** A bonus game's row that passed every check. */
    public record ParsedBonusDraw(long line, Integer drawNumber, BonusDraw draw) {
    }

    /** The outcome of reading a bonus game's upload. */
    public record BonusParseResult(List<ParsedBonusDraw> draws, List<RejectedRow> rejected) {
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
        Checker<int[]> checker = new Checker<>(dates, numbersOf(format));
        readCsv(csv, format.drawSize(), 0, checker);
        return kOfN(checker);
    }

    /**
     * Reads a bonus game's CSV upload: besides the date (and draw number) columns, k main number columns and b bonus
     * columns, the bonus ones named {@code bonus…}, {@code powerball…}, {@code star…}, {@code lucky…} or
     * {@code megaball…} (letters and digits only, any case: "Lucky Star 1", "bonus_ball"), the others main.
     *
     * @throws MalformedDrawFileException when the header does not name them, or the file cannot be read as CSV
     */
    public static BonusParseResult parseBonusCsv(Reader csv, BonusGame game, DateWindow dates) throws IOException {
        Checker<BonusDraw> checker = new Checker<>(dates, bonusDrawOf(game));
        readCsv(csv, game.mainDrawn(), game.bonusDrawn(), checker);
        return bonus(checker);
    }

    private static void readCsv(Reader csv, int mainColumns, int bonusColumns, Checker<?> checker)
            throws IOException {
        try {
            readRecords(withoutByteOrderMark(csv), mainColumns, bonusColumns, checker);
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

    private static void readRecords(Reader csv, int mainColumns, int bonusColumns, Checker<?> checker)
            throws IOException {
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
            List<String> bonus = bonusColumns == 0 ? List.of()
                    : numberColumns.stream()
                            .filter(DrawFileParser::namesBonus)
                            .toList();
            List<String> main = numberColumns.stream()
                    .filter(name -> !bonus.contains(name))
                    .toList();
            if (main.size() != mainColumns || bonus.size() != bonusColumns) {
                String besides = drawNumberColumn == null ? shorten(dateColumn)
                        : shorten(dateColumn) + " and " + shorten(drawNumberColumn);
                throw new MalformedDrawFileException(bonusColumns == 0
                        ? "the CSV header must name %d number columns besides %s, found %s".formatted(mainColumns,
                                besides, shorten(numberColumns.toString()))
                        : ("the CSV header must name %d main number columns and %d bonus column%s (named bonus…,"
                                + " powerball…, star…, lucky… or megaball…) besides %s, found %s and %s").formatted(
                                        mainColumns, bonusColumns, bonusColumns == 1 ? "" : "s", besides, shorten(main
                                                .toString()),
                                        shorten(bonus.toString())));
            }
            for (CSVRecord record : parser) {
                // Line of the record's start in the file: the header is line 1.
                long line = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    checker.reject(line, "expected %d columns, found %d".formatted(header.size(), record.size()));
                    continue;
                }
                checker.check(line, record.get(dateColumn), drawNumberColumn == null ? null
                        : record.get(drawNumberColumn),
                        main.stream()
                                .map(record::get)
                                .toList(),
                        bonus.stream()
                                .map(record::get)
                                .toList());
            }
        }
    }

    private static boolean namesBonus(String column) {
        String name = column.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        return BONUS_COLUMNS.stream()
                .anyMatch(name::startsWith);
    }

    /** Checks a JSON upload, row by row; {@code line} is the position in the list, from 1. */
    public static ParseResult parseJson(List<DrawInput> rows, LotteryFormat format, DateWindow dates) {
        Checker<int[]> checker = new Checker<>(dates, numbersOf(format));
        for (int i = 0; i < rows.size(); i++) {
            DrawInput row = rows.get(i);
            if (row == null) {
                checker.reject(i + 1, "empty row");
                continue;
            }
            if (row.bonus() != null) {
                checker.reject(i + 1, "this game draws no bonus numbers");
                continue;
            }
            checker.check(i + 1, row.date(), text(row.drawNumber()), cells(row.numbers()), null);
        }
        return kOfN(checker);
    }

    /** Checks a bonus game's JSON upload, row by row; {@code line} is the position in the list, from 1. */
    public static BonusParseResult parseBonusJson(List<DrawInput> rows, BonusGame game, DateWindow dates) {
        Checker<BonusDraw> checker = new Checker<>(dates, bonusDrawOf(game));
        for (int i = 0; i < rows.size(); i++) {
            DrawInput row = rows.get(i);
            if (row == null) {
                checker.reject(i + 1, "empty row");
                continue;
            }
            checker.check(i + 1, row.date(), text(row.drawNumber()), cells(row.numbers()), cells(row.bonus()));
        }
        return bonus(checker);
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    private static List<String> cells(List<Integer> numbers) {
        return numbers == null ? null
                : numbers.stream()
                        .map(number -> number == null ? "" : number.toString())
                        .toList();
    }

    private static String find(List<String> header, List<String> candidates) {
        for (String name : header) {
            if (candidates.contains(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        return null;
    }

    /**
     * Checks a row's numbers and gives them as the game keeps them.
     *
     * @throws IllegalArgumentException with the reason the row is refused
     */
    @FunctionalInterface
    private interface NumbersRule<T> {
        T check(LocalDate date, List<String> main, List<String> bonus);
    }

    /** A row that passed every check, with its numbers as the rule gave them. */
    private record Accepted<T>(long line, LocalDate date, Integer drawNumber, T numbers) {
    }

    /** The checks every row goes through: date, draw number and repeats here, the numbers by the game's rule. */
    private static final class Checker<T> {
        private final DateWindow dates;
        private final NumbersRule<T> rule;
        private final List<Accepted<T>> accepted = new ArrayList<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private final Map<String, Long> seen = new HashMap<>();

        Checker(DateWindow dates, NumbersRule<T> rule) {
            this.dates = dates;
            this.rule = rule;
        }

        void reject(long line, String reason) {
            rejected.add(new RejectedRow(line, reason));
        }

        void check(long line, String dateText, String drawNumberText, List<String> main, List<String> bonus) {
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
            T numbers;
            try {
                numbers = rule.check(date, main, bonus);
            } catch (IllegalArgumentException refused) {
                reject(line, refused.getMessage());
                return;
            }
            String key = date + "#" + drawNumber;
            Long previous = seen.putIfAbsent(key, line);
            if (previous != null) {
                reject(line, "repeats the draw of %s%s at line %d".formatted(date, drawNumber == null ? ""
                        : " number " + drawNumber, previous));
                return;
            }
            accepted.add(new Accepted<>(line, date, drawNumber, numbers));
        }
    }

    /** A k-of-n game's rule: k distinct numbers of the game, sorted. */
    private static NumbersRule<int[]> numbersOf(LotteryFormat format) {
        return (date, cells, bonus) -> {
            if (cells == null || cells.size() != format.drawSize()) {
                throw new IllegalArgumentException("expected %d numbers, found %d".formatted(format.drawSize(),
                        cells == null ? 0 : cells.size()));
            }
            int[] numbers = integers(cells);
            try {
                format.maskOf(numbers);
            } catch (InvalidFormatException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            Arrays.sort(numbers);
            return numbers;
        };
    }

    /** A bonus game's rule: {@link BonusDraw#of}. */
    private static NumbersRule<BonusDraw> bonusDrawOf(BonusGame game) {
        return (date, main, bonus) -> BonusDraw.of(game, date, main == null ? null : integers(main), bonus == null
                ? null
                : integers(bonus));
    }

    private static int[] integers(List<String> cells) {
        int[] numbers = new int[cells.size()];
        for (int i = 0; i < numbers.length; i++) {
            try {
                numbers[i] = Integer.parseInt(cells.get(i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'%s' is not a number".formatted(shorten(cells.get(i))));
            }
        }
        return numbers;
    }

    private static ParseResult kOfN(Checker<int[]> checker) {
        return new ParseResult(checker.accepted.stream()
                .map(row -> new ParsedDraw(row.line(), row.date(), row.drawNumber(), row.numbers(), null))
                .toList(), List.copyOf(checker.rejected));
    }

    /** A bonus game's rows in the form every game's rows are stored in: main numbers and bonus numbers, sorted. */
    public static ParseResult asStored(BonusParseResult parsed) {
        return new ParseResult(parsed.draws()
                .stream()
                .map(row -> new ParsedDraw(row.line(), row.draw()
                        .date(), row.drawNumber(),
                        row.draw()
                                .main(),
                        row.draw()
                                .bonus()))
                .toList(), parsed.rejected());
    }

    private static BonusParseResult bonus(Checker<BonusDraw> checker) {
        return new BonusParseResult(checker.accepted.stream()
                .map(row -> new ParsedBonusDraw(row.line(), row.drawNumber(), row.numbers()))
                .toList(), List.copyOf(checker.rejected));
    }

    /** Client text as a message may quote it: at most 40 characters. */
    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
