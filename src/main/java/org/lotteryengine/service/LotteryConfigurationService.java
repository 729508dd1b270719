package org.lotteryengine.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.error.UnknownLotteryTypeException;
import org.lotteryengine.repository.LotteryConfigurationRepository;
import org.lotteryengine.repository.entity.LotteryConfigurationEntity;

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

    private Uni<LotteryConfigurationEntity> unknownInPath(String lotteryType) {
        return repository.listOrdered()
                .onItem()
                .transformToUni(all -> Uni.createFrom()
                        .failure(UnknownLotteryTypeException.inPath(lotteryType, all.stream()
                                .map(entity -> entity.id)
                                .toList())));
    }
}
