package org.lotteryengine.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.error.LotteryConfigurationExistsException;
import org.lotteryengine.error.UnknownLotteryTypeException;
import org.lotteryengine.repository.LotteryConfigurationRepository;
import org.lotteryengine.repository.entity.LotteryConfigurationEntity;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The configured games, and how a client's lottery type (id or name) resolves to one.
 * <p>
 * A stored game never changes (there is no update or delete), so every game found is remembered by id and by name:
 * resolving a lottery type costs a map lookup instead of two queries on every request. A game created on another
 * replica is found in the database on first use.
 */
@ApplicationScoped
public class LotteryConfigurationService {

    private final LotteryConfigurationRepository repository;
    private final Map<String, LotteryConfigurationEntity> known = new ConcurrentHashMap<>();

    LotteryConfigurationService(LotteryConfigurationRepository repository) {
        this.repository = repository;
    }

    public Uni<List<LotteryConfigurationEntity>> listAll() {
        return repository.listOrdered();
    }

    /**
     * The game a URL path names, by id ({@code 5-35}) or by name ({@code 5/35}, URL-encoded).
     *
     * @throws UnknownLotteryTypeException (as the Uni's failure, 404) when no game has that id or name
     */
    public Uni<LotteryConfigurationEntity> getForPath(String lotteryType) {
        return find(lotteryType).onItem()
                .transformToUni(found -> found.isPresent()
                        ? Uni.createFrom().item(found.get())
                        : unknownInPath(lotteryType));
    }

    /**
     * The game a request body names, by name ({@code 5/35}) or id.
     *
     * @throws UnknownLotteryTypeException (as the Uni's failure, 400) when no game has that id or name
     */
    public Uni<LotteryConfigurationEntity> getForBody(String lotteryType) {
        return find(lotteryType).onItem()
                .transformToUni(found -> found.isPresent()
                        ? Uni.createFrom().item(found.get())
                        : repository.listOrdered()
                                .onItem()
                                .transformToUni(all -> Uni.createFrom()
                                        .failure(UnknownLotteryTypeException.inBody(lotteryType, ids(all)))));
    }

    /**
     * Stores a new game, already validated by the engine, in one transaction with its prizes.
     *
     * @throws LotteryConfigurationExistsException (as the Uni's failure) when its id or name is taken
     */
    @WithTransaction
    public Uni<LotteryConfigurationEntity> create(LotteryConfigurationEntity entity) {
        return repository.findById(entity.id)
                .onItem()
                .ifNotNull()
                .failWith(() -> new LotteryConfigurationExistsException("id", entity.id))
                .chain(() -> repository.count("name", entity.name))
                .onItem()
                .transformToUni(sameName -> sameName > 0
                        ? Uni.createFrom()
                                .failure(new LotteryConfigurationExistsException("name", entity.name))
                        : repository.persist(entity));
    }

    private Uni<Optional<LotteryConfigurationEntity>> find(String lotteryType) {
        if (lotteryType != null && lotteryType.indexOf('\u0000') >= 0) {
            // PostgreSQL text cannot hold NUL, so no game has such a name; the query itself would fail.
            return Uni.createFrom()
                    .item(Optional.empty());
        }
        LotteryConfigurationEntity remembered = lotteryType == null ? null : known.get(lotteryType);
        if (remembered != null) {
            return Uni.createFrom()
                    .item(Optional.of(remembered));
        }
        return repository.findByIdOrName(lotteryType)
                .invoke(found -> found.ifPresent(game -> {
                    known.put(game.id, game);
                    known.put(game.name, game);
                }));
    }

    private static List<String> ids(List<LotteryConfigurationEntity> all) {
        return all.stream()
                .map(entity -> entity.id)
                .toList();
    }

    private Uni<LotteryConfigurationEntity> unknownInPath(String lotteryType) {
        return repository.listOrdered()
                .onItem()
                .transformToUni(all -> Uni.createFrom()
                        .failure(UnknownLotteryTypeException.inPath(lotteryType, ids(all))));
    }
}
