package org.lotteryengine.clients.rest;

import jakarta.enterprise.context.RequestScoped;

import org.lotteryengine.clients.service.Client;

/**
 * The client of the current request, as {@link ClientFilter} identified it, for resources to pass to services.
 */
@RequestScoped
public class RequestClient {

    private Client client;

    void set(Client client) {
        this.client = client;
    }

    /** The client; only /api/v2 requests have one. */
    public Client get() {
        if (client == null) {
            throw new IllegalStateException("no client was identified for this request");
        }
        return client;
    }
}
