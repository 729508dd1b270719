package org.lotteryengine.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.lotteryengine.service.SessionService;

import io.smallrye.mutiny.Uni;

/**
 * Checks a status stream's session before the stream starts: once an SSE response has begun, an error can no longer
 * be answered with a status code and the spec's error body.
 */
public class StatusStreamFilter {

    private static final String PREFIX = "/api/v2/generation-status/";

    private final SessionService sessions;

    StatusStreamFilter(SessionService sessions) {
        this.sessions = sessions;
    }

    @ServerRequestFilter(priority = Priorities.USER)
    public Uni<Void> sessionExists(ContainerRequestContext context) {
        String path = context.getUriInfo()
                .getPath();
        if (!path.startsWith(PREFIX) || !"GET".equals(context.getMethod())) {
            return Uni.createFrom()
                    .voidItem();
        }
        // Checked here too, before the session, so that a bad header is a 400 whatever the session.
        GenerationResource.lastEventId(context.getHeaderString("Last-Event-ID"));
        return sessions.requireExisting(path.substring(PREFIX.length()));
    }
}
