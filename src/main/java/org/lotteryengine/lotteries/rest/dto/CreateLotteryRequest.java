package org.lotteryengine.lotteries.rest.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new game: k-of-n, or with bonus numbers when {@code bonus} is given. Bean validation checks the shape; the engine
 * checks that the game can exist (k-of-n: numbers 0..64, at most 64 of them, 1..10 drawn, prizes only for possible
 * match counts; with a bonus: main and bonus numbers 0..99, tiers ranked best first) and says why when it cannot.
 */
@Schema(name = "CreateLotteryRequest")
public record CreateLotteryRequest(
        @Schema(description = "Path-safe id: lower-case letters and digits in dash-separated words", examples = "lotto-6-49") @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case letters and digits in dash-separated words, e.g. lotto-6-49") String id,
        @Schema(description = "Display name, unique", examples = "6/49") @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
        @Size(max = 500) @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String description,
        @Schema(description = "Smallest and largest number") @NotNull @Valid NumberRange numberRange,
        @Schema(description = "Numbers drawn and on a ticket", examples = "6") @NotNull Integer drawSize,
        @Schema(description = "Price of one ticket, at most 2 decimals", examples = "2.00") @NotNull @Digits(integer = 8, fraction = 2, message = "must have at most 8 digits before the point and 2 after") BigDecimal ticketPrice,
        @Schema(description = "ISO 4217 currency", examples = "USD", defaultValue = "USD") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
        @Schema(description = "k-of-n games: prize per tier, keyed tierM for exactly M matches") Map<String, @NotNull(message = "must be a prize, not null") @Valid PrizeRequest> prizeStructure,
        @Schema(description = "Bonus games only: the bonus numbers and where they are drawn from") @Valid BonusRequest bonus,
        @Schema(description = "Bonus games only: the prize tiers, best first, each for (main matches, bonus matches)") @Size(max = 40) List<@NotNull(message = "must be a tier, not null") @Valid BonusTierRequest> bonusTiers) {

    /** The smallest and largest number of the game. */
    @Schema(name = "NumberRangeRequest")
    public record NumberRange(@NotNull Integer min, @NotNull Integer max) {
    }

    /** The bonus numbers of a game that draws them. */
    @Schema(name = "BonusRequest")
    public record BonusRequest(
            @Schema(description = "separate: a drum of its own (Powerball, EuroMillions); same: one more ball from the main drum (UK Lotto)", examples = "separate") @NotBlank String drum,
            @Schema(description = "Smallest and largest bonus number; separate drum only") @Valid NumberRange numberRange,
            @Schema(description = "Bonus numbers drawn: 1 or 2 from a separate drum, 1 from the same drum", examples = "1", defaultValue = "1") Integer drawSize) {
    }

    /** A prize tier of a bonus game. */
    @Schema(name = "BonusTierRequest")
    public record BonusTierRequest(
            @Schema(examples = "5") @NotNull Integer mainMatches,
            @Schema(examples = "1") @NotNull Integer bonusMatches,
            @Schema(description = "fixed, free_ticket or pari_mutuel", examples = "fixed") @NotBlank String prizeType,
            @Schema(description = "Amount, at most 2 decimals; absent for pari_mutuel", examples = "50000.00") @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits before the point and 2 after") BigDecimal prize,
            @Size(max = 200) @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String description) {
    }

    /** The prize of one tier. */
    @Schema(name = "PrizeRequest")
    public record PrizeRequest(
            @Schema(description = "fixed, free_ticket or pari_mutuel", examples = "fixed") @NotBlank String prizeType,
            @Schema(description = "Amount, at most 2 decimals; absent for pari_mutuel", examples = "10.00") @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits before the point and 2 after") BigDecimal prize,
            @Size(max = 200) @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String description) {
    }
}
