package org.lotteryengine.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lotteryengine.config.AdminConfig;
import org.lotteryengine.error.AdminAccessException;
import org.lotteryengine.ops.PatternRefreshJob;
import org.lotteryengine.ops.SessionCleanupJob;
import org.lotteryengine.rest.dto.ApiError;

import io.smallrye.mutiny.Uni;

/**
 * Maintenance on demand (spec 13.4): the same jobs the scheduler runs, for operators holding the admin token.
 */
@Path("/api/v2/admin/maintenance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Maintenance on demand; requires Authorization: Bearer <lottery.admin.token>")
@APIResponse(responseCode = "401", description = "UNAUTHORIZED (4010): no token, or not the admin token", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "ADMIN_DISABLED (4030): no admin token is configured", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "503", description = "PostgreSQL does not answer", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class AdminResource {

    private static final String BEARER = "Bearer ";

    private final AdminConfig config;
    private final SessionCleanupJob cleanup;
    private final PatternRefreshJob refresh;

    AdminResource(AdminConfig config, SessionCleanupJob cleanup, PatternRefreshJob refresh) {
        this.config = config;
        this.cleanup = cleanup;
        this.refresh = refresh;
    }

    @POST
    @Path("/session-cleanup")
    @Operation(summary = "Remove old sessions now", description = "Deletes sessions created before now minus lottery.maintenance.session-retention (7 days), except active ones, with their sets, tickets and performance rows, one transaction per batch.")
    @APIResponse(responseCode = "200", description = "What was removed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionCleanupJob.Report.class)))
    public Uni<SessionCleanupJob.Report> cleanSessions(
            @Parameter(description = "Bearer <admin token>") @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authorize(authorization);
        return cleanup.run();
    }

    @POST
    @Path("/pattern-refresh")
    @Operation(summary = "Recompute every game's pattern analysis now", description = "Recomputes and stores the analysis of every game, one after another, and replaces the cached copies. With staleOnly=true, as the daily schedule does: games whose analysis is younger than lottery.maintenance.pattern-refresh-minimum-age (1 hour) are left as they are.")
    @APIResponse(responseCode = "200", description = "The games refreshed, left as they were, and those that failed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatternRefreshJob.Report.class)))
    public Uni<PatternRefreshJob.Report> refreshPatterns(
            @Parameter(description = "Bearer <admin token>") @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "Only games whose analysis is older than the minimum age") @QueryParam("staleOnly") @DefaultValue("false") boolean staleOnly) {
        authorize(authorization);
        return staleOnly ? refresh.runStaleOnly() : refresh.run();
    }

    private void authorize(String authorization) {
        String token = config.token()
                .filter(configured -> !configured.isBlank())
                .orElseThrow(AdminAccessException::disabled);
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw AdminAccessException.unauthorized();
        }
        // Constant time, so that response times do not reveal how much of a guessed token was right.
        byte[] given = authorization.substring(BEARER.length())
                .getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
            throw AdminAccessException.unauthorized();
        }
    }
}
