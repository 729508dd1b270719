package org.lotteryengine.backtest.rest;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.backtest.mapping.BacktestMapper;
import org.lotteryengine.backtest.service.BacktestCommand;
import org.lotteryengine.backtest.service.BacktestService;
import org.lotteryengine.clients.service.Client;
import org.lotteryengine.generation.service.SessionExportPart;

import io.smallrye.mutiny.Uni;

/**
 * A session's export with {@code include=backtest}: the set's backtest over every stored draw of its game, as
 * {@code POST /api/v2/backtest} answers it, under {@code backtest} in the JSON and as its own sections in the PDF.
 */
@ApplicationScoped
public class BacktestExportPart implements SessionExportPart {

    private final BacktestService backtests;

    BacktestExportPart(BacktestService backtests) {
        this.backtests = backtests;
    }

    @Override
    public String name() {
        return "backtest";
    }

    @Override
    public Uni<Part> of(String sessionId, Client client) {
        // The session's set was held to the cost limit when it was generated, as for a backtest by session id.
        return backtests.backtest(new BacktestCommand(null, null, null, sessionId, null, null, true), client,
                backtested -> new Part(BacktestMapper.toResponse(backtested), report -> BacktestMapper.addTo(report,
                        backtested)));
    }
}
