package org.lotteryengine.draws.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotteryengine.draws.service.DrawFileParser.BonusParseResult;
import org.lotteryengine.draws.service.DrawFileParser.DrawInput;
import org.lotteryengine.draws.service.DrawFileParser.RejectedRow;
import org.lotteryengine.engine.format.BonusGames;
import org.lotteryengine.platform.error.MalformedDrawFileException;

/**
 * Draw files of bonus games: bonus columns found by name, and every bad row listed with its line and reason.
 */
class BonusDrawFileParserTest {

    @Test
    void aPowerballFileListsEachBadRowWithItsLineAndReason() throws IOException {
        String csv = """
                draw_date,draw_number,n1,n2,n3,n4,n5,powerball
                2024-01-01,1,69,12,33,4,50,26
                2024-01-03,2,1,2,3,4,5,27
                2024-01-06,3,1,2,3,4,70,1
                2024-01-08,4,1,2,3,4,5
                2024-01-10,5,1,2,3,4,4,9
                2024-01-13,6,1,2,3,4,5,x
                2024-01-01,1,7,8,9,10,11,12
                2024-01-15,7,5,10,15,20,25,5
                """;

        BonusParseResult result = DrawFileParser.parseBonusCsv(new StringReader(csv), BonusGames.powerball(),
                DrawFileParserTest.ALL_DATES);

        assertThat(result.rejected()).containsExactly(new RejectedRow(3, "bonus number 27 is outside 1..26"),
                new RejectedRow(4, "main number 70 is outside 1..69"), new RejectedRow(5,
                        "expected 8 columns, found 7"),
                new RejectedRow(6, "main number 4 appears twice"),
                new RejectedRow(7, "'x' is not a number"), new RejectedRow(8,
                        "repeats the draw of 2024-01-01 number 1 at line 2"));
        assertThat(result.draws()).hasSize(2);
        assertThat(result.draws()
                .get(0)
                .draw()
                .main()).containsExactly(4, 12, 33, 50, 69);
        assertThat(result.draws()
                .get(0)
                .draw()
                .bonus()).containsExactly(26);
        // A bonus number may equal a main number when it has a drum of its own.
        assertThat(result.draws()
                .get(1)
                .draw()
                .bonus()).containsExactly(5);
        assertThat(result.draws()
                .get(1)
                .line()).isEqualTo(9);
    }

    @Test
    void aSameDrumBonusBallThatIsAlsoAMainNumberIsRefused() throws IOException {
        String csv = """
                Date,Ball 1,Ball 2,Ball 3,Ball 4,Ball 5,Ball 6,Bonus Ball
                2024-02-03,1,2,3,4,5,6,7
                2024-02-07,1,2,3,4,5,6,6
                2024-02-10,1,2,3,4,5,6,60
                """;

        BonusParseResult result = DrawFileParser.parseBonusCsv(new StringReader(csv), BonusGames.ukLotto(),
                DrawFileParserTest.ALL_DATES);

        assertThat(result.rejected()).containsExactly(new RejectedRow(3,
                "the bonus ball 6 is also a main number: it is drawn from the balls left"),
                new RejectedRow(4,
                        "bonus ball 60 is outside 1..59"));
        assertThat(result.draws()).hasSize(1);
    }

    @Test
    void euroMillionsLuckyStarsAreFoundByTheirNames() throws IOException {
        String csv = """
                date,Ball 1,Ball 2,Ball 3,Ball 4,Ball 5,Lucky Star 1,Lucky Star 2
                2024-03-01,50,1,22,13,4,12,1
                """;

        BonusParseResult result = DrawFileParser.parseBonusCsv(new StringReader(csv), BonusGames.euroMillions(),
                DrawFileParserTest.ALL_DATES);

        assertThat(result.rejected()).isEmpty();
        assertThat(result.draws()
                .get(0)
                .draw()
                .bonus()).containsExactly(1, 12);
    }

    @Test
    void aHeaderWithoutTheBonusColumnsIsRefusedAsAWhole() {
        String csv = """
                draw_date,n1,n2,n3,n4,n5,n6
                2024-01-01,1,2,3,4,5,6
                """;

        assertThatThrownBy(() -> DrawFileParser.parseBonusCsv(new StringReader(csv), BonusGames.powerball(),
                DrawFileParserTest.ALL_DATES))
                .isInstanceOf(MalformedDrawFileException.class)
                .hasMessage("the CSV header must name 5 main number columns and 1 bonus column (named bonus…,"
                        + " powerball…, star…, lucky… or megaball…) besides draw_date, found [n1, n2, n3, n4, n5,"
                        + " n6] and []");
    }

    @Test
    void jsonRowsAreCheckedTheSameWay() {
        BonusParseResult result = DrawFileParser.parseBonusJson(Arrays.asList(new DrawInput("2024-01-01", null,
                List.of(1, 2, 3, 4, 5), List.of(26)),
                new DrawInput("2024-01-03", null, List.of(1, 2, 3, 4, 5),
                        null),
                null, new DrawInput("2024-01-06", null, List.of(1, 2, 3, 4, 5), List.of(0))),
                BonusGames.powerball(), DrawFileParserTest.ALL_DATES);

        assertThat(result.rejected()).containsExactly(new RejectedRow(2, "expected 1 bonus number, found 0"),
                new RejectedRow(3, "empty row"), new RejectedRow(4, "bonus number 0 is outside 1..26"));
        assertThat(result.draws()).hasSize(1);
    }
}
