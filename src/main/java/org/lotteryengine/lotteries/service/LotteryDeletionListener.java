package org.lotteryengine.lotteries.service;

import io.smallrye.mutiny.Uni;

/**
 * Told, inside the deletion's transaction, that a game is gone, so that a feature that keeps derived data about games
 * (the draws feature's cached analysis) drops it. Declared here so that the lotteries feature does not depend on the
 * features built on it.
 */
public interface LotteryDeletionListener {

    /** Completes once this listener has forgotten {@code lotteryId}; a failure fails the deletion. */
    Uni<Void> deleted(String lotteryId);
}
