package org.lotteryengine.platform.service;

import java.util.function.Supplier;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Work that, once accepted, runs to its end whatever its caller does; only its answer is dropped.
 * <p>
 * Quarkus REST cancels a request's subscription when its client closes the connection. Cancelling
 * {@link Panache#withTransaction} mid-flight closes the database session under a live transaction (Hibernate
 * Reactive's HR000090, "Live transaction detected while closing the connection"): the write is rolled back or, when
 * the cancel lands between the commit and the next step, kept without that step (a session row stored and never
 * started). So every transaction of the service is opened here, and so is every commit-then-act sequence.
 */
public final class Uncancellable {

    private Uncancellable() {
    }

    /** Runs {@code work} in one transaction that the subscriber's cancellation does not reach. */
    public static <T> Uni<T> transaction(Supplier<Uni<T>> work) {
        return of(Panache.withTransaction(work));
    }

    /** Subscribes to {@code work} on its own, so that a cancellation stops the answer, not the work. */
    public static <T> Uni<T> of(Uni<T> work) {
        return Uni.createFrom()
                .emitter(emitter -> work.subscribe()
                        .with(emitter::complete, emitter::fail));
    }
}
