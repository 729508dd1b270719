package org.lotteryengine.generation.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.clients.service.Client;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.GenerationEngine;
import org.lotteryengine.engine.generation.GenerationRequest;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.platform.config.ClientsConfig;
import org.lotteryengine.platform.error.TooManyActiveGenerationsException;
import org.lotteryengine.platform.service.EngineWorkLimits;

import io.smallrye.mutiny.Uni;

/**
 * Whether a client may start a generation on a game, checked in this order: the engine's rules for the request on
 * this game (spec 10.1), the work limits of the game's size (an admin may exceed the cost limit), and the client's
 * bound on generations it has running.
 */
@ApplicationScoped
public class GenerationAdmission {

    private final GenerationEngine engine;
    private final EngineWorkLimits limits;
    private final SessionStore store;
    private final ClientsConfig clients;

    GenerationAdmission(GenerationEngine engine, EngineWorkLimits limits, SessionStore store, ClientsConfig clients) {
        this.engine = engine;
        this.limits = limits;
        this.store = store;
        this.clients = clients;
    }

    /**
     * Completes when the generation may start.
     *
     * @throws org.lotteryengine.engine.generation.InvalidGenerationRequestException when the request breaks a rule
     * @throws org.lotteryengine.platform.error.InvalidRequestException when the game is too large for the request
     * @throws TooManyActiveGenerationsException (as the Uni's failure) when the client has its most generations
     *         running
     */
    public Uni<Void> check(Lottery game, GenerationRequest request, Client client) {
        LotteryFormat format = game.format();
        engine.validate(format, request);
        limits.check(format, game.name(), request.numberOfTickets(), client.has(Scope.ADMIN));
        return checkActive(client);
    }

    /**
     * Completes when the client has fewer generations running than it may.
     *
     * @throws TooManyActiveGenerationsException (as the Uni's failure) otherwise
     */
    public Uni<Void> checkActive(Client client) {
        return store.activeOf(client.id())
                .invoke(active -> {
                    if (active >= clients.maxActiveGenerations()) {
                        throw new TooManyActiveGenerationsException(clients.maxActiveGenerations());
                    }
                })
                .replaceWithVoid();
    }
}
