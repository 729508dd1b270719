package org.lotteryengine.evaluation.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.WorkStoppedException;
import org.lotteryengine.engine.evaluation.BonusSetEvaluator;
import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.evaluation.TicketSetEvaluation;
import org.lotteryengine.engine.evaluation.TicketSetEvaluator;
import org.lotteryengine.engine.evaluation.WheelGuarantee;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.lotteries.service.LotteryConfigurationService;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.error.BonusGameUnsupportedException;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;
import org.lotteryengine.platform.error.InvalidTicketCountException;
import org.lotteryengine.platform.error.WorkTimedOutException;
import org.lotteryengine.platform.service.EngineExecutor;
import org.lotteryengine.platform.service.EngineWorkLimits;

import io.smallrye.mutiny.Uni;

/**
 * Exact evaluation of client-supplied tickets, on the engine's bounded pool.
 */
@ApplicationScoped
public class EvaluationService {

    private final LotteryConfigurationService configurations;
    private final EngineExecutor executor;
    private final EngineConfig config;
    private final TicketSetEvaluator evaluator;
    private final EngineWorkLimits limits;

    EvaluationService(LotteryConfigurationService configurations, EngineExecutor executor, EngineConfig config,
            EngineWorkLimits limits) {
        this.configurations = configurations;
        this.executor = executor;
        this.config = config;
        this.limits = limits;
        this.evaluator = TicketSetEvaluator.withMaxDraws(config.maxEvaluatedDraws());
    }

    /**
     * Evaluates the tickets over every draw of the named game.
     *
     * @param lowestTier the lowest tier to cover, or null for the lowest prized tier
     * @param pool a wheel's pool, or null
     * @param aboveCostLimit the client may exceed lottery.engine.max-request-cost (admin scope)
     * @param answer turns the evaluation into the caller's answer; it runs on the engine pool with the evaluation,
     *        since building the payout distribution's figures is work the event loop must not do
     */
    public <R> Uni<R> evaluate(String lotteryType, List<int[]> tickets, String lowestTier, List<Integer> pool,
            boolean aboveCostLimit, Function<Evaluated, R> answer) {
        return evaluate(lotteryType, tickets, null, lowestTier, pool, aboveCostLimit, answer, null);
    }

    /**
     * As {@link #evaluate(String, List, String, List, boolean, Function)}, for games of both kinds: a bonus game's
     * tickets hold {@code bonus} numbers (one list per ticket, for a separate drum), all its tiers are evaluated, and
     * {@code bonusAnswer} gives the answer.
     *
     * @param bonus each ticket's bonus numbers, or null (a k-of-n game, or a same-drum bonus game)
     * @param bonusAnswer the answer for a bonus game; null where the caller takes k-of-n games only (a bonus game is
     *        then refused with a 422 before any work)
     */
    public <R> Uni<R> evaluate(String lotteryType, List<int[]> tickets, List<int[]> bonus, String lowestTier,
            List<Integer> pool, boolean aboveCostLimit, Function<Evaluated, R> answer,
            Function<BonusEvaluated, R> bonusAnswer) {
        if (tickets.size() > config.maxTickets()) {
            return Uni.createFrom()
                    .failure(new InvalidTicketCountException(tickets.size(), config.maxTickets()));
        }
        return configurations.getForBody(lotteryType)
                .onItem()
                .transformToUni(entity -> {
                    if (entity.hasBonus()) {
                        return evaluateBonus(entity, tickets, bonus, lowestTier, pool, aboveCostLimit, bonusAnswer);
                    }
                    BonusTickets.requireNone(entity, bonus);
                    // Built on the event loop: cheap, and it validates the request before any engine work is queued.
                    LotteryFormat format = entity.format();
                    limits.check(format, entity.name(), tickets.size(), aboveCostLimit);
                    if (pool != null && pool.size() > WheelGuarantee.MAX_POOL) {
                        throw new InvalidRequestException(ErrorCode.INVALID_REQUEST,
                                "A wheel's pool may hold at most %d numbers, got %d".formatted(WheelGuarantee.MAX_POOL,
                                        pool.size()),
                                Map.of("field", "pool", "allowed", Map.of("max", WheelGuarantee.MAX_POOL)));
                    }
                    TicketSet set = TicketSet.of(format, tickets);
                    int lowest = lowestTier == null ? TicketSetEvaluator.lowestPrizedTier(format)
                            : LotteryFormat.matchesOfTier(lowestTier);
                    long poolMask = pool == null ? 0 : format.maskOfPool(pool);
                    return executor.submit(stop -> answer.apply(evaluate(entity, set, lowest, pool, poolMask, stop)), config
                            .evaluationTimeLimit())
                            .onFailure(WorkStoppedException.class)
                            .transform(stopped -> new WorkTimedOutException("The exact evaluation",
                                    config.evaluationTimeLimit()));
                });
    }

    private <R> Uni<R> evaluateBonus(Lottery entity, List<int[]> tickets, List<int[]> bonus, String lowestTier,
            List<Integer> pool, boolean aboveCostLimit, Function<BonusEvaluated, R> answer) {
        if (answer == null) {
            throw new BonusGameUnsupportedException(entity.id());
        }
        BonusGame game = entity.bonusGame();
        if (lowestTier != null || pool != null) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, ("lowestTier and pool are for k-of-n games:"
                    + " %s's evaluation covers every tier, and its wheels are not built yet").formatted(entity.name()),
                    Map.of("field", lowestTier != null ? "lowestTier" : "pool"));
        }
        List<BonusTicket> set = BonusTickets.of(entity, tickets, bonus);
        limits.check(game.mainDraws(), entity.name(), tickets.size(), aboveCostLimit);
        return executor.submit(stop -> answer.apply(new BonusEvaluated(entity.id(), entity.name(), entity.currency(),
                BonusSetEvaluator.evaluate(game, set, stop))), config.evaluationTimeLimit())
                .onFailure(WorkStoppedException.class)
                .transform(stopped -> new WorkTimedOutException("The exact evaluation", config.evaluationTimeLimit()));
    }

    private Evaluated evaluate(Lottery entity, TicketSet set, int lowest,
            List<Integer> pool, long poolMask, Interruption stop) {
        TicketSetEvaluation evaluation = evaluator.evaluate(set, lowest, stop);
        int[] wheel = pool == null ? null
                : WheelGuarantee.guarantees(poolMask, set.masks(), set.format()
                        .drawSize(), stop);
        return new Evaluated(entity.id(), entity.name(), entity.currency(), evaluation, pool, wheel);
    }
}
