package org.lotteryengine.admin.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lotteryengine.clients.rest.RequiresScope;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.draws.ops.PatternRefreshJob;
import org.lotteryengine.generation.ops.SessionCleanupJob;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * Maintenance on demand (spec 13.4): the same jobs the scheduler runs, for operators: the admin token or a key with
 * the admin scope.
 */
// ClientFilter reads RequiresScope and CountedAs through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2/admin/maintenance")
@RequiresScope(Scope.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Maintenance and API keys; requires Authorization: Bearer <lottery.admin.token> or an X-API-Key with the admin scope")
@APIResponse(responseCode = "401", description = "UNAUTHORIZED (4010): no token or key, or not a valid one", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "ADMIN_DISABLED (4030): a bearer token was sent but none is configured; INSUFFICIENT_SCOPE (4031): the key lacks the admin scope", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "503", description = "PostgreSQL does not answer", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class AdminResource {

    private final SessionCleanupJob cleanup;
    private final PatternRefreshJob refresh;

    AdminResource(SessionCleanupJob cleanup, PatternRefreshJob refresh) {
        this.cleanup = cleanup;
        this.refresh = refresh;
    }

    @POST
    @Path("/session-cleanup")
    @Operation(summary = "Remove old sessions now", description = "Deletes sessions created before now minus lottery.maintenance.session-retention (7 days), except active ones, with their sets, tickets and performance rows, one transaction per batch.")
    @APIResponse(responseCode = "200", description = "What was removed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionCleanupJob.Report.class)))
    public Uni<SessionCleanupJob.Report> cleanSessions() {
        return cleanup.run();
    }

    @POST
    @Path("/pattern-refresh")
    @Operation(summary = "Recompute every game's pattern analysis now", description = "Recomputes and stores the analysis of every game, one after another, and replaces the cached copies. With staleOnly=true, as the daily schedule does: games whose analysis is younger than lottery.maintenance.pattern-refresh-minimum-age (1 hour) are left as they are.")
    @APIResponse(responseCode = "200", description = "The games refreshed, left as they were, and those that failed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatternRefreshJob.Report.class)))
    public Uni<PatternRefreshJob.Report> refreshPatterns(
            @Parameter(description = "Only games whose analysis is older than the minimum age") @QueryParam("staleOnly") @DefaultValue("false") boolean staleOnly) {
        return staleOnly ? refresh.runStaleOnly() : refresh.run();
    }
}
