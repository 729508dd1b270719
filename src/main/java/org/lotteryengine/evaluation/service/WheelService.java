package org.lotteryengine.evaluation.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.WorkStoppedException;
import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.evaluation.WheelGuarantee;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.wheel.LottoDesignSearch;
import org.lotteryengine.engine.wheel.WheelRequirement;
import org.lotteryengine.evaluation.repository.WheelDesignRepository;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.lotteries.service.LotteryConfigurationService;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.config.GenerationConfig;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;
import org.lotteryengine.platform.error.WorkTimedOutException;
import org.lotteryengine.platform.service.EngineExecutor;

import io.smallrye.mutiny.Uni;

/**
 * Wheels on the player's own numbers (issue 4/7): the smallest design found for (v, k, x, t), from the wheel library
 * or searched within the request's time, mapped onto the pool (point i is the pool's i-th smallest number), its
 * guarantee verified over all C(v, x) ways, and the tickets evaluated exactly over every draw of the game.
 */
@ApplicationScoped
public class WheelService {

    private static final Logger LOG = Logger.getLogger(WheelService.class);
    /** Largest pool of a player's own numbers; the full-game wheel (every number) may be larger. */
    public static final int MAX_POOL = 30;
    private static final long DEFAULT_SEARCH_MS = 2000;

    /**
     * What a client asks.
     *
     * @param pool the player's numbers, or null for every number of the game
     * @param tickets a ticket budget, or null for the smallest set that meets the guarantee
     * @param maxSearchMs the longest search, or null for the default
     */
    public record WheelCommand(String lotteryType, List<Integer> pool, int matches, int drawnInPool, Integer tickets,
            Long maxSearchMs) {
    }

    private record Designed(long[] tickets, boolean fromLibrary, long searchMs) {
    }

    private final LotteryConfigurationService configurations;
    private final WheelDesignRepository designs;
    private final BestKnownDesigns bestKnown;
    private final EvaluationService evaluation;
    private final EngineExecutor executor;
    private final EngineConfig engineConfig;
    private final GenerationConfig generationConfig;

    WheelService(LotteryConfigurationService configurations, WheelDesignRepository designs, BestKnownDesigns bestKnown,
            EvaluationService evaluation, EngineExecutor executor, EngineConfig engineConfig,
            GenerationConfig generationConfig) {
        this.configurations = configurations;
        this.designs = designs;
        this.bestKnown = bestKnown;
        this.evaluation = evaluation;
        this.executor = executor;
        this.engineConfig = engineConfig;
        this.generationConfig = generationConfig;
    }

    /**
     * The wheel for the command, turned into the caller's answer on the engine pool (with the exact evaluation).
     *
     * @throws InvalidRequestException (as the Uni's failure) for a bad pool, guarantee, budget or search time
     */
    public <R> Uni<R> wheel(WheelCommand command, Function<Wheel, R> answer) {
        return configurations.getForBody(command.lotteryType())
                .onItem()
                .transformToUni(game -> {
                    int[] pool = pool(game.format(), command.pool());
                    WheelRequirement requirement = requirement(game.format(), pool, command);
                    long searchMs = searchMs(command.maxSearchMs());
                    Integer budget = command.tickets();
                    if (budget != null) {
                        long most = Math.min(requirement.distinctTickets(), engineConfig.maxTickets());
                        if (budget < 1 || budget > most) {
                            throw invalid("tickets", "A budget of %d tickets is impossible here: between 1 and %d (%d"
                                    .formatted(budget, most, requirement.distinctTickets())
                                    + " different tickets of %d numbers out of %d, at most %d per request)".formatted(
                                            requirement.ticketSize(), requirement.points(), engineConfig
                                                    .maxTickets()),
                                    Map.of("provided", budget, "allowed", Map.of("min", 1, "max", most)));
                        }
                    }
                    Uni<Designed> designed = budget != null ? search(requirement, budget, searchMs)
                            : designs.find(requirement)
                                    .onItem()
                                    .transformToUni(stored -> stored.isPresent()
                                            ? Uni.createFrom()
                                                    .item(new Designed(stored.get()
                                                            .tickets(), true,
                                                            stored.get()
                                                                    .searchMs()))
                                            : search(requirement, null, searchMs).call(searched -> designs.offer(
                                                    requirement, searched.tickets(), searched.searchMs())));
                    return designed.onItem()
                            .transformToUni(design -> answer(game, pool, requirement, design, answer));
                });
    }

    private Uni<Designed> search(WheelRequirement requirement, Integer budget, long searchMs) {
        long seed = ThreadLocalRandom.current()
                .nextLong();
        return Uni.createFrom()
                .deferred(() -> Uni.createFrom()
                        .completionStage(executor.start(() -> {
                            long started = System.nanoTime();
                            long deadline = started + searchMs * 1_000_000;
                            LottoDesignSearch.Result result = budget == null
                                    ? LottoDesignSearch.smallest(requirement, Long.MAX_VALUE, deadline, System::nanoTime,
                                            new SplittableRandom(seed), Interruption.NONE)
                                    : LottoDesignSearch.withTickets(requirement, budget, Long.MAX_VALUE, deadline,
                                            System::nanoTime, new SplittableRandom(seed), Interruption.NONE);
                            return new Designed(result.tickets(), false, (System.nanoTime() - started) / 1_000_000);
                        })));
    }

    private <R> Uni<R> answer(Lottery game, int[] pool, WheelRequirement requirement, Designed design,
            Function<Wheel, R> answer) {
        LotteryFormat format = game.format();
        List<int[]> tickets = new ArrayList<>(design.tickets().length);
        long poolMask = 0;
        for (int number : pool) {
            poolMask |= 1L << (number - format.numberMin());
        }
        long[] masks = new long[design.tickets().length];
        for (int i = 0; i < masks.length; i++) {
            int[] numbers = new int[requirement.ticketSize()];
            int n = 0;
            for (long rest = design.tickets()[i]; rest != 0; rest &= rest - 1) {
                numbers[n++] = pool[Long.numberOfTrailingZeros(rest)];
            }
            Arrays.sort(numbers);
            tickets.add(numbers);
            masks[i] = format.maskOf(numbers);
        }
        long verifiedPool = poolMask;
        List<Integer> poolList = Arrays.stream(pool)
                .boxed()
                .toList();
        // The pool's own guarantees t(x) are computed for pools the evaluation enumerates; the requested one always.
        List<Integer> evaluatedPool = pool.length <= WheelGuarantee.MAX_POOL ? poolList : null;
        return executor.submit(stop -> WheelGuarantee.waysMet(verifiedPool, masks, requirement.drawnInPool(),
                requirement.matches(), stop), engineConfig.evaluationTimeLimit())
                .onFailure(WorkStoppedException.class)
                .transform(stopped -> new WorkTimedOutException("The wheel's verification", engineConfig
                        .evaluationTimeLimit()))
                .onItem()
                .transformToUni(waysMet -> {
                    if (!design.fromLibrary() || waysMet == requirement.subsets()) {
                        return evaluation.evaluate(game.id(), tickets, null, evaluatedPool, false,
                                evaluated -> answer.apply(new Wheel(game.name(), poolList, requirement, tickets,
                                        waysMet, bestKnown.find(requirement), design.fromLibrary(), design.searchMs(),
                                        evaluated)));
                    }
                    // A stored design that does not verify is never answered.
                    LOG.errorf("the stored wheel design %s does not verify (%d of %d ways)", requirement, waysMet,
                            requirement.subsets());
                    throw new IllegalStateException("a stored wheel design does not meet its guarantee");
                });
    }

    private static int[] pool(LotteryFormat format, List<Integer> given) {
        if (given == null) {
            int[] all = new int[format.poolSize()];
            for (int i = 0; i < all.length; i++) {
                all[i] = format.numberMin() + i;
            }
            return all;
        }
        int[] pool = new int[given.size()];
        boolean[] seen = new boolean[format.poolSize()];
        for (int i = 0; i < pool.length; i++) {
            Integer number = given.get(i);
            if (number == null || number < format.numberMin() || number > format.numberMax()) {
                throw invalid("pool", "pool[%d] must be a number of the game, %d to %d, got %s".formatted(i, format
                        .numberMin(), format.numberMax(), number), Map.of("provided", String.valueOf(number), "allowed",
                                Map.of("min", format.numberMin(), "max", format.numberMax())));
            }
            if (seen[number - format.numberMin()]) {
                throw invalid("pool", "pool holds %d more than once".formatted(number), Map.of("provided", number));
            }
            seen[number - format.numberMin()] = true;
            pool[i] = number;
        }
        Arrays.sort(pool);
        int k = format.drawSize();
        boolean wholeGame = pool.length == format.poolSize();
        if (pool.length <= k || pool.length > MAX_POOL && !wholeGame) {
            throw invalid("pool", ("pool must hold more than the %d numbers of a ticket and at most %d (or every number"
                    + " of the game), got %d").formatted(k, MAX_POOL, pool.length), Map.of("provided", pool.length,
                            "allowed", Map.of("min", k + 1, "max", MAX_POOL)));
        }
        return pool;
    }

    private static WheelRequirement requirement(LotteryFormat format, int[] pool, WheelCommand command) {
        int k = format.drawSize();
        int x = command.drawnInPool();
        int t = command.matches();
        if (x < 1 || x > k) {
            throw invalid("guarantee.ifDrawnInPool", "guarantee.ifDrawnInPool must be 1 to %d, the numbers drawn, got %d"
                    .formatted(k, x), Map.of("provided", x, "allowed", Map.of("min", 1, "max", k)));
        }
        if (t < 1 || t > x) {
            throw invalid("guarantee.matches", "guarantee.matches must be 1 to ifDrawnInPool (%d), got %d".formatted(x,
                    t), Map.of("provided", t, "allowed", Map.of("min", 1, "max", x)));
        }
        if (Binomial.of(pool.length, x) > WheelRequirement.MAX_SUBSETS) {
            throw invalid("pool", "C(%d, %d) = %,d ways to check are more than the %,d a wheel may have".formatted(
                    pool.length, x, Binomial.of(pool.length, x), WheelRequirement.MAX_SUBSETS),
                    Map.of("provided",
                            pool.length));
        }
        return new WheelRequirement(pool.length, k, x, t);
    }

    private long searchMs(Long requested) {
        if (requested == null) {
            return DEFAULT_SEARCH_MS;
        }
        if (requested < 1 || requested > generationConfig.maxTimeoutMs()) {
            throw invalid("maxSearchTime", "maxSearchTime must be 1 to %d ms, got %d".formatted(generationConfig
                    .maxTimeoutMs(), requested), Map.of("provided", requested, "allowed",
                            Map.of("min", 1, "max",
                                    generationConfig.maxTimeoutMs())));
        }
        return requested;
    }

    private static InvalidRequestException invalid(String field, String message, Map<String, Object> rest) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field);
        details.putAll(rest);
        return new InvalidRequestException(ErrorCode.INVALID_REQUEST, message, details);
    }
}
