package org.lotteryengine.platform.error;

/**
 * A refusal that tells the client when to come back: answered with a {@code Retry-After} header.
 */
public interface RetryLater {

    int retryAfterSeconds();
}
