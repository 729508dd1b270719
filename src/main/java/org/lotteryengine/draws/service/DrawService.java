package org.lotteryengine.draws.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.draws.repository.DrawRepository;
import org.lotteryengine.draws.service.DrawFileParser.DateWindow;
import org.lotteryengine.draws.service.DrawFileParser.ParseResult;
import org.lotteryengine.draws.service.DrawFileParser.ParsedDraw;
import org.lotteryengine.draws.service.DrawFileParser.RejectedRow;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.history.BonusDraw;
import org.lotteryengine.engine.history.BonusDrawRecord;
import org.lotteryengine.engine.history.DrawRecord;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.lotteries.service.LotteryConfigurationService;
import org.lotteryengine.platform.config.DrawsConfig;
import org.lotteryengine.platform.error.DrawNotFoundException;
import org.lotteryengine.platform.error.StrictImportRejectedException;
import org.lotteryengine.platform.service.EngineExecutor;
import org.lotteryengine.platform.service.Uncancellable;

import io.smallrye.mutiny.Uni;

/**
 * Draw histories: import (one transaction per upload, idempotent), paging, deletion. Every change refreshes the
 * game's pattern analysis.
 */
@ApplicationScoped
public class DrawService {

    private static final Logger LOG = Logger.getLogger(DrawService.class);

    private final LotteryConfigurationService configurations;
    private final DrawRepository draws;
    private final PatternAnalysisService analyses;
    private final EngineExecutor executor;
    private final DrawsConfig config;

    DrawService(LotteryConfigurationService configurations, DrawRepository draws, PatternAnalysisService analyses,
            EngineExecutor executor, DrawsConfig config) {
        this.configurations = configurations;
        this.draws = draws;
        this.analyses = analyses;
        this.executor = executor;
        this.config = config;
    }

    /** The dates a draw imported now may have; today is read at each import, never kept. */
    private DateWindow dates() {
        LocalDate latest = LocalDate.now(ZoneOffset.UTC)
                .plusDays(config.futureSlack()
                        .toDays());
        return new DateWindow(config.earliestDate(), latest);
    }

    /** Imports a CSV upload (see {@link DrawFileParser}). */
    public Uni<DrawImport> importCsv(String lotteryType, String csv, boolean strict) {
        return configurations.getForPath(lotteryType)
                .onItem()
                .transformToUni(game -> {
                    // Parsing thousands of rows is CPU work: it runs on the engine pool.
                    DateWindow dates = dates();
                    return executor.submit(() -> parseCsv(csv, game, dates))
                            .onItem()
                            .transformToUni(parsed -> store(game, "csv", parsed, strict));
                });
    }

    /** Imports a JSON upload. */
    public Uni<DrawImport> importJson(String lotteryType, List<DrawFileParser.DrawInput> rows,
            boolean strict) {
        return configurations.getForPath(lotteryType)
                .onItem()
                .transformToUni(game -> store(game, "json", game.hasBonus() ? DrawFileParser.asStored(DrawFileParser
                        .parseBonusJson(rows, game.bonusGame(), dates()))
                        : DrawFileParser.parseJson(rows, game.format(), dates()), strict));
    }

    private static ParseResult parseCsv(String csv, Lottery game, DateWindow dates) {
        try {
            return game.hasBonus() ? DrawFileParser.asStored(DrawFileParser.parseBonusCsv(new StringReader(csv), game
                    .bonusGame(), dates)) : DrawFileParser.parseCsv(new StringReader(csv), game.format(), dates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * In one transaction: compares the rows with the stored draws (identical ones are already stored; a different
     * draw on the same date and number is a conflict), refuses everything in strict mode if any row is bad, and
     * inserts the new rows. Then refreshes the analysis.
     */
    private Uni<DrawImport> store(Lottery game, String format, ParseResult parsed,
            boolean strict) {
        int rowsRead = parsed.draws()
                .size()
                + parsed.rejected()
                        .size();
        return draws.inTransaction(connection -> draws.storedByKey(connection, game.id())
                .onItem()
                .transformToUni(stored -> {
                    Classified classified = classify(parsed, stored, config.maxPerGame());
                    if (strict && !classified.rejected.isEmpty()) {
                        return Uni.createFrom()
                                .failure(new StrictImportRejectedException(classified.rejected.size(),
                                        details(classified.rejected)));
                    }
                    return draws.insertNew(connection, game.id(), classified.fresh
                            .stream()
                            .map(draw -> new DrawRepository.StoredDraw(draw.date(), draw.drawNumber(), draw.numbers(),
                                    draw.bonus()))
                            .toList())
                            .map(inserted -> new Classified(classified.fresh, classified.rejected,
                                    classified.alreadyStored + classified.fresh.size() - inserted, inserted));
                }))
                // Pattern analysis works on k-of-n games only so far.
                .call(outcome -> outcome.inserted > 0 && !game.hasBonus() ? analyses.refresh(game)
                        .onFailure()
                        .invoke(failure -> LOG.errorf(failure, "pattern analysis of %s not refreshed", game.id()))
                        .onFailure()
                        .recoverWithNull()
                        : Uni.createFrom()
                                .voidItem())
                .chain(outcome -> draws.countByLottery(game.id())
                        .map(total -> new DrawImport(game.id(), game.name(), format, strict, rowsRead, outcome.inserted,
                                outcome.alreadyStored, outcome.rejected, total)));
    }

    /** Rows sorted into new, already stored and rejected. */
    private record Classified(List<ParsedDraw> fresh, List<RejectedRow> rejected, int alreadyStored, int inserted) {
    }

    private static Classified classify(ParseResult parsed, Map<String, DrawRepository.StoredDraw> stored,
            int maxPerGame) {
        List<ParsedDraw> fresh = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>(parsed.rejected());
        int alreadyStored = 0;
        for (ParsedDraw draw : parsed.draws()) {
            DrawRepository.StoredDraw existing = stored.get(DrawRepository.key(draw.date(), draw.drawNumber()));
            if (existing == null && stored.size() + fresh.size() >= maxPerGame) {
                rejected.add(new RejectedRow(draw.line(), "the game holds the most draws allowed (%,d)".formatted(
                        maxPerGame)));
            } else if (existing == null) {
                fresh.add(draw);
            } else if (existing.sameNumbers(draw.numbers(), draw.bonus())) {
                alreadyStored++;
            } else {
                rejected.add(new RejectedRow(draw.line(), "conflicts with the stored draw of %s%s: %s%s".formatted(
                        draw.date(), draw.drawNumber() == null ? "" : " number " + draw.drawNumber(),
                        Arrays.toString(existing.numbers()), existing.bonus() == null ? ""
                                : " + " + Arrays.toString(existing.bonus()))));
            }
        }
        rejected.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new Classified(fresh, rejected, alreadyStored, 0);
    }

    private static List<Map<String, Object>> details(List<RejectedRow> rejected) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RejectedRow row : rejected) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("line", row.line());
            detail.put("reason", row.reason());
            rows.add(detail);
        }
        return rows;
    }

    /**
     * A k-of-n game's stored draws dated {@code from} to {@code to} (both included; null leaves that end open), oldest
     * first, as the engine reads them.
     */
    public Uni<List<DrawRecord>> history(Lottery game, LocalDate from, LocalDate to) {
        LotteryFormat format = game.format();
        // Up to lottery.draws.max-per-game rows to turn into masks: on the engine pool, not the event loop.
        return draws.loadHistory(game.id())
                .onItem()
                .transformToUni(stored -> executor.submit(() -> stored.stream()
                        .filter(draw -> dated(draw.date(), from, to))
                        .map(draw -> new DrawRecord(draw.date(), draw.drawNumber(), format.maskOf(draw.numbers())))
                        .toList()));
    }

    /** A bonus game's stored draws dated {@code from} to {@code to}, as {@link #history} gives a k-of-n game's. */
    public Uni<List<BonusDrawRecord>> bonusHistory(Lottery game, LocalDate from, LocalDate to) {
        return draws.loadHistory(game.id())
                .onItem()
                .transformToUni(stored -> executor.submit(() -> stored.stream()
                        .filter(draw -> dated(draw.date(), from, to))
                        .map(draw -> new BonusDrawRecord(draw.drawNumber(), new BonusDraw(draw.date(), draw.numbers(),
                                draw.bonus())))
                        .toList()));
    }

    private static boolean dated(LocalDate date, LocalDate from, LocalDate to) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** One page of a game's draws, newest first. */
    public Uni<DrawPage> page(String lotteryType, int page, int size) {
        return configurations.getForPath(lotteryType)
                .onItem()
                .transformToUni(game -> draws.countByLottery(game.id())
                        .onItem()
                        .transformToUni(total -> draws.page(game.id(), page, size)
                                .map(rows -> new DrawPage(game.id(), game.name(), total, page, size, rows))));
    }

    /**
     * Deletes one draw, then refreshes the analysis.
     *
     * @throws DrawNotFoundException when the game has no draw with this id
     */
    public Uni<Void> delete(String lotteryType, String drawId) {
        UUID id = parseId(drawId);
        return configurations.getForPath(lotteryType)
                .onItem()
                .transformToUni(game -> deleteDraw(id, game.id()).onItem()
                        .transformToUni(deleted -> deleted ? refreshQuietly(game)
                                : Uni.createFrom()
                                        .failure(new DrawNotFoundException(drawId))));
    }

    /**
     * Refreshes the analysis after a change of the draws. The change is already committed, so a failure here is logged
     * and the stale cache entry dropped, rather than failing the request.
     */
    private Uni<Void> refreshQuietly(Lottery game) {
        if (game.hasBonus()) {
            // Pattern analysis works on k-of-n games only so far: a bonus game has none to refresh.
            return Uni.createFrom()
                    .voidItem();
        }
        return analyses.refresh(game)
                .replaceWithVoid()
                .onFailure()
                .call(failure -> {
                    LOG.errorf(failure, "pattern analysis of %s not refreshed", game.id());
                    return analyses.invalidate(game.id());
                })
                .onFailure()
                .recoverWithNull();
    }

    private Uni<Boolean> deleteDraw(UUID id, String lotteryId) {
        // Programmatic: an interceptor binding would not apply to a call from within this bean.
        return Uncancellable.transaction(() -> draws.deleteOfLottery(id, lotteryId));
    }

    private static UUID parseId(String drawId) {
        try {
            return UUID.fromString(drawId);
        } catch (IllegalArgumentException e) {
            throw new DrawNotFoundException(drawId);
        }
    }
}
