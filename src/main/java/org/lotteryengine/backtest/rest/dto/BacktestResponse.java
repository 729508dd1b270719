package org.lotteryengine.backtest.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a ticket set would have done over real draws, every figure beside what the exact distribution predicts for that
 * many draws.
 */
@Schema(name = "BacktestResponse")
public record BacktestResponse(
        @Schema(description = "The game's name", examples = "5/35") String lotteryType,
        @Schema(description = "ISO 4217 code of every amount", examples = "USD") String currency,
        @Schema(description = "The session replayed, if one was") String sessionId,
        @Schema(description = "Real draws replayed") int draws,
        @Schema(description = "The oldest draw's date") LocalDate from,
        @Schema(description = "The newest draw's date") LocalDate to,
        @Schema(description = "Tickets played on every draw") int tickets,
        @Schema(description = "What playing them on every draw cost") BigDecimal cost,
        @Schema(description = "Every prized tier, best first") List<TierLine> tiers,
        @Schema(description = "Fixed and free-ticket prizes won (free tickets at the ticket price); pari-mutuel wins are counted in their tier only") Money payout,
        @Schema(description = "Payout minus cost") Money net,
        @Schema(description = "Draws on which some ticket won a prize") Count drawsWithWin,
        @Schema(description = "The most consecutive draws without a prize") Run longestRunWithoutWin,
        @Schema(description = "The best wins, best tier first, then newest first (at most 10)") List<Win> topWins,
        @Schema(description = "How the predictions are computed") String method) {

    /**
     * What the exact distribution of a count predicts over the backtest's draws.
     *
     * @param mean the expected value
     * @param low95 2.5% quantile: the count is below it with probability at most 2.5%
     * @param high95 97.5% quantile: the count is above it with probability at most 2.5%
     * @param probabilityAtMostObserved P(count &le; observed): small means unlucky
     * @param probabilityAtLeastObserved P(count &ge; observed): small means lucky
     */
    @Schema(name = "BacktestExpectation")
    public record Expectation(BigDecimal mean, long low95, long high95, Double probabilityAtMostObserved,
            Double probabilityAtLeastObserved) {
    }

    /** A money figure and its prediction; the probabilities are null where only bounds of the interval were computed. */
    @Schema(name = "BacktestMoney")
    public record Money(BigDecimal observed, MoneyExpectation expected) {
    }

    @Schema(name = "BacktestMoneyExpectation")
    public record MoneyExpectation(BigDecimal mean, BigDecimal low95, BigDecimal high95, Double probabilityAtMostObserved,
            Double probabilityAtLeastObserved) {
    }

    @Schema(name = "BacktestCount")
    public record Count(long observed, Expectation expected) {
    }

    @Schema(name = "BacktestRun")
    public record Run(long observed, LocalDate from, LocalDate to, Expectation expected) {
    }

    /** One prized tier's wins. */
    @Schema(name = "BacktestTier")
    public record TierLine(
            @Schema(description = "tierM for a k-of-n game, main+bonus matches for a bonus game", examples = "tier3") String tier,
            @Schema(description = "Matches (main matches for a bonus game)") int matches,
            @Schema(description = "A bonus game's bonus matches; null for a k-of-n game") Integer bonusMatches,
            @Schema(description = "fixed, free_ticket or pari_mutuel") String prizeType,
            @Schema(description = "The prize per winning ticket; null for pari-mutuel") BigDecimal prize,
            @Schema(description = "Tickets won by this tier, summed over the draws") long winningTickets,
            Expectation expected) {
    }

    /** One of the best wins. */
    @Schema(name = "BacktestWin")
    public record Win(LocalDate date, Integer drawNumber,
            @Schema(description = "The ticket's position in the set, from 1") int ticket,
            List<Integer> numbers,
            @Schema(description = "The ticket's bonus numbers (separate bonus drum); null otherwise") List<Integer> bonusNumbers,
            String tier, String prizeType, BigDecimal prize) {
    }
}
