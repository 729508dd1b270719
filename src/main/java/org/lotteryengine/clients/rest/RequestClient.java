package org.lotteryengine.clients.rest;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.lotteryengine.clients.service.Client;
import org.lotteryengine.clients.service.RateLimiter;

/**
 * The client of the current request, as {@link ClientFilter} identified it, for resources to pass to services.
 */
@RequestScoped
public class RequestClient {

    private Client client;
    private RateLimiter.Counted counted;

    void set(Client client) {
        this.client = client;
    }

    void counted(RateLimiter.Counted counted) {
        this.counted = counted;
    }

    /** The count of this request against its route's limit, if it was counted. */
    Optional<RateLimiter.Counted> counted() {
        return Optional.ofNullable(counted);
    }

    /** The client; only /api/v2 requests have one. */
    public Client get() {
        if (client == null) {
            throw new IllegalStateException("no client was identified for this request");
        }
        return client;
    }
}
