package org.lotteryengine.lotteries.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.lotteryengine.clients.rest.RequiresScope;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.lotteries.mapping.LotteryConfigurationMapper;
import org.lotteryengine.lotteries.mapping.LotteryRequestMapper;
import org.lotteryengine.lotteries.rest.dto.CreateLotteryRequest;
import org.lotteryengine.lotteries.rest.dto.LotteryConfigurationResponse;
import org.lotteryengine.lotteries.service.LotteryConfigurationService;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * The games the service knows.
 */
// ClientFilter reads RequiresScope and CountedAs through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2/lotteries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lotteries", description = "Configured games: numbers, ticket price, prizes and exact odds")
public class LotteryConfigurationResource {

    private final LotteryConfigurationService service;

    LotteryConfigurationResource(LotteryConfigurationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List every configured game, with its exact odds")
    @APIResponse(responseCode = "200", description = "The games, ordered by id")
    public Uni<List<LotteryConfigurationResponse>> list() {
        return service.listAll()
                .map(all -> all.stream()
                        .map(LotteryConfigurationMapper::toResponse)
                        .toList());
    }

    @POST
    @RequiresScope(Scope.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "401", description = "UNAUTHORIZED (4010): no key or admin token, or an unknown one", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "INSUFFICIENT_SCOPE (4031): games are created by administrators", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @Operation(summary = "Create a k-of-n game (admin scope)", description = "The engine checks that the game can exist: numbers 0..64 (at most 64 of them), 1..10 drawn, a positive ticket price, prizes only for possible match counts.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new game")
    @APIResponse(responseCode = "400", description = "The game cannot exist, or the body is malformed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The id or name is taken", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<RestResponse<LotteryConfigurationResponse>> create(@NotNull @Valid CreateLotteryRequest request) {
        return service.create(LotteryRequestMapper.toLottery(request))
                .map(LotteryConfigurationMapper::toResponse)
                .map(created -> RestResponse.ResponseBuilder
                        .<LotteryConfigurationResponse> created(URI.create("/api/v2/lotteries/" + created.id()))
                        .entity(created)
                        .build());
    }

    @GET
    @Path("/{lotteryType}")
    @Operation(summary = "One game, by id or by name")
    @APIResponse(responseCode = "200", description = "The game")
    @APIResponse(responseCode = "404", description = "No game has this id or name", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<LotteryConfigurationResponse> get(
            @Parameter(description = "The game's id (5-35) or its name, URL-encoded (5%2F35)", example = "5-35") @PathParam("lotteryType") String lotteryType) {
        return service.getForPath(lotteryType)
                .map(LotteryConfigurationMapper::toResponse);
    }

    @DELETE
    @Path("/{lotteryType}")
    @RequiresScope(Scope.ADMIN)
    @Operation(summary = "Delete a game (admin scope)", description = "Deletes the game with its draws and pattern analysis, in one transaction. Refused while any of its generations is queued or running; while it has stored sessions, refused unless force=true, which deletes them too.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Unknown game", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "GAME_IN_USE (4093): generations run on it, or it has sessions and force is not set", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<RestResponse<Void>> delete(@PathParam("lotteryType") String lotteryType,
            @Parameter(description = "Delete the game's stored sessions too") @QueryParam("force") @DefaultValue("false") boolean force) {
        return service.delete(lotteryType, force)
                .map(ignored -> RestResponse.noContent());
    }
}
