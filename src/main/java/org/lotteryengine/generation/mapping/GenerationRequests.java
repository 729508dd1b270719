package org.lotteryengine.generation.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lotteryengine.engine.format.InvalidFormatException;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.GenerationRequest;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.generation.rest.dto.GenerateTicketsRequest;
import org.lotteryengine.platform.codes.Codes;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;

/**
 * A generate request as the engine takes it: the tier and strategy names read, each missing or unreadable field refused
 * with its own code of spec 10.1. The rules on the values (which tiers, how many tickets, budgets, preferences) are the
 * engine's validation, checked once the game is known.
 */
final class GenerationRequests {

    /** A bonus game's tier: main matches, then bonus matches. */
    private static final Pattern BONUS_TIER = Pattern.compile("tier(\\d{1,2})\\+(\\d)");

    private GenerationRequests() {
    }

    /**
     * @param maxTickets shown as the allowed range when the ticket count is missing
     * @throws InvalidRequestException for the first field that is missing or unreadable: tier, count, strategy
     */
    static GenerationRequest toEngineRequest(GenerateTicketsRequest command, int maxTickets) {
        int tier = tier(command.targetTier());
        int tickets = ticketCount(command.numberOfTickets(), maxTickets);
        Strategy strategy = strategy(command.strategy());
        GenerateTicketsRequest.Preferences preferences = command.preferences();
        return new GenerationRequest(tier, tickets, strategy, command.budget(),
                preferences == null ? null : preferences.maxGenerationTime(),
                preferences == null ? null : preferences.qualityThreshold(),
                preferences == null ? null : preferences.allowColdPatterns(), command.seed());
    }

    private static int tier(String targetTier) {
        if (targetTier == null) {
            throw new InvalidRequestException(ErrorCode.INVALID_TIER, "targetTier is required, e.g. tier4", Map.of(
                    "field", "targetTier"));
        }
        Matcher bonus = BONUS_TIER.matcher(targetTier);
        if (bonus.matches()) {
            // A bonus game's tier; the game, once known, checks it and resolves its rank.
            return Integer.parseInt(bonus.group(1));
        }
        try {
            return LotteryFormat.matchesOfTier(targetTier);
        } catch (InvalidFormatException e) {
            throw new InvalidRequestException(ErrorCode.INVALID_TIER, "targetTier must be tierM, e.g. tier4 (tierM+B"
                    + " for a game with bonus numbers, e.g. tier4+1), got '"
                    + shown(targetTier) + "'", Map.of("field", "targetTier", "provided", shown(targetTier)));
        }
    }

    private static int ticketCount(Integer numberOfTickets, int maxTickets) {
        if (numberOfTickets == null) {
            throw new InvalidRequestException(ErrorCode.INVALID_TICKET_COUNT, "numberOfTickets is required", Map.of(
                    "field", "numberOfTickets", "allowed", Map.of("min", 1, "max", maxTickets)));
        }
        return numberOfTickets;
    }

    private static Strategy strategy(String strategy) {
        try {
            return Codes.parse(Strategy.class, strategy == null ? "" : strategy.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(ErrorCode.INVALID_STRATEGY,
                    "strategy must be conservative, balanced or aggressive, got '" + shown(strategy) + "'", Map.of(
                            "field", "strategy", "provided", shown(strategy), "allowed", List.of("conservative",
                                    "balanced", "aggressive")));
        }
    }

    /** A client's text as a message may quote it. */
    private static String shown(String text) {
        return text == null ? "null" : text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
