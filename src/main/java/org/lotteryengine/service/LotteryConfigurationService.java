package org.lotteryengine.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.error.LotteryConfigurationExistsException;
import org.lotteryengine.error.UnknownLotteryTypeException;
import org.lotteryengine.repository.LotteryConfigurationRepository;
import org.lotteryengine.repository.entity.LotteryConfigurationEntity;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The configured games, and how a client's lottery type (id or name) resolves to one.
 */
@ApplicationScoped
public class LotteryConfigurationService {

    private final LotteryConfigurationRepository repository;

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
        return repository.findByIdOrName(lotteryType)
                .onItem()
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
        return repository.findByIdOrName(lotteryType)
                .onItem()
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
