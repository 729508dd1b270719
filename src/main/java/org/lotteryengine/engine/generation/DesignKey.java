package org.lotteryengine.engine.generation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.lotteryengine.engine.format.LotteryFormat;

/**
 * What makes a stored design valid for a request: the same game (numbers, prizes and price, so that every exact figure
 * holds), the same tier, strategy and number of tickets, the same cold-pattern choice, the same pattern data (groups,
 * hot numbers, frequent pairs and triplets: what the tickets' reports are checked against) and the same algorithm.
 * The request's qualityThreshold, budget and time limit are not part of it: they only judge a set, and a stored set is
 * judged again for each request.
 *
 * @param game the game's shape, for people, e.g. {@code 5 of 1..35}
 * @param gameDigest a digest of the game's numbers, prizes and price
 * @param targetTier the tier aimed at
 * @param tickets the tickets the set has (after any degradation cap)
 * @param coldPatterns the request's allowColdPatterns: {@code tier} (not given), {@code allowed} or {@code forbidden}
 * @param patternDigest a digest of the pattern data
 * @param algorithm the engine's version
 */
public record DesignKey(String game, String gameDigest, int targetTier, Strategy strategy, int tickets,
        String coldPatterns, String patternDigest, String algorithm) {

    /** Hex characters kept of each SHA-256 digest: 64 bits, ample for the keys of one service. */
    private static final int DIGEST_CHARACTERS = 16;

    public static DesignKey of(LotteryFormat format, PatternData patterns, GenerationRequest request, int tickets,
            String algorithm) {
        String cold = request.allowColdPatterns() == null ? "tier"
                : request.allowColdPatterns() ? "allowed" : "forbidden";
        return new DesignKey("%d of %d..%d".formatted(format.drawSize(), format.numberMin(), format.numberMax()),
                digest(format + " at " + format.ticketPrice()
                        .stripTrailingZeros()
                        .toPlainString()),
                request.targetTier(), request.strategy(), tickets, cold, digest(canonical(patterns)), algorithm);
    }

    /** The key as one string: the library's primary key. */
    public String id() {
        return digest(String.join("|", game, gameDigest, Integer.toString(targetTier), strategy.name(), Integer.toString(
                tickets), coldPatterns, patternDigest, algorithm));
    }

    private static String canonical(PatternData patterns) {
        Map<String, String> sorted = new TreeMap<>();
        patterns.groupOf()
                .forEach((pattern, group) -> sorted.put(pattern, group.name() + ":" + patterns.weightOf()
                        .get(pattern)));
        return sorted + "|" + patterns.hotNumbers() + "|" + patterns.frequentPairs() + "|" + patterns.provenTriplets();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of()
                    .formatHex(hash)
                    .substring(0, DIGEST_CHARACTERS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
