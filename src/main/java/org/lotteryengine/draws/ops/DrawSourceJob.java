package org.lotteryengine.draws.ops;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lotteryengine.draws.repository.DrawSourceRepository;
import org.lotteryengine.draws.service.DrawImport;
import org.lotteryengine.draws.service.DrawService;
import org.lotteryengine.draws.service.DrawSourceReader;
import org.lotteryengine.lotteries.service.LotteryConfigurationService;
import org.lotteryengine.platform.config.DrawSourcesConfig;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;
import org.lotteryengine.platform.error.MalformedDrawFileException;
import org.lotteryengine.platform.error.SourceBusyException;
import org.lotteryengine.platform.service.EngineExecutor;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;

/**
 * Fetches each configured draw source when it is due ({@code lottery.draw-sources.games.<id>.every}) and when an
 * operator asks, and imports the new draws through the ordinary import: invalid rows are listed, draws already stored
 * are skipped, and the pattern analysis is refreshed as after an upload.
 * <p>
 * One replica fetches a game at a time: it takes the game's lease in {@code draw_source_state} first. A fetch that fails
 * (an HTTP error, a timeout, no connection, a body too large or unreadable) is recorded there and counted in
 * {@code draw_source_fetch_total}; it never touches the stored draws, so generation goes on with them, and the
 * pattern-data wellness check reports the failing source.
 * <p>
 * The HTTP client is Vert.x core's rather than the web client: the web client buffers a whole body before it can be
 * measured, while this one streams it, so a body above {@code max-body-bytes} is cut off at the limit.
 */
@ApplicationScoped
public class DrawSourceJob {

    private static final Logger LOG = Logger.getLogger(DrawSourceJob.class);
    /** Time the import itself may take within a lease, after the download. */
    private static final Duration IMPORT_MARGIN = Duration.ofMinutes(2);

    /** What a fetch ended with; the wire and metric name is the lower-case name. */
    public enum Outcome {
        SUCCESS,
        HTTP_ERROR,
        TIMEOUT,
        UNREACHABLE,
        TOO_LARGE,
        INVALID,
        UNKNOWN_GAME;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * What one fetch did.
     *
     * @param attempts requests made, retries included
     * @param rowsRead rows of the body, 0 when it was not read
     * @param stored new draws stored
     * @param alreadyStored draws the game held already
     * @param rejected rows refused, with their line (in the import's CSV: header = 1) and reason
     */
    // Answered as JSON by an admin endpoint: the native image must keep its accessors.
    @RegisterForReflection
    public record FetchReport(String lotteryId, String url, String outcome, String message, int attempts, int rowsRead,
            int stored, int alreadyStored, List<String> rejected, long durationMs) {
    }

    /** A configured source with its shared record (null before its first fetch); {@code every} as ISO-8601. */
    // Answered as JSON by an admin endpoint: the native image must keep its accessors.
    @RegisterForReflection
    public record SourceReport(String lotteryId, String url, String format, String every,
            DrawSourceRepository.SourceState state) {
    }

    private final DrawSourcesConfig config;
    private final DrawSourceRepository repository;
    private final DrawService draws;
    private final LotteryConfigurationService configurations;
    private final EngineExecutor executor;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final HttpClient client;
    private final String owner = UUID.randomUUID()
            .toString();
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    DrawSourceJob(DrawSourcesConfig config, DrawSourceRepository repository, DrawService draws,
            LotteryConfigurationService configurations, EngineExecutor executor, ObjectMapper json,
            MeterRegistry metrics, Vertx vertx) {
        this.config = config;
        this.repository = repository;
        this.draws = draws;
        this.configurations = configurations;
        this.executor = executor;
        this.json = json;
        this.metrics = metrics;
        this.client = vertx.createHttpClient(new HttpClientOptions().setMaxRedirects(5));
    }

    /**
     * Exports draw_source_last_success_timestamp_seconds for every configured source from the start, read from the
     * shared record: every replica shows when any of them last fetched the source (0: never), which the
     * PatternDataStale alert watches.
     */
    void onStart(@Observes StartupEvent started) {
        config.games()
                .keySet()
                .forEach(this::lastSuccessGauge);
        refreshGauges().subscribe()
                .with(ignored -> {
                }, failure -> LOG.debugf("Draw source records not read at start: %s", failure.toString()));
    }

    private Uni<Void> refreshGauges() {
        return repository.states()
                .invoke(states -> states.stream()
                        .filter(state -> state.lastSuccessAt() != null && config.games()
                                .containsKey(state.lotteryId()))
                        .forEach(state -> lastSuccessGauge(state.lotteryId()).accumulateAndGet(state.lastSuccessAt()
                                .getEpochSecond(), Math::max)))
                .replaceWithVoid();
    }

    @PreDestroy
    void close() {
        client.closeAndAwait();
    }

    @Scheduled(identity = "draw-sources", every = "{lottery.draw-sources.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        // Every replica looks; the lease lets one fetch each due source, the others find it taken or not due.
        return refreshGauges().onFailure()
                .recoverWithNull()
                .onItem()
                .transformToMulti(ignored -> Multi.createFrom()
                        .iterable(List.copyOf(config.games()
                                .keySet())))
                .onItem()
                .transformToUniAndConcatenate(id -> fetchIfDue(id, false).onFailure()
                        .recoverWithNull())
                .collect()
                .asList()
                .replaceWithVoid();
    }

    /**
     * Fetches the game's source now, whether or not it is due (the admin endpoint).
     *
     * @throws InvalidRequestException (400) when the game has no source configured
     * @throws SourceBusyException (409) when another fetch of the game is under way
     */
    public Uni<FetchReport> fetchNow(String lotteryId) {
        if (!config.games()
                .containsKey(lotteryId)) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, "No draw source is configured for %s; set"
                    .formatted(shown(lotteryId)) + " lottery.draw-sources.games.\"<id>\".url",
                    Map.of("field", "lotteryType", "configured", List.copyOf(config.games()
                            .keySet())));
        }
        return fetchIfDue(lotteryId, true).map(report -> {
            if (report == null) {
                throw new SourceBusyException(lotteryId);
            }
            return report;
        });
    }

    /** Every configured source with what its last fetch did. */
    public Uni<List<SourceReport>> sources() {
        return repository.states()
                .map(states -> {
                    List<SourceReport> reports = new ArrayList<>();
                    config.games()
                            .entrySet()
                            .stream()
                            .sorted(Map.Entry.comparingByKey())
                            .forEach(entry -> reports.add(new SourceReport(entry.getKey(), entry.getValue()
                                    .url(),
                                    entry.getValue()
                                            .format()
                                            .name()
                                            .toLowerCase(java.util.Locale.ROOT),
                                    entry.getValue()
                                            .every()
                                            .toString(),
                                    states.stream()
                                            .filter(state -> state.lotteryId()
                                                    .equals(entry.getKey()))
                                            .findFirst()
                                            .orElse(null))));
                    return reports;
                });
    }

    /** The fetch's report, or null when the source was not due or another replica holds its lease. */
    private Uni<FetchReport> fetchIfDue(String lotteryId, boolean force) {
        DrawSourcesConfig.Source source = config.games()
                .get(lotteryId);
        long started = System.nanoTime();
        return configurations.find(lotteryId)
                .onItem()
                .transformToUni(game -> {
                    if (game.isEmpty()) {
                        counted(lotteryId, Outcome.UNKNOWN_GAME);
                        LOG.warnf("Draw source of %s: no such game", lotteryId);
                        return Uni.createFrom()
                                .item(report(lotteryId, source, Outcome.UNKNOWN_GAME, "no game has this id", 0,
                                        null, started));
                    }
                    Duration lease = source.timeout()
                            .multipliedBy(source.retries() + 1L)
                            .plus(source.retryDelay()
                                    .multipliedBy(1L << Math.min(source.retries(), 20)))
                            .plus(IMPORT_MARGIN);
                    String id = game.get()
                            .id();
                    return repository.claim(id, owner, lease, source.every(), force)
                            .onItem()
                            .transformToUni(claimed -> claimed ? fetch(id, source, started)
                                    : Uni.createFrom()
                                            .nullItem());
                });
    }

    private Uni<FetchReport> fetch(String lotteryId, DrawSourcesConfig.Source source, long started) {
        AtomicLong attempts = new AtomicLong();
        return download(source, attempts).onItem()
                .transformToUni(body -> executor.submit(() -> DrawSourceReader.toImportCsv(body, source.format(), source
                        .fields(), json)))
                .onItem()
                .transformToUni(csv -> draws.importCsv(lotteryId, csv, false))
                .map(done -> report(lotteryId, source, Outcome.SUCCESS, "%d new draws, %d already stored, %d rows rejected"
                        .formatted(done.stored(), done.alreadyStored(), done.rejected()
                                .size()),
                        (int) attempts.get(), done, started))
                .onFailure(failure -> failure instanceof SourceFailure
                        || failure instanceof DrawSourceReader.UnreadableSourceException
                        || failure instanceof MalformedDrawFileException)
                .recoverWithItem(failure -> report(lotteryId, source, outcomeOf(failure), messageOf(failure),
                        (int) attempts.get(), null, started))
                // Any other failure (the database, say) leaves the lease to expire and the source due again.
                .call(report -> repository.record(lotteryId, owner, report.outcome(), report.message(), report
                        .outcome()
                        .equals(Outcome.SUCCESS.wireName()) ? report.stored() : null))
                .invoke(report -> {
                    Outcome outcome = Outcome.valueOf(report.outcome()
                            .toUpperCase(java.util.Locale.ROOT));
                    counted(lotteryId, outcome);
                    if (outcome == Outcome.SUCCESS) {
                        lastSuccessGauge(lotteryId).set(Instant.now()
                                .getEpochSecond());
                        LOG.infof("Draw source of %s: %s", lotteryId, report.message());
                    } else {
                        LOG.warnf("Draw source of %s failed (%s): %s", lotteryId, report.outcome(), report.message());
                    }
                });
    }

    /** The body, with retries after a 5xx, a timeout or no connection, each after a doubled delay. */
    private Uni<String> download(DrawSourcesConfig.Source source, AtomicLong attempts) {
        Uni<String> once = Uni.createFrom()
                .deferred(() -> {
                    attempts.incrementAndGet();
                    return attempt(source);
                });
        if (source.retries() == 0) {
            return once;
        }
        return once.onFailure(failure -> failure instanceof SourceFailure fetch && fetch.retryable)
                .retry()
                .withBackOff(source.retryDelay(), source.retryDelay()
                        .multipliedBy(1L << Math.min(source.retries(), 20)))
                .withJitter(0)
                .atMost(source.retries());
    }

    private Uni<String> attempt(DrawSourcesConfig.Source source) {
        int max = source.maxBodyBytes();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(source.url())
                .setFollowRedirects(true)
                .setTimeout(source.timeout()
                        .toMillis());
        source.headers()
                .forEach(options::addHeader);
        return client.request(options)
                .onItem()
                .transformToUni(request -> {
                    sent.set(request);
                    return request.send();
                })
                .onItem()
                .transformToUni(response -> {
                    int status = response.statusCode();
                    if (status >= 300) {
                        response.request()
                                .reset();
                        return Uni.createFrom()
                                .failure(new SourceFailure(Outcome.HTTP_ERROR, "HTTP " + status, status >= 500
                                        || status == 429));
                    }
                    String length = response.getHeader("Content-Length");
                    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > max) {
                        response.request()
                                .reset();
                        return Uni.createFrom()
                                .failure(tooLarge(max));
                    }
                    return response.toMulti()
                            .collect()
                            .in(Buffer::buffer, (buffer, chunk) -> {
                                buffer.appendBuffer(chunk);
                                if (buffer.length() > max) {
                                    response.request()
                                            .reset();
                                    throw tooLarge(max);
                                }
                            });
                })
                .ifNoItem()
                .after(source.timeout())
                .failWith(() -> {
                    HttpClientRequest request = sent.get();
                    if (request != null) {
                        request.reset();
                    }
                    return new SourceFailure(Outcome.TIMEOUT, "no complete answer within " + source.timeout()
                            .toMillis() + " ms", true);
                })
                .map(buffer -> buffer.toString(StandardCharsets.UTF_8))
                .onFailure(failure -> !(failure instanceof SourceFailure))
                .transform(failure -> failure instanceof java.util.concurrent.TimeoutException
                        || String.valueOf(failure.getMessage())
                                .contains("timeout")
                                        ? new SourceFailure(Outcome.TIMEOUT, "no answer within " + source.timeout()
                                                .toMillis() + " ms", true)
                                        : new SourceFailure(Outcome.UNREACHABLE, String.valueOf(failure.getMessage()),
                                                true));
    }

    private static SourceFailure tooLarge(int max) {
        return new SourceFailure(Outcome.TOO_LARGE, "the body is larger than " + max + " bytes", false);
    }

    private static Outcome outcomeOf(Throwable failure) {
        if (failure instanceof SourceFailure fetch) {
            return fetch.outcome;
        }
        // The body could not be read by its mapping, or its columns are not those of the game.
        return Outcome.INVALID;
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass()
                .getSimpleName() : failure.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private FetchReport report(String lotteryId, DrawSourcesConfig.Source source, Outcome outcome, String message,
            int attempts, DrawImport done, long started) {
        return new FetchReport(lotteryId, source.url(), outcome.wireName(), message, attempts, done == null ? 0
                : done.rowsRead(), done == null ? 0 : done.stored(), done == null ? 0 : done.alreadyStored(),
                done == null ? List.of()
                        : done.rejected()
                                .stream()
                                .map(row -> "line %d: %s".formatted(row.line(), row.reason()))
                                .toList(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void counted(String lotteryId, Outcome outcome) {
        Counter.builder("draw.source.fetch")
                .description("Draw source fetches, by game and outcome")
                .tags("lottery", lotteryId, "outcome", outcome.wireName())
                .register(metrics)
                .increment();
    }

    /** draw_source_last_success_timestamp_seconds: when this replica last fetched the game's source successfully. */
    private AtomicLong lastSuccessGauge(String lotteryId) {
        return lastSuccess.computeIfAbsent(lotteryId, id -> {
            AtomicLong seconds = new AtomicLong();
            Gauge.builder("draw.source.last.success.timestamp", seconds, AtomicLong::get)
                    .description("When the game's draw source was last fetched successfully (epoch seconds)")
                    .baseUnit("seconds")
                    .tag("lottery", id)
                    .register(metrics);
            return seconds;
        });
    }

    private static String shown(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }

    /** A fetch that failed before the import; retryable ones are tried again. */
    private static final class SourceFailure extends RuntimeException {

        final Outcome outcome;
        final boolean retryable;

        SourceFailure(Outcome outcome, String message, boolean retryable) {
            super(message, null, false, false);
            this.outcome = outcome;
            this.retryable = retryable;
        }
    }
}
