package org.lotteryengine.backtest.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.clients.service.Client;
import org.lotteryengine.draws.service.DrawService;
import org.lotteryengine.engine.WorkStoppedException;
import org.lotteryengine.engine.backtest.Backtester;
import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.evaluation.service.BonusTickets;
import org.lotteryengine.generation.service.SessionService;
import org.lotteryengine.generation.service.TicketExport;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.lotteries.service.LotteryConfigurationService;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;
import org.lotteryengine.platform.error.InvalidTicketCountException;
import org.lotteryengine.platform.error.NoDrawsException;
import org.lotteryengine.platform.error.WorkTimedOutException;
import org.lotteryengine.platform.service.EngineExecutor;
import org.lotteryengine.platform.service.EngineWorkLimits;

import io.smallrye.mutiny.Uni;

/**
 * Backtests of client tickets or of a stored session's set on a game's stored draws, on the engine's bounded pool.
 */
@ApplicationScoped
public class BacktestService {

    private final LotteryConfigurationService configurations;
    private final DrawService draws;
    private final SessionService sessions;
    private final TicketExport export;
    private final EngineExecutor executor;
    private final EngineConfig config;
    private final EngineWorkLimits limits;

    BacktestService(LotteryConfigurationService configurations, DrawService draws, SessionService sessions,
            TicketExport export, EngineExecutor executor, EngineConfig config, EngineWorkLimits limits) {
        this.configurations = configurations;
        this.draws = draws;
        this.sessions = sessions;
        this.export = export;
        this.executor = executor;
        this.config = config;
        this.limits = limits;
    }

    /**
     * Replays the tickets on the stored draws in the range, with every figure's exact prediction.
     *
     * @param answer turns the backtest into the caller's answer, on the engine pool (a PDF's layout is work too)
     */
    public <R> Uni<R> backtest(BacktestCommand command, Client client, Function<Backtested, R> answer) {
        if ((command.tickets() == null) == (command.sessionId() == null)) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST,
                    "Give either tickets (with lotteryType) or a sessionId, not both", Map.of("field",
                            command.tickets() == null ? "tickets" : "sessionId"));
        }
        if (command.from() != null && command.to() != null && command.from()
                .isAfter(command.to())) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, "from (%s) is after to (%s)".formatted(
                    command.from(), command.to()), Map.of("field", "from"));
        }
        if (command.tickets() != null) {
            if (command.lotteryType() == null) {
                throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, "lotteryType names the tickets' game",
                        Map.of("field", "lotteryType"));
            }
            return backtest(command.lotteryType(), null, command.tickets(), command.bonus(), command, answer);
        }
        // The session's set was held to the cost limit when it was generated.
        return sessions.ticketSet(command.sessionId(), client)
                .onItem()
                .transformToUni(set -> {
                    TicketExport.Sheet sheet = export.sheet(set);
                    if (command.lotteryType() != null && !command.lotteryType()
                            .equals(sheet.lotteryType())) {
                        throw new InvalidRequestException(ErrorCode.INVALID_REQUEST,
                                "The session's tickets are for %s, not %s: leave lotteryType out".formatted(sheet
                                        .lotteryType(), command.lotteryType()),
                                Map.of("field", "lotteryType"));
                    }
                    return backtest(sheet.lotteryType(), SessionService.checkedId(command.sessionId()), sheet
                            .numbers(), sheet.bonus(),
                            new BacktestCommand(null, null, null, null, command.from(),
                                    command.to(), true),
                            answer);
                });
    }

    private <R> Uni<R> backtest(String lotteryType, String sessionId, List<int[]> tickets, List<int[]> bonus,
            BacktestCommand command, Function<Backtested, R> answer) {
        if (tickets.size() > config.maxTickets()) {
            return Uni.createFrom()
                    .failure(new InvalidTicketCountException(tickets.size(), config.maxTickets()));
        }
        return configurations.getForBody(lotteryType)
                .onItem()
                .transformToUni(game -> game.hasBonus() ? bonusBacktest(game, sessionId, tickets, bonus, command,
                        answer) : backtest(game, sessionId, tickets, bonus, command, answer))
                .onFailure(WorkStoppedException.class)
                .transform(stopped -> new WorkTimedOutException("The backtest", config.evaluationTimeLimit()));
    }

    private <R> Uni<R> backtest(Lottery game, String sessionId, List<int[]> tickets, List<int[]> bonus,
            BacktestCommand command, Function<Backtested, R> answer) {
        BonusTickets.requireNone(game, bonus);
        LotteryFormat format = game.format();
        limits.check(format, game.name(), tickets.size(), command.aboveCostLimit());
        TicketSet set = TicketSet.of(format, tickets);
        return draws.history(game, command.from(), command.to())
                .onItem()
                .transformToUni(history -> {
                    requireDraws(game, history, command);
                    return executor.submit(stop -> answer.apply(new Backtested(game.id(), game.name(), game
                            .currency(), sessionId, tickets, null, Backtester.run(set, history, stop))), config
                                    .evaluationTimeLimit());
                });
    }

    /** A bonus game's tickets hold bonus numbers when its bonus drum is separate, as {@code /evaluate} takes them. */
    private <R> Uni<R> bonusBacktest(Lottery lottery, String sessionId, List<int[]> tickets, List<int[]> bonus,
            BacktestCommand command, Function<Backtested, R> answer) {
        BonusGame game = lottery.bonusGame();
        List<BonusTicket> set = BonusTickets.of(lottery, tickets, bonus);
        // Each enumeration of the main draws compares every ticket.
        limits.check(Math.multiplyExact(game.mainDraws(), Backtester.enumerations(game, tickets.size())), lottery
                .name(), tickets.size(), command.aboveCostLimit());
        return draws.bonusHistory(lottery, command.from(), command.to())
                .onItem()
                .transformToUni(history -> {
                    requireDraws(lottery, history, command);
                    return executor.submit(stop -> answer.apply(new Backtested(lottery.id(), lottery.name(), lottery
                            .currency(), sessionId, tickets, bonus, Backtester.run(game, set, history, stop))), config
                                    .evaluationTimeLimit());
                });
    }

    private static void requireDraws(Lottery game, List<?> history, BacktestCommand command) {
        if (history.isEmpty()) {
            throw new NoDrawsException(game.name(), command.from(), command.to());
        }
    }
}
