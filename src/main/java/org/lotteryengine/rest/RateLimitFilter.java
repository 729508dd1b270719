package org.lotteryengine.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.lotteryengine.service.RateLimiter;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Applies the limits of spec 14.2 to every /api/v2 request before it runs: api_requests always, plus
 * generation_requests for a generation and status_checks for a status stream. A refusal is a 429 in the spec's error
 * body with Retry-After, mapped by {@link ErrorMappers}.
 */
public class RateLimitFilter {

    private final RateLimiter limiter;

    RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    // Before any other filter: a client over its limit gets no other answer.
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> limit(ContainerRequestContext context, HttpServerRequest request) {
        String path = context.getUriInfo()
                .getPath();
        if (!limiter.enabled() || !path.startsWith("/api/v2/")) {
            return Uni.createFrom()
                    .voidItem();
        }
        String apiKey = context.getHeaderString("X-API-Key");
        String client = apiKey != null && !apiKey.isBlank() ? "key:" + apiKey
                : "address:" + (request.remoteAddress() == null ? "unknown"
                        : request.remoteAddress()
                                .hostAddress());
        Uni<Void> api = limiter.acquire(RateLimiter.Limit.API_REQUESTS, client);
        if (path.equals("/api/v2/generate-tickets") && "POST".equals(context.getMethod())) {
            return api.chain(() -> limiter.acquire(RateLimiter.Limit.GENERATION_REQUESTS, client));
        }
        if (path.startsWith("/api/v2/generation-status/")) {
            return api.chain(() -> limiter.acquire(RateLimiter.Limit.STATUS_CHECKS, client));
        }
        return api;
    }
}
