package org.lotteryengine.platform.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;

/**
 * The probe paths of the spec (spec 13.2) on the API port: {@code /health} for liveness and {@code /ready} for
 * readiness, with the status of {@code /q/health/live} and {@code /q/health/ready} (200 when UP, 503 when DOWN) and
 * a body of the status alone. The checks' measures (CPU, heap, database timings) are served only on the management
 * port ({@code quarkus.management.port}, 9000), which is never exposed beside the API.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health", description = "Probe paths with the status alone; every check and its measures are on the management port, /q/health")
public class HealthAliasResource {

    private final SmallRyeHealthReporter reporter;

    HealthAliasResource(SmallRyeHealthReporter reporter) {
        this.reporter = reporter;
    }

    @GET
    @Path("health")
    @Operation(summary = "Liveness, as /q/health/live")
    @APIResponse(responseCode = "200", description = "The service is alive")
    @APIResponse(responseCode = "503", description = "The service should be restarted")
    public Uni<Response> liveness() {
        return reporter.getLivenessAsync()
                .map(HealthAliasResource::toResponse);
    }

    @GET
    @Path("ready")
    @Operation(summary = "Readiness, as /q/health/ready: PostgreSQL, Redis and generation capacity")
    @APIResponse(responseCode = "200", description = "The service can take traffic")
    @APIResponse(responseCode = "503", description = "A dependency is down or this replica is at capacity; keep traffic away")
    public Uni<Response> readiness() {
        return reporter.getReadinessAsync()
                .map(HealthAliasResource::toResponse);
    }

    private static Response toResponse(SmallRyeHealth health) {
        return Response.status(health.isDown() ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(health.isDown() ? "{\"status\":\"DOWN\"}" : "{\"status\":\"UP\"}")
                .build();
    }
}
