package org.lotteryengine.draws.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.Formats;
import org.lotteryengine.platform.error.MalformedDrawFileException;
import org.lotteryengine.support.SharedData;

class DrawFileParserTest {

    /** Every date the shared files hold, and more. */
    static final DrawFileParser.DateWindow ALL_DATES = new DrawFileParser.DateWindow(LocalDate.of(1900, 1, 1),
            LocalDate.of(2100, 1, 1));

    @Test
    void readsBothSharedFilesInFull() throws IOException {
        try (Reader reader = Files.newBufferedReader(SharedData.file(SharedData.TEXAS_5_35))) {
            DrawFileParser.ParseResult result = DrawFileParser.parseCsv(reader, Formats.texasCashFive(), ALL_DATES);
            assertThat(result.rejected()).isEmpty();
            assertThat(result.draws()).hasSize(1_035);
            // SOURCES.md: the first draw is 2018-09-24, 8 15 16 20 35; the file runs to 2022-01-12.
            assertThat(result.draws()
                    .get(0)
                    .date()).isEqualTo(LocalDate.of(2018, 9, 24));
            assertThat(result.draws()
                    .get(0)
                    .numbers()).containsExactly(8, 15, 16, 20, 35);
            assertThat(result.draws()
                    .get(1_034)
                    .date()).isEqualTo(LocalDate.of(2022, 1, 12));
        }
        try (Reader reader = Files.newBufferedReader(SharedData.file(SharedData.TEXAS_5_37))) {
            DrawFileParser.ParseResult result = DrawFileParser.parseCsv(reader, Formats.texasCash5(), ALL_DATES);
            assertThat(result.rejected()).isEmpty();
            assertThat(result.draws()).hasSize(5_058);
        }
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndReason() throws IOException {
        String csv = """
                draw_date,n1,n2,n3,n4,n5
                2020-01-01,1,2,3,4,5
                2020-01-02,1,2,3,4,36
                2020-01-03,1,2,3,4,4
                2020-01-04,1,2,3,4
                2020-13-05,1,2,3,4,5
                2020-01-06,1,2,x,4,5
                2020-01-01,6,7,8,9,10
                2020-01-07,35,3,22,14,9
                """;
        DrawFileParser.ParseResult result = DrawFileParser.parseCsv(new StringReader(csv), Formats.spec535(), ALL_DATES);
        assertThat(result.draws()).extracting(DrawFileParser.ParsedDraw::line)
                .containsExactly(2L, 9L);
        assertThat(result.draws()
                .get(1)
                .numbers()).containsExactly(3, 9, 14, 22, 35);
        assertThat(result.rejected()).containsExactly(
                new DrawFileParser.RejectedRow(3, "36 is not a number of this game (1..35)"),
                new DrawFileParser.RejectedRow(4, "4 appears twice"),
                new DrawFileParser.RejectedRow(5, "expected 6 columns, found 5"),
                new DrawFileParser.RejectedRow(6, "bad date '2020-13-05' (expected YYYY-MM-DD)"),
                new DrawFileParser.RejectedRow(7, "'x' is not a number"),
                new DrawFileParser.RejectedRow(8, "repeats the draw of 2020-01-01 at line 2"));
    }

    @Test
    void aDrawNumberColumnIsOptionalAndChecked() throws IOException {
        String csv = """
                date,draw_number,a,b,c,d,e
                2020-01-01,1,1,2,3,4,5
                2020-01-01,2,6,7,8,9,10
                2020-01-02,-4,6,7,8,9,10
                """;
        DrawFileParser.ParseResult result = DrawFileParser.parseCsv(new StringReader(csv), Formats.spec535(), ALL_DATES);
        assertThat(result.draws()).extracting(DrawFileParser.ParsedDraw::drawNumber)
                .containsExactly(1, 2);
        assertThat(result.rejected()).containsExactly(
                new DrawFileParser.RejectedRow(4, "bad draw number -4 (must be positive)"));
    }

    @Test
    void aHeaderWithoutDateOrWithTheWrongNumberColumnsIsRefused() {
        assertThatThrownBy(() -> DrawFileParser.parseCsv(new StringReader("n1,n2,n3,n4,n5\n1,2,3,4,5\n"),
                Formats.spec535(), ALL_DATES)).hasMessageContaining("must name a date column");
        assertThatThrownBy(() -> DrawFileParser.parseCsv(new StringReader("draw_date,n1,n2\n2020-01-01,1,2\n"),
                Formats.spec535(), ALL_DATES))
                .hasMessage("the CSV header must name 5 number columns besides draw_date, found [n1, n2]");
    }

    @Test
    void jsonRowsAreCheckedTheSameWay() {
        DrawFileParser.ParseResult result = DrawFileParser.parseJson(Arrays.asList(
                new DrawFileParser.DrawInput("2020-01-01", null, List.of(5, 4, 3, 2, 1), null),
                new DrawFileParser.DrawInput("yesterday", null, List.of(1, 2, 3, 4, 5), null),
                null,
                new DrawFileParser.DrawInput("2020-01-02", 7, null, null)), Formats.spec535(), ALL_DATES);
        assertThat(result.draws()).hasSize(1);
        assertThat(result.draws()
                .get(0)
                .numbers()).containsExactly(1, 2, 3, 4, 5);
        assertThat(result.rejected()).containsExactly(
                new DrawFileParser.RejectedRow(2, "bad date 'yesterday' (expected YYYY-MM-DD)"),
                new DrawFileParser.RejectedRow(3, "empty row"),
                new DrawFileParser.RejectedRow(4, "expected 5 numbers, found 0"));
    }

    @Test
    void aBrokenCsvIsRefusedAsMalformedNotAsAFault() {
        // Found by BadInputFuzzTest: an unterminated quote used to escape as a server error.
        assertThatThrownBy(() -> DrawFileParser.parseCsv(new StringReader("""
                draw_date,n1,n2,n3,n4,n5
                "2024-01-01,1,2,3,4,5
                """), Formats.spec535(), ALL_DATES)).isInstanceOf(MalformedDrawFileException.class)
                .hasMessage("the CSV could not be read: (startline 2) EOF reached before encapsulated token finished");
        assertThatThrownBy(() -> DrawFileParser.parseCsv(new StringReader("draw_date,n1,n1,n3,n4,n5\n"), Formats
                .spec535(), ALL_DATES)).isInstanceOf(MalformedDrawFileException.class)
                .hasMessageStartingWith("the CSV could not be read: ");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsSkipped() throws IOException {
        // Spreadsheet programs save "CSV UTF-8" with one; it used to make the date column unknown.
        DrawFileParser.ParseResult result = DrawFileParser.parseCsv(new StringReader(
                "\uFEFFdraw_date,n1,n2,n3,n4,n5\n2020-01-01,1,2,3,4,5\n"), Formats.spec535(), ALL_DATES);
        assertThat(result.rejected()).isEmpty();
        assertThat(result.draws()).singleElement()
                .extracting(DrawFileParser.ParsedDraw::date)
                .isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void datesOutsideTheWindowAreRejectedWithTheirLine() throws IOException {
        DrawFileParser.DateWindow window = new DrawFileParser.DateWindow(LocalDate.of(1900, 1, 1), LocalDate.of(2026,
                12, 2));
        DrawFileParser.ParseResult result = DrawFileParser.parseCsv(new StringReader("""
                draw_date,n1,n2,n3,n4,n5
                2099-12-31,1,2,3,4,5
                0000-01-01,1,2,3,4,5
                +99999-01-01,1,2,3,4,5
                2026-12-02,1,2,3,4,5
                1900-01-01,1,2,3,4,5
                """), Formats.spec535(), window);
        assertThat(result.draws()).extracting(DrawFileParser.ParsedDraw::line)
                .containsExactly(5L, 6L);
        assertThat(result.rejected()).containsExactly(
                new DrawFileParser.RejectedRow(2, "date 2099-12-31 is outside 1900-01-01..2026-12-02"),
                new DrawFileParser.RejectedRow(3, "date 0000-01-01 is outside 1900-01-01..2026-12-02"),
                new DrawFileParser.RejectedRow(4, "date +99999-01-01 is outside 1900-01-01..2026-12-02"));
    }
}
