package org.lotteryengine.platform.rest;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;

/**
 * Refuses a request whose declared body is above {@code quarkus.http.limits.max-body-size} with 413 in the spec's
 * error body, before anything reads it. (A chunked body without a length that grows past the limit is still cut off
 * by the HTTP layer with a bare 413.)
 */
@ApplicationScoped
public class HttpFailureBodies {

    private final long maxBodyBytes;

    HttpFailureBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route()
                .order(Integer.MIN_VALUE)
                .handler(context -> {
                    String length = context.request()
                            .getHeader("Content-Length");
                    if (length != null && declaredLength(length) > maxBodyBytes) {
                        ErrorCode code = ErrorCode.PAYLOAD_TOO_LARGE;
                        context.response()
                                .setStatusCode(code.httpStatus())
                                .putHeader("Content-Type", "application/json")
                                .putHeader("Connection", "close")
                                .end(Json.encode(new ApiError(code.name(), "The request body is larger than allowed",
                                        code.code(), Map.of("maximumBytes", maxBodyBytes))));
                        return;
                    }
                    context.next();
                });
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            // Not a length: the HTTP layer refuses it on its own.
            return -1;
        }
    }
}
