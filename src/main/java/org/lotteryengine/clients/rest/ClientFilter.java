package org.lotteryengine.clients.rest;

import java.lang.reflect.Method;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.lotteryengine.clients.service.ApiKeyService;
import org.lotteryengine.clients.service.Client;
import org.lotteryengine.clients.service.ClientAddresses;
import org.lotteryengine.clients.service.RateLimiter;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.platform.error.ClientAccessException;
import org.lotteryengine.platform.rest.ErrorMappers;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Identifies the client of every /api/v2 request and applies its limits and scopes before the resource runs: an API
 * key ({@code X-API-Key}), the admin token ({@code Authorization: Bearer}), or else an anonymous client counted by
 * address (the right-most X-Forwarded-For hop that no trusted proxy wrote, see {@link ClientAddresses}). An unknown
 * key is a 401, never a fresh allowance. Limits (spec 14.2) and scopes are read from the matched
 * resource method ({@link CountedAs}, {@link RequiresScope}), never from the raw path. Refusals are mapped by
 * {@link ErrorMappers}.
 */
public class ClientFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeyService keys;
    private final ClientAddresses addresses;
    private final RateLimiter limiter;
    private final RequestClient current;

    ClientFilter(ApiKeyService keys, ClientAddresses addresses, RateLimiter limiter, RequestClient current) {
        this.keys = keys;
        this.addresses = addresses;
        this.limiter = limiter;
        this.current = current;
    }

    // Before any other filter: a client that is unknown or over its limit gets no other answer.
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> identify(ContainerRequestContext context, HttpServerRequest request, ResourceInfo resource) {
        if (!context.getUriInfo()
                .getPath()
                .startsWith("/api/v2/")) {
            return Uni.createFrom()
                    .voidItem();
        }
        String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        String bearer = authorization != null && authorization.startsWith(BEARER) ? authorization.substring(BEARER
                .length()) : null;
        String address = request.remoteAddress() == null ? "unknown"
                : addresses.resolve(request.remoteAddress()
                        .hostAddress(),
                        request.headers()
                                .getAll("X-Forwarded-For"));
        Method method = resource.getResourceMethod();
        return keys.identify(context.getHeaderString("X-API-Key"), bearer, address)
                .invoke(current::set)
                .call(client -> count(RateLimiter.Limit.API_REQUESTS, client))
                .invoke(client -> authorize(client, method == null ? null : required(method, resource)))
                .call(client -> countRoute(method == null ? null : method.getAnnotation(CountedAs.class), client))
                .replaceWithVoid();
    }

    /**
     * A generation request that the service refused with a 4xx (a bad body, an unknown game) is given back: only
     * requests the service took on count against the generation limit (issue 5/7).
     */
    @ServerResponseFilter
    public Uni<Void> giveBackRefused(ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || status == 429) {
            return Uni.createFrom()
                    .voidItem();
        }
        return current.counted()
                .map(limiter::giveBack)
                .orElseGet(() -> Uni.createFrom()
                        .voidItem());
    }

    private Uni<Void> countRoute(CountedAs route, Client client) {
        if (route == null || !limiter.enabled()) {
            return Uni.createFrom()
                    .voidItem();
        }
        // Only generations are given back when refused: a status check of an unknown session still counts, so that
        // session ids cannot be probed for free.
        return limiter.acquire(route.value(), client)
                .invoke(counted -> {
                    if (route.value() == RateLimiter.Limit.GENERATION_REQUESTS) {
                        current.counted(counted);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> count(RateLimiter.Limit limit, Client client) {
        return limiter.enabled() ? limiter.acquire(limit, client)
                .replaceWithVoid()
                : Uni.createFrom()
                        .voidItem();
    }

    private static RequiresScope required(Method method, ResourceInfo resource) {
        RequiresScope onMethod = method.getAnnotation(RequiresScope.class);
        if (onMethod != null || resource.getResourceClass() == null) {
            return onMethod;
        }
        return resource.getResourceClass()
                .getAnnotation(RequiresScope.class);
    }

    private static void authorize(Client client, RequiresScope required) {
        if (required == null || client.has(required.value())) {
            return;
        }
        Scope scope = required.value();
        throw client.identified() ? ClientAccessException.missingScope(scope.wireName(), client.name())
                : ClientAccessException.credentialRequired(scope.wireName());
    }
}
