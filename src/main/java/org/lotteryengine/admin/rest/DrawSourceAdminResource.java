package org.lotteryengine.admin.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lotteryengine.clients.rest.RequiresScope;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.draws.ops.DrawSourceJob;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * The configured draw sources (issue 7/7): what each last fetch did, and a fetch now.
 */
// ClientFilter reads RequiresScope and CountedAs through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2/admin/draw-sources")
@RequiresScope(Scope.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Maintenance and API keys; requires Authorization: Bearer <lottery.admin.token> or an X-API-Key with the admin scope")
@APIResponse(responseCode = "401", description = "UNAUTHORIZED (4010): no token or key, or not a valid one", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "ADMIN_DISABLED (4030) or INSUFFICIENT_SCOPE (4031)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class DrawSourceAdminResource {

    private final DrawSourceJob sources;

    DrawSourceAdminResource(DrawSourceJob sources) {
        this.sources = sources;
    }

    @GET
    @Operation(summary = "The configured draw sources", description = "Each source (lottery.draw-sources.games.<id>) with its URL, format, schedule and what its last fetch did: when, its outcome (success, http_error, timeout, unreachable, too_large, invalid, unknown_game), the message, the draws it stored, failures in a row, and whether a replica is fetching it now.")
    @APIResponse(responseCode = "200", description = "The sources")
    public Uni<List<DrawSourceJob.SourceReport>> list() {
        return sources.sources();
    }

    @POST
    @Path("/{lotteryType}/fetch")
    @Operation(summary = "Fetch a game's draw source now", description = "Downloads the source (with its timeout and retries), imports its rows as an upload would (bad rows listed, draws already stored skipped) and records the outcome. A failed fetch is a 200 whose outcome says why: it changes no stored draw.")
    @APIResponse(responseCode = "200", description = "What the fetch did")
    @APIResponse(responseCode = "400", description = "No source is configured for the game (4000)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "A fetch of the game is under way (4094)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<DrawSourceJob.FetchReport> fetch(@PathParam("lotteryType") String lotteryType) {
        return sources.fetchNow(lotteryType);
    }
}
