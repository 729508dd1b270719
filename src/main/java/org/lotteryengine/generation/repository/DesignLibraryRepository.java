package org.lotteryengine.generation.repository;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.evaluation.TicketSetEvaluation;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.DesignKey;
import org.lotteryengine.engine.generation.GeneratedTicket;
import org.lotteryengine.engine.generation.QualityMetrics;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.engine.generation.TicketDesign;
import org.lotteryengine.engine.generation.TicketStrategy;
import org.lotteryengine.engine.history.PatternGroup;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The design library's table (V5): one row per {@link DesignKey}, through the reactive SQL client. Two rules make it
 * safe for any number of replicas: a design is replaced only by one with a higher objective, decided by PostgreSQL in
 * the upsert itself (a compare-and-set: concurrent offers queue on the row and each compares with the latest), and
 * background work takes a lease on a row chosen under {@code FOR UPDATE SKIP LOCKED}, so that two replicas never pick
 * the same key at once.
 */
@ApplicationScoped
public class DesignLibraryRepository {

    private static final String DESIGN_COLUMNS = "revision, objective, ticket_masks, ticket_patterns, ticket_groups,"
            + " ticket_strategies, ticket_anchors, ticket_shares, pool, wheel_guarantees, lowest_tier,"
            + " draws_with_best_match, guaranteed_matches, payout_cents, payout_draws, coverage, seed, search_attempts,"
            + " search_ms, total_search_ms, found_at, requests";
    private static final String KEY_COLUMNS = "design_key, game, game_digest, target_tier, strategy, tickets,"
            + " cold_patterns, pattern_digest, algorithm, lottery_id";
    private static final String FIND = "SELECT " + KEY_COLUMNS + ", " + DESIGN_COLUMNS
            + " FROM design_library WHERE design_key = $1";
    private static final String OFFER = "INSERT INTO design_library (" + KEY_COLUMNS + ", objective, ticket_masks,"
            + " ticket_patterns, ticket_groups, ticket_strategies, ticket_anchors, ticket_shares, pool, wheel_guarantees,"
            + " lowest_tier, draws_with_best_match, guaranteed_matches, payout_cents, payout_draws, coverage, seed,"
            + " search_attempts, search_ms, total_search_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,"
            + " $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29)"
            + " ON CONFLICT (design_key) DO UPDATE SET revision = design_library.revision + 1,"
            + " objective = EXCLUDED.objective, ticket_masks = EXCLUDED.ticket_masks,"
            + " ticket_patterns = EXCLUDED.ticket_patterns, ticket_groups = EXCLUDED.ticket_groups,"
            + " ticket_strategies = EXCLUDED.ticket_strategies, ticket_anchors = EXCLUDED.ticket_anchors,"
            + " ticket_shares = EXCLUDED.ticket_shares, pool = EXCLUDED.pool,"
            + " wheel_guarantees = EXCLUDED.wheel_guarantees, lowest_tier = EXCLUDED.lowest_tier,"
            + " draws_with_best_match = EXCLUDED.draws_with_best_match,"
            + " guaranteed_matches = EXCLUDED.guaranteed_matches, payout_cents = EXCLUDED.payout_cents,"
            + " payout_draws = EXCLUDED.payout_draws, coverage = EXCLUDED.coverage, seed = EXCLUDED.seed,"
            + " search_attempts = EXCLUDED.search_attempts, search_ms = EXCLUDED.search_ms,"
            + " total_search_ms = design_library.total_search_ms + EXCLUDED.search_ms, found_at = now(),"
            + " improved_at = now(), lottery_id = COALESCE(EXCLUDED.lottery_id, design_library.lottery_id)"
            // The compare-and-set: evaluated against the row as the latest committed offer left it.
            + " WHERE design_library.objective < EXCLUDED.objective RETURNING revision";
    private static final String ADD_EFFORT = "UPDATE design_library SET total_search_ms = total_search_ms + $2,"
            + " improved_at = now() WHERE design_key = $1";
    private static final String ADD_REQUESTS = "UPDATE design_library SET requests = requests + $2 WHERE design_key = $1";
    private static final String CLAIM = "UPDATE design_library SET claimed_by = $1,"
            + " claimed_until = now() + $2 * interval '1 millisecond' WHERE design_key = (SELECT design_key"
            + " FROM design_library WHERE (claimed_until IS NULL OR claimed_until < now()) AND lottery_id IS NOT NULL"
            + " AND algorithm = $3 AND total_search_ms < $4 ORDER BY requests DESC, improved_at LIMIT 1"
            + " FOR UPDATE SKIP LOCKED) RETURNING " + KEY_COLUMNS + ", objective, total_search_ms";
    private static final String RELEASE = "UPDATE design_library SET claimed_until = NULL, claimed_by = NULL"
            + " WHERE design_key = $1 AND claimed_by = $2";
    private static final String FORGET_GAME = "UPDATE design_library SET lottery_id = NULL WHERE design_key = $1";
    private static final String LIST = "SELECT " + KEY_COLUMNS + ", revision, objective, search_attempts, search_ms,"
            + " total_search_ms, found_at, requests, claimed_by, claimed_until FROM design_library"
            + " ORDER BY requests DESC, design_key";

    /** A stored design with its key and bookkeeping. */
    public record Entry(Key key, int revision, TicketDesign design, long totalSearchMs, OffsetDateTime foundAt,
            long requests) {
    }

    /** A key as stored: the engine's key, its id, and the game whose pattern data the background search reads. */
    public record Key(String id, DesignKey key, String lotteryId) {
    }

    /** A key claimed for background work, with what its design must beat. */
    public record Claim(Key key, double objective, long totalSearchMs) {
    }

    /** An entry without its tickets, for listing. */
    public record Summary(Key key, int revision, double objective, long searchAttempts, long searchMs,
            long totalSearchMs, OffsetDateTime foundAt, long requests, String claimedBy, OffsetDateTime claimedUntil) {
    }

    private final Pool pool;

    DesignLibraryRepository(Pool pool) {
        this.pool = pool;
    }

    /** The entry of a key, restored for the given format (the key's game). */
    public Uni<Optional<Entry>> find(String keyId, LotteryFormat format) {
        return pool.preparedQuery(FIND)
                .execute(Tuple.of(keyId))
                .map(rows -> {
                    var iterator = rows.iterator();
                    return iterator.hasNext() ? Optional.of(entry(iterator.next(), format)) : Optional.empty();
                });
    }

    /**
     * Stores a design if its objective beats the stored one, or if the key has none.
     *
     * @return the revision stored, or empty when the stored design was at least as good (its effort is still counted)
     */
    public Uni<Optional<Integer>> offer(DesignKey key, String lotteryId, TicketDesign design) {
        String id = key.id();
        return pool.preparedQuery(OFFER)
                .execute(offerTuple(id, key, lotteryId, design))
                .onItem()
                .transformToUni(rows -> {
                    var iterator = rows.iterator();
                    if (iterator.hasNext()) {
                        return Uni.createFrom()
                                .item(Optional.of(iterator.next()
                                        .getInteger(0)));
                    }
                    return pool.preparedQuery(ADD_EFFORT)
                            .execute(Tuple.of(id, design.searchMs()))
                            .replaceWith(Optional.<Integer> empty());
                });
    }

    /** Adds requests served or missed per key id. */
    public Uni<Void> addRequests(Map<String, Long> requests) {
        if (requests.isEmpty()) {
            return Uni.createFrom()
                    .voidItem();
        }
        List<Tuple> batch = new ArrayList<>();
        requests.forEach((key, count) -> batch.add(Tuple.of(key, count)));
        return pool.preparedQuery(ADD_REQUESTS)
                .executeBatch(batch)
                .replaceWithVoid();
    }

    /**
     * Claims the most requested key that no replica holds, of this algorithm, with a game to read and less than the
     * given search spent on it.
     */
    public Uni<Optional<Claim>> claim(String replica, Duration lease, String algorithm, long maxSearchMs) {
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(replica, lease.toMillis(), algorithm, maxSearchMs))
                .map(rows -> {
                    var iterator = rows.iterator();
                    if (!iterator.hasNext()) {
                        return Optional.empty();
                    }
                    Row row = iterator.next();
                    return Optional.of(new Claim(key(row), row.getDouble("objective"), row.getLong("total_search_ms")));
                });
    }

    /** Gives a claim back before its lease ends. */
    public Uni<Void> release(String keyId, String replica) {
        return pool.preparedQuery(RELEASE)
                .execute(Tuple.of(keyId, replica))
                .replaceWithVoid();
    }

    /** Marks a key's game as gone: background work skips it until a request names a game of its shape again. */
    public Uni<Void> forgetGame(String keyId) {
        return pool.preparedQuery(FORGET_GAME)
                .execute(Tuple.of(keyId))
                .replaceWithVoid();
    }

    /** Every entry, most requested first. */
    public Uni<List<Summary>> list() {
        return pool.query(LIST)
                .execute()
                .map(rows -> {
                    List<Summary> summaries = new ArrayList<>();
                    for (Row row : rows) {
                        summaries.add(new Summary(key(row), row.getInteger("revision"), row.getDouble("objective"), row
                                .getLong("search_attempts"), row.getLong("search_ms"), row.getLong("total_search_ms"),
                                row.getOffsetDateTime("found_at"), row.getLong("requests"), row.getString("claimed_by"),
                                row.getOffsetDateTime("claimed_until")));
                    }
                    return summaries;
                });
    }

    private static Tuple offerTuple(String id, DesignKey key, String lotteryId, TicketDesign design) {
        List<GeneratedTicket> tickets = design.tickets();
        int n = tickets.size();
        Long[] masks = new Long[n];
        String[] patterns = new String[n];
        String[] groups = new String[n];
        String[] strategies = new String[n];
        Long[] anchors = new Long[n];
        Double[] shares = new Double[n];
        for (int i = 0; i < n; i++) {
            GeneratedTicket ticket = tickets.get(i);
            masks[i] = ticket.mask();
            patterns[i] = ticket.pattern();
            groups[i] = ticket.group()
                    .name();
            strategies[i] = ticket.strategy()
                    .name();
            anchors[i] = ticket.anchor();
            shares[i] = design.ticketShares()
                    .get(i);
        }
        TicketSetEvaluation evaluation = design.evaluation();
        QualityMetrics.Coverage coverage = design.coverage();
        Tuple tuple = Tuple.tuple();
        tuple.addValue(id);
        tuple.addValue(key.game());
        tuple.addValue(key.gameDigest());
        tuple.addValue(key.targetTier());
        tuple.addValue(key.strategy()
                .name());
        tuple.addValue(key.tickets());
        tuple.addValue(key.coldPatterns());
        tuple.addValue(key.patternDigest());
        tuple.addValue(key.algorithm());
        tuple.addValue(lotteryId);
        tuple.addValue(design.objective());
        tuple.addArrayOfLong(masks);
        tuple.addArrayOfString(patterns);
        tuple.addArrayOfString(groups);
        tuple.addArrayOfString(strategies);
        tuple.addArrayOfLong(anchors);
        tuple.addArrayOfDouble(shares);
        tuple.addValue(design.pool());
        tuple.addArrayOfInteger(design.wheelGuarantees()
                .toArray(Integer[]::new));
        tuple.addValue(evaluation.lowestTier());
        tuple.addArrayOfLong(boxed(evaluation.drawsWithBestMatch()));
        tuple.addValue(evaluation.guaranteedMatches());
        tuple.addArrayOfLong(boxed(evaluation.payout()
                .payoutsInCents()));
        tuple.addArrayOfLong(boxed(evaluation.payout()
                .drawsPerPayout()));
        tuple.addArrayOfDouble(new Double[] { coverage.atLeastOneWin(), coverage.atLeastTwoWins(), coverage
                .randomDistinctAtLeastOne(), coverage.randomQuickPicksAtLeastOne() });
        tuple.addValue(design.seed());
        tuple.addValue((long) design.attempts());
        tuple.addValue(design.searchMs());
        tuple.addValue(design.searchMs());
        return tuple;
    }

    private static Key key(Row row) {
        DesignKey key = new DesignKey(row.getString("game"), row.getString("game_digest"), row.getInteger(
                "target_tier"), Strategy.valueOf(row.getString("strategy")), row.getInteger("tickets"),
                row.getString(
                        "cold_patterns"),
                row.getString("pattern_digest"), row.getString("algorithm"));
        return new Key(row.getString("design_key"), key, row.getString("lottery_id"));
    }

    private static Entry entry(Row row, LotteryFormat format) {
        Key key = key(row);
        Long[] masks = row.getArrayOfLongs("ticket_masks");
        String[] patterns = row.getArrayOfStrings("ticket_patterns");
        String[] groups = row.getArrayOfStrings("ticket_groups");
        String[] strategies = row.getArrayOfStrings("ticket_strategies");
        Long[] anchors = row.getArrayOfLongs("ticket_anchors");
        Double[] shares = row.getArrayOfDoubles("ticket_shares");
        List<GeneratedTicket> tickets = new ArrayList<>(masks.length);
        long[] plainMasks = new long[masks.length];
        for (int i = 0; i < masks.length; i++) {
            plainMasks[i] = masks[i];
            tickets.add(new GeneratedTicket(masks[i], patterns[i], PatternGroup.valueOf(groups[i]), TicketStrategy
                    .valueOf(strategies[i]), anchors[i]));
        }
        TicketSetEvaluation evaluation = TicketSetEvaluation.restore(TicketSet.ofMasks(format, plainMasks), row
                .getInteger("lowest_tier"), unboxed(row.getArrayOfLongs("draws_with_best_match")),
                row.getInteger(
                        "guaranteed_matches"),
                unboxed(row.getArrayOfLongs("payout_cents")), unboxed(row.getArrayOfLongs("payout_draws")));
        Double[] coverage = row.getArrayOfDoubles("coverage");
        DesignKey designKey = key.key();
        QualityMetrics.Coverage targetCoverage = new QualityMetrics.Coverage(designKey.targetTier(), designKey
                .strategy()
                .objective(), coverage[0], coverage[1], coverage[2], coverage[3]);
        TicketDesign design = new TicketDesign(tickets, row.getLong("pool"), List.of(row.getArrayOfIntegers(
                "wheel_guarantees")), evaluation, targetCoverage, List.of(shares), row.getDouble("objective"), row
                        .getLong("seed"),
                Math.toIntExact(row.getLong("search_attempts")), row.getLong("search_ms"));
        return new Entry(key, row.getInteger("revision"), design, row.getLong("total_search_ms"), row
                .getOffsetDateTime("found_at"), row.getLong("requests"));
    }

    private static Long[] boxed(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static long[] unboxed(Long[] values) {
        long[] plain = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            plain[i] = values[i];
        }
        return plain;
    }
}
