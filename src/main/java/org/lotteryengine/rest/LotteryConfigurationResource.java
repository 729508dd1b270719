package org.lotteryengine.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lotteryengine.mapping.LotteryConfigurationMapper;
import org.lotteryengine.rest.dto.ApiError;
import org.lotteryengine.rest.dto.LotteryConfigurationResponse;
import org.lotteryengine.service.LotteryConfigurationService;

import io.smallrye.mutiny.Uni;

/**
 * The games the service knows.
 */
@Path("/api/v2/lotteries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lotteries", description = "Configured games: numbers, ticket price and prize per tier")
public class LotteryConfigurationResource {

    private final LotteryConfigurationService service;

    LotteryConfigurationResource(LotteryConfigurationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List every configured game")
    @APIResponse(responseCode = "200", description = "The games, ordered by id")
    public Uni<List<LotteryConfigurationResponse>> list() {
        return service.listAll()
                .map(all -> all.stream()
                        .map(LotteryConfigurationMapper::toResponse)
                        .toList());
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
}
