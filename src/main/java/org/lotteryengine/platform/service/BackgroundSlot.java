package org.lotteryengine.platform.service;

import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the background searches of a replica share (the design library's and the wheel designs'): one permit, so that
 * together they keep to the configured CPU share instead of each taking it, and the rule that they run only while the
 * engine pool has no request work, running or waiting.
 */
@ApplicationScoped
public class BackgroundSlot {

    private final Semaphore permit = new Semaphore(1);
    private final EngineExecutor executor;

    BackgroundSlot(EngineExecutor executor) {
        this.executor = executor;
    }

    /** Whether the engine pool has no request work, running or waiting. */
    public boolean idle() {
        return executor.active() + executor.queued() == 0;
    }

    /** Takes the slot if no other background search holds it. */
    public boolean tryTake() {
        return permit.tryAcquire();
    }

    /** Gives back a slot taken with {@link #tryTake()}. */
    public void giveBack() {
        permit.release();
    }
}
