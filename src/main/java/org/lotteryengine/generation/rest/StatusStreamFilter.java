package org.lotteryengine.generation.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.lotteryengine.clients.rest.RequestClient;
import org.lotteryengine.clients.service.Client;
import org.lotteryengine.clients.service.StreamSlots;
import org.lotteryengine.generation.service.SessionService;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks a status stream's session, and takes one of the client's stream slots, before the stream starts: once an SSE
 * response has begun, an error can no longer be answered with a status code and the spec's error body.
 */
public class StatusStreamFilter {

    private static final String PREFIX = "/api/v2/generation-status/";

    private final SessionService sessions;
    private final RequestClient client;
    private final StreamSlots slots;

    StatusStreamFilter(SessionService sessions, RequestClient client, StreamSlots slots) {
        this.sessions = sessions;
        this.client = client;
        this.slots = slots;
    }

    @ServerRequestFilter(priority = Priorities.USER)
    public Uni<Void> sessionExists(ContainerRequestContext context, RoutingContext routing) {
        String path = context.getUriInfo()
                .getPath();
        if (!path.startsWith(PREFIX) || !"GET".equals(context.getMethod())) {
            return Uni.createFrom()
                    .voidItem();
        }
        // Checked here too, before the session, so that a bad header is a 400 whatever the session.
        GenerationResource.lastEventId(context.getHeaderString("Last-Event-ID"));
        Client streaming = client.get();
        return sessions.requireExisting(path.substring(PREFIX.length()), streaming)
                .invoke(() -> {
                    slots.acquire(streaming);
                    // Given back when the stream ends, fails, or the client goes away.
                    routing.addEndHandler(ended -> slots.release(streaming));
                });
    }
}
