package org.lotteryengine.reliability;

import static org.lotteryengine.reliability.BadInputFuzzTest.encode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Seeded generator of bad requests to every endpoint: valid bodies with one field made wrong, fields missing or
 * unknown, whole bodies of the wrong shape, broken or deeply nested JSON, bodies over the size limit, odd media
 * types, invalid ids and path values, garbage CSV and query parameters, wrong methods.
 */
final class RequestFuzzer {

    /** One request: method, path (with query), headers, body (null: none). */
    record Fuzzed(String method, String path, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return method + " " + (path.length() > 160 ? path.substring(0, 160) + "…" : path) + " " + headers + " "
                    + shown;
        }
    }

    private static final String GENERATE = """
            {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "balanced", "lotteryType": "5/35",
             "budget": 10, "preferences": {"maxGenerationTime": 2000, "qualityThreshold": 0.5,
             "allowColdPatterns": true}, "seed": 7}""";
    /** A bonus game's generation, on a short time limit: the late ones end without a set, which is fuzzed too. */
    private static final String BONUS_GENERATE = """
            {"targetTier": "tier2+1", "numberOfTickets": 2, "strategy": "aggressive", "lotteryType": "powerball",
             "budget": 10, "preferences": {"maxGenerationTime": 300, "allowColdPatterns": false}, "seed": 7}""";
    private static final String EVALUATE = """
            {"lotteryType": "5/35", "tickets": [[5, 16, 23, 28, 34], [1, 2, 3, 4, 5]], "lowestTier": "tier3",
             "pool": [1, 2, 3, 4, 5, 6, 7, 8]}""";
    private static final String BONUS_EVALUATE = """
            {"lotteryType": "Powerball", "tickets": [[5, 16, 23, 28, 69], [1, 2, 3, 4, 5]], "bonus": [[26], [1]]}""";
    /** A backtest on the Texas game, whose draws other tests import: with them or without (422), it never fails. */
    private static final String BACKTEST = """
            {"lotteryType": "tx-cash-five-5-35", "tickets": [[5, 16, 23, 28, 34], [1, 2, 3, 4, 5]],
             "from": "2019-01-01", "to": "2020-12-31"}""";
    private static final String BONUS_BACKTEST = """
            {"lotteryType": "euromillions", "tickets": [[1, 4, 13, 22, 50], [5, 6, 7, 8, 9]], "bonus": [[1, 12], [2, 3]]}""";
    private static final String LOTTERY = """
            {"id": "fuzz", "name": "fuzz", "numberRange": {"min": 1, "max": 35}, "drawSize": 5, "ticketPrice": 1,
             "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": 15}}}""";
    private static final String BONUS_LOTTERY = """
            {"id": "fuzz-bonus", "name": "fuzz bonus", "numberRange": {"min": 1, "max": 69}, "drawSize": 5,
             "ticketPrice": 2, "bonus": {"drum": "separate", "numberRange": {"min": 1, "max": 26}, "drawSize": 1},
             "bonusTiers": [{"mainMatches": 5, "bonusMatches": 1, "prizeType": "pari_mutuel"},
             {"mainMatches": 5, "bonusMatches": 0, "prizeType": "fixed", "prize": 1000000}]}""";
    private static final String DRAWS = """
            {"draws": [{"date": "2021-03-01", "drawNumber": 1, "numbers": [35, 3, 9, 22, 14]}]}""";
    private static final String EXTEND = """
            {"additionalTime": 1000}""";

    private static final Object[] NUMBERS = { 0, -1, 1, 3, 5, 50, 500, 501, 120000, 120001, Integer.MAX_VALUE,
            Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, "99999999999999999999999999", "1e308", "-1e-308",
            "1.5", "1E400", "-0", "0.99999999999999999999" };
    private static final String[] STRINGS = { "", " ", "tier3", "tier4", "tier5", "tier99", "tier-1", "TIER4", "tier",
            "tier4+1", "tier9+9", "tier+1", "tier4+", "tier0+1",
            "balanced", "aggressive", "conservative", "BALANCED", "5/35", "5-35", "6/49", "tx-cash-five-5-35",
            "ティア４", "🎲🎲🎲", "\u0000", "\u202eevil", "' OR 1=1 --", "'; DROP TABLE user_sessions; --",
            "<script>alert(1)</script>", "%s%s%n", "../../etc/passwd", "null", "true", "12", "\ud800",
            "x".repeat(10_000) };
    private static final String[] MEDIA_TYPES = { "application/json", "application/json", "application/json",
            "text/plain", "application/xml", "application/json; charset=ISO-8859-1", "multipart/form-data",
            "application/x-www-form-urlencoded", "text/csv", "*/*", "application/octet-stream" };
    private static final String[] METHODS = { "GET", "POST", "PUT", "DELETE", "PATCH" };

    private final Random random;
    private final List<String> keys;

    /**
     * @param keys real API keys (of every scope), sent with most requests so that authentication is on and the
     *        fuzzed input still reaches every endpoint
     */
    RequestFuzzer(Random random, List<String> keys) {
        this.random = random;
        this.keys = List.copyOf(keys);
    }

    Fuzzed next() {
        return switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5 -> json("POST", "/api/v2/generate-tickets", random.nextInt(40) == 0 ? BONUS_GENERATE
                    : GENERATE);
            case 6, 7 -> random.nextInt(3) == 0 ? json("POST", "/api/v2/backtest", random.nextBoolean() ? BACKTEST
                    : BONUS_BACKTEST)
                    : json("POST", "/api/v2/evaluate", random.nextBoolean() ? EVALUATE : BONUS_EVALUATE);
            case 8 -> json("POST", "/api/v2/lotteries", random.nextBoolean() ? LOTTERY : BONUS_LOTTERY);
            case 9 -> json("POST", "/api/v2/sessions/" + id() + "/extend", EXTEND);
            case 10 -> random.nextBoolean() ? csv() : json("POST", "/api/v2/draws/" + game(), DRAWS);
            case 11 -> get("/api/v2/sessions/" + id() + (random.nextBoolean() ? ""
                    : "/export?format=" + encode(pick(new String[] { "csv", "json", "pdf", "xls", "", "CSV",
                            "%00" }))));
            case 12 -> bare(pick(new String[] { "POST", "DELETE" }), "/api/v2/sessions/" + id() + (random
                    .nextBoolean() ? "/cancel" : ""));
            case 13 -> get("/api/v2/generation-status/" + invalidId());
            case 14 -> get("/api/v2/draws/" + game() + "?page=" + encode(String.valueOf(pick(NUMBERS))) + "&size="
                    + encode(String.valueOf(pick(NUMBERS))));
            case 15 -> get("/api/v2/pattern-analysis/" + game() + (random.nextBoolean() ? ""
                    : "?source=" + encode(pick(STRINGS))));
            case 16 -> get(pick(new String[] { "/api/v2/validation/", "/api/v2/lotteries/", "/api/v2/draws/" })
                    + game());
            case 17 -> admin();
            case 18 -> bare(pick(METHODS), pick(new String[] { "/api/v2/generate-tickets", "/api/v2/evaluate",
                    "/api/v2/lotteries", "/api/v2/" + encode(pick(STRINGS)), "/api/v2/draws/" + game() + "/" + id(),
                    "/health", "/ready" }));
            default -> random.nextBoolean() ? bare("DELETE", "/api/v2/draws/" + game() + "/" + id())
                    : json("PUT", "/api/v2/generate-tickets", GENERATE);
        };
    }

    private Fuzzed get(String path) {
        return new Fuzzed("GET", path, headers(null), null);
    }

    private Fuzzed bare(String method, String path) {
        return new Fuzzed(method, path, headers(null), null);
    }

    private Fuzzed admin() {
        Map<String, String> headers = headers(null);
        switch (random.nextInt(4)) {
            // HTTP header values are printable ASCII: anything else could not even be sent.
            case 0 -> headers.put("Authorization", "Bearer " + pick(STRINGS).replaceAll("[^\\x20-\\x7e]", "?"));
            case 1 -> headers.put("Authorization", "Basic dGVzdDp0ZXN0");
            case 2 -> headers.put("Authorization", "Bearer test-admin-toke");
            default -> {
            }
        }
        return new Fuzzed("POST", "/api/v2/admin/maintenance/" + pick(new String[] { "session-cleanup",
                "pattern-refresh", "x" }), headers, null);
    }

    private Fuzzed csv() {
        StringBuilder text = new StringBuilder();
        if (random.nextBoolean()) {
            text.append(pick(new String[] { "draw_date,n1,n2,n3,n4,n5", "date;n1;n2", "\uFEFFdraw_date,n1,n2,n3,n4,n5",
                    "", "n1,n2,n3", "draw_date,draw_number,n1,n2,n3,n4,n5,n6,n7" }))
                    .append('\n');
        }
        int lines = random.nextInt(30);
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append("2024-01-%02d,%s,%s,%s,%s,%s".formatted(1 + random.nextInt(28), pick(NUMBERS),
                        pick(NUMBERS), pick(NUMBERS), pick(NUMBERS), pick(NUMBERS)));
                case 1 -> text.append(pick(STRINGS));
                case 2 -> text.append("\"unterminated,").append(pick(STRINGS));
                case 3 -> {
                    byte[] noise = new byte[random.nextInt(64)];
                    random.nextBytes(noise);
                    text.append(new String(noise, StandardCharsets.ISO_8859_1));
                }
                case 4 -> text.append("9999-99-99,1,2,3,4,5");
                default -> text.append(",,,,,,,,");
            }
            text.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        Map<String, String> headers = headers(random.nextInt(5) == 0 ? pick(MEDIA_TYPES) : "text/csv");
        String query = random.nextInt(4) == 0 ? "?strict=" + encode(pick(STRINGS)) : "";
        return new Fuzzed("POST", "/api/v2/draws/" + game() + query, headers, text.toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON body for the endpoint, made wrong in one of many ways. */
    private Fuzzed json(String method, String path, String valid) {
        String body;
        int way = random.nextInt(100);
        if (way < 55) {
            body = withField(valid, randomValue(0));
        } else if (way < 63) {
            body = withField(valid, null);
        } else if (way < 68) {
            body = valid.replaceFirst("\\{", "{\"" + pick(STRINGS).replace("\\", "").replace("\"", "")
                    + "\": " + randomValue(0) + ", ");
        } else if (way < 78) {
            body = randomValue(0);
        } else if (way < 88) {
            int cut = random.nextInt(valid.length());
            body = random.nextBoolean() ? valid.substring(0, cut)
                    : valid.substring(0, cut) + pick(new String[] { "}", "]", ",", "\"", ":", "{", "\\", "\u0000",
                            "NaN", "'" }) + valid.substring(cut);
        } else if (way < 91) {
            int depth = 500 + random.nextInt(5000);
            body = "[".repeat(depth) + "]".repeat(depth);
        } else if (way < 93) {
            body = "{\"tickets\": [" + "[1,2,3,4,5],".repeat(120_000) + "[1,2,3,4,5]]}";
        } else if (way < 96) {
            body = "";
        } else {
            body = "{\"tickets\": [" + "1,".repeat(50_000) + "1]}";
        }
        String mediaType = random.nextInt(8) == 0 ? pick(MEDIA_TYPES) : "application/json";
        return new Fuzzed(method, path, headers(mediaType), body.getBytes(StandardCharsets.UTF_8));
    }

    /** The valid body with one top-level field replaced (or removed, for null). */
    private String withField(String valid, String value) {
        List<String> fields = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"(\\w+)\":")
                .matcher(valid);
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        String field = fields.get(random.nextInt(fields.size()));
        // Replaces the field's value up to the next comma or closing brace at the same level, roughly: a fuzzer
        // needs variety, not exactness.
        java.util.regex.Matcher one = java.util.regex.Pattern.compile("\"" + field
                + "\":\\s*(\\{[^}]*\\}|\\[[^\\]]*(\\][^\\]]*)*?\\]|\"[^\"]*\"|[^,}]+)")
                .matcher(valid);
        if (!one.find()) {
            return valid;
        }
        if (value == null) {
            String removed = valid.substring(0, one.start()) + valid.substring(one.end());
            return removed.replace(", ,", ",")
                    .replace("{,", "{")
                    .replace(", }", "}");
        }
        return valid.substring(0, one.start()) + "\"" + field + "\": " + value + valid.substring(one.end());
    }

    private String randomValue(int depth) {
        int kind = random.nextInt(depth > 3 ? 4 : 7);
        return switch (kind) {
            case 0 -> pick(new String[] { "null", "true", "false" });
            case 1 -> String.valueOf(pick(NUMBERS));
            case 2, 3 -> quoted(pick(STRINGS));
            case 4 -> {
                int size = random.nextInt(6);
                List<String> items = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    items.add(randomValue(depth + 1));
                }
                yield "[" + String.join(", ", items) + "]";
            }
            case 5 -> {
                Map<String, String> members = new LinkedHashMap<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    members.put(pick(new String[] { "maxGenerationTime", "qualityThreshold", "allowColdPatterns",
                            "min", "max", "tier3", "x", "", "drum", "drawSize", "mainMatches", "bonusMatches" }),
                            randomValue(depth + 1));
                }
                yield members.entrySet()
                        .stream()
                        .map(entry -> quoted(entry.getKey()) + ": " + entry.getValue())
                        .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
            }
            default -> "[" + "7,".repeat(random.nextInt(20_000)) + "7]";
        };
    }

    private Map<String, String> headers(String mediaType) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (mediaType != null) {
            headers.put("Content-Type", mediaType);
        }
        // Mostly a real key; sometimes none (anonymous, by address) or one that was never issued (401).
        int who = random.nextInt(10);
        if (who < 7) {
            headers.put("X-API-Key", keys.get(random.nextInt(keys.size())));
        } else if (who == 7) {
            headers.put("X-API-Key", "fuzz-" + random.nextInt(1_000_000));
        }
        return headers;
    }

    private String id() {
        return random.nextInt(3) == 0 ? UUID.randomUUID()
                .toString() : invalidId();
    }

    private String invalidId() {
        return encode(pick(new String[] { "not-a-uuid", "00000000-0000-0000-0000-00000000000g", "1", "",
                "' OR '1'='1", "../../etc/passwd", "%00", "z".repeat(5000), "ffffffff-ffff-ffff-ffff-ffffffffffff",
                "\u202e", "12345678-1234-1234-1234-1234567890123" }));
    }

    private String game() {
        return encode(pick(new String[] { "5-35", "5%2F35", "6-49", "tx-cash-five-5-35", "fuzz-game", "", "powerball",
                "euromillions", "fuzz-bonus",
                "' OR 1=1 --", "x".repeat(3000), "ティア", "..%2F..", "%00" }));
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"')
                .toString();
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }
}
