package org.lotteryengine.lotteries.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.lotteries.repository.LotteryConfigurationRepository;
import org.lotteryengine.lotteries.repository.entity.LotteryConfigurationEntity;
import org.lotteryengine.platform.config.GamesConfig;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.GameInUseException;
import org.lotteryengine.platform.error.InvalidRequestException;
import org.lotteryengine.platform.error.LotteryConfigurationExistsException;
import org.lotteryengine.platform.error.UnknownLotteryTypeException;
import org.lotteryengine.platform.service.Uncancellable;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;

/**
 * The configured games, and how a client's lottery type (id or name) resolves to one.
 * <p>
 * A stored game never changes (there is no update), so every game found is remembered by id and by name: resolving a
 * lottery type costs a map lookup instead of two queries on every request. A game created on another replica is
 * found in the database on first use.
 */
@ApplicationScoped
public class LotteryConfigurationService {

    private static final Logger LOG = Logger.getLogger(LotteryConfigurationService.class);
    /** Carries the id of a deleted game to every replica. */
    private static final String GAMES_CHANNEL = "lottery:games-deleted";
    private static final Duration REDIS_WAIT = Duration.ofMillis(500);

    private final LotteryConfigurationRepository repository;
    private final GamesConfig games;
    private final GameNames names = new GameNames();
    private final Map<String, Lottery> known = new ConcurrentHashMap<>();
    private final Instance<LotteryDeletionListener> deletionListeners;
    private final ReactivePubSubCommands<String> pubsub;

    LotteryConfigurationService(LotteryConfigurationRepository repository, GamesConfig games,
            Instance<LotteryDeletionListener> deletionListeners, ReactiveRedisDataSource redis) {
        this.repository = repository;
        this.games = games;
        this.deletionListeners = deletionListeners;
        this.pubsub = redis.pubsub(String.class);
    }

    public Uni<List<Lottery>> listAll() {
        return repository.listOrdered()
                .map(all -> all.stream()
                        .map(LotteryEntities::toLottery)
                        .toList());
    }

    /**
     * The game a URL path names, by id ({@code 5-35}) or by name ({@code 5/35}, URL-encoded).
     *
     * @throws UnknownLotteryTypeException (as the Uni's failure, 404) when no game has that id or name
     */
    public Uni<Lottery> getForPath(String lotteryType) {
        return find(lotteryType).onItem()
                .transformToUni(found -> found.isPresent()
                        ? Uni.createFrom().item(found.get())
                        : Uni.createFrom()
                                .failure(UnknownLotteryTypeException.inPath(lotteryType)));
    }

    /**
     * The game a request body names, by name ({@code 5/35}) or id.
     *
     * @throws UnknownLotteryTypeException (as the Uni's failure, 400) when no game has that id or name
     */
    public Uni<Lottery> getForBody(String lotteryType) {
        return find(lotteryType).onItem()
                .transformToUni(found -> found.isPresent()
                        ? Uni.createFrom().item(found.get())
                        : Uni.createFrom()
                                .failure(UnknownLotteryTypeException.inBody(lotteryType)));
    }

    /**
     * Stores a new game, whose format the engine has built, in one transaction with its prizes. Its name is normalised
     * ({@link GameNames}). Creations are serialised across replicas by an advisory lock, so that the cap on games and
     * the confusable-name check hold under concurrent requests.
     *
     * @throws LotteryConfigurationExistsException (as the Uni's failure) when its id is taken, or its name is, or
     *         could be mistaken for an existing one
     * @throws InvalidRequestException when the service holds the most games allowed, or the game is larger than
     *         allowed
     */
    public Uni<Lottery> create(Lottery lottery) {
        return Uncancellable.transaction(() -> createNew(lottery))
                .map(LotteryEntities::toLottery);
    }

    private Uni<LotteryConfigurationEntity> createNew(Lottery lottery) {
        // What the exact evaluation enumerates: every draw of a k-of-n game, the main draws of a bonus game (its bonus
        // cases are counted in closed form per main draw).
        long possibleDraws = lottery.bonus()
                .map(BonusGame::mainDraws)
                .orElseGet(lottery::totalDraws);
        if (possibleDraws > games.maxPossibleDraws()) {
            return Uni.createFrom()
                    .failure(new InvalidRequestException(ErrorCode.INVALID_LOTTERY_CONFIG,
                            "this game has %,d %s; games of at most %,d are accepted".formatted(possibleDraws,
                                    lottery.hasBonus() ? "main draws" : "possible draws", games.maxPossibleDraws()),
                            Map.of("possibleDraws", possibleDraws, "maximum", games.maxPossibleDraws())));
        }
        LotteryConfigurationEntity entity = LotteryEntities.toEntity(lottery);
        entity.name = names.normalised(entity.name);
        return repository.lockCreation()
                .chain(repository::listOrdered)
                .invoke(all -> refuseUnlessNew(entity, all))
                .chain(() -> repository.persist(entity));
    }

    private void refuseUnlessNew(LotteryConfigurationEntity entity, List<LotteryConfigurationEntity> all) {
        if (all.size() >= games.maxCount()) {
            throw new InvalidRequestException(ErrorCode.INVALID_LOTTERY_CONFIG,
                    "the service holds the most games allowed (%d); an administrator can delete one".formatted(games
                            .maxCount()),
                    Map.of("maximum", games.maxCount()));
        }
        for (LotteryConfigurationEntity game : all) {
            if (game.id.equals(entity.id)) {
                throw new LotteryConfigurationExistsException("id", entity.id);
            }
        }
        names.confusableWith(entity.name, all.stream()
                .map(game -> game.name)
                .toList())
                .ifPresent(existing -> {
                    throw existing.equals(entity.name) ? new LotteryConfigurationExistsException("name", entity.name)
                            : LotteryConfigurationExistsException.confusable(entity.name, existing);
                });
    }

    /**
     * Deletes a game with its draws and analysis, and with its sessions when forced. Refused (409) while any of its
     * generations is queued or running, and, unless forced, while it has sessions. Under the creation lock, so that
     * the game cannot be created again half-way; every replica forgets it (a Redis notification), and each
     * {@link LotteryDeletionListener} (the cached analysis) is told.
     *
     * @throws UnknownLotteryTypeException (404) when no game has that id or name
     * @throws GameInUseException (409)
     */
    public Uni<Void> delete(String lotteryType, boolean force) {
        return Uncancellable.transaction(() -> deleteWithEverything(lotteryType, force));
    }

    private Uni<Void> deleteWithEverything(String lotteryType, boolean force) {
        return repository.lockCreation()
                .chain(() -> repository.findByIdOrName(lotteryType))
                .map(found -> found.orElseThrow(() -> UnknownLotteryTypeException.inPath(lotteryType)))
                .call(game -> repository.sessionCounts(game.id)
                        .invoke(counts -> {
                            if (counts[0] > 0) {
                                throw GameInUseException.running(game.id, counts[0]);
                            }
                            if (counts[1] > 0 && !force) {
                                throw GameInUseException.sessions(game.id, counts[1]);
                            }
                        }))
                .call(game -> repository.deleteWithEverything(game.id))
                .call(game -> tellListeners(game.id))
                .invoke(game -> {
                    forget(game.id);
                    guarded(pubsub.publish(GAMES_CHANNEL, game.id)).subscribe()
                            .with(ignored -> {
                            });
                })
                .replaceWithVoid();
    }

    private Uni<Void> tellListeners(String lotteryId) {
        Uni<Void> all = Uni.createFrom()
                .voidItem();
        for (LotteryDeletionListener listener : deletionListeners) {
            all = all.chain(() -> listener.deleted(lotteryId));
        }
        return all;
    }

    void listen(@Observes StartupEvent start) {
        pubsub.subscribe(GAMES_CHANNEL, this::forget)
                .subscribe()
                .with(ignored -> {
                }, failure -> LOG.warnf("games deleted on other replicas are forgotten here only at restart: %s",
                        failure.toString()));
    }

    /** Forgets what this replica remembered of a game, by id and by name. */
    private void forget(String lotteryId) {
        known.values()
                .removeIf(game -> game.id()
                        .equals(lotteryId));
    }

    private static <T> Uni<T> guarded(Uni<T> redisCall) {
        return redisCall.ifNoItem()
                .after(REDIS_WAIT)
                .fail()
                .onFailure()
                .recoverWithNull();
    }

    /** The game with this id or name, if there is one. */
    public Uni<Optional<Lottery>> find(String lotteryType) {
        if (lotteryType != null && lotteryType.indexOf('\u0000') >= 0) {
            // PostgreSQL text cannot hold NUL, so no game has such a name; the query itself would fail.
            return Uni.createFrom()
                    .item(Optional.empty());
        }
        Lottery remembered = lotteryType == null ? null : known.get(lotteryType);
        if (remembered != null) {
            return Uni.createFrom()
                    .item(Optional.of(remembered));
        }
        return repository.findByIdOrName(lotteryType)
                .map(found -> found.map(LotteryEntities::toLottery))
                .invoke(found -> found.ifPresent(game -> {
                    known.put(game.id(), game);
                    known.put(game.name(), game);
                }));
    }
}
