package org.lotteryengine.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lotteryengine.evaluation.mapping.WheelMapper;
import org.lotteryengine.evaluation.rest.dto.WheelRequest;
import org.lotteryengine.evaluation.rest.dto.WheelResponse;
import org.lotteryengine.evaluation.service.WheelService;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * Wheels on the player's own numbers (issue 4/7), as JSON, CSV or a printable PDF (by the Accept header).
 */
// ClientFilter reads RequiresScope and CountedAs through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2/wheels")
@Tag(name = "Evaluation", description = "Exact figures of a ticket set over every possible draw")
public class WheelResource {

    private static final String CSV = "text/csv";
    private static final String PDF = "application/pdf";

    private final WheelService service;

    WheelResource(WheelService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A wheel on your own numbers", description = "The smallest set found of tickets on the pool such that whenever 'ifDrawnInPool' drawn numbers are in the pool some ticket matches at least 'matches' of them, verified over all C(v, x) ways, with the exact evaluation of the tickets over every draw of the game and its size against the best published design. With 'tickets', the set of that many tickets that meets the guarantee for the most ways. Designs are abstract (on v points) and shared: yours is the stored design for (v, k, x, t) mapped onto your numbers, ascending. Accept: text/csv or application/pdf for a download.")
    @APIResponse(responseCode = "200", description = "The wheel", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WheelResponse.class)))
    @APIResponse(responseCode = "400", description = "A bad pool (repeated or foreign numbers, not more than k, more than 30 unless every number), a bad guarantee, an impossible ticket budget, or a malformed body", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "The engine is at capacity; see Retry-After", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<WheelResponse> wheel(@NotNull @Valid WheelRequest request) {
        return service.wheel(WheelMapper.toCommand(request), WheelMapper::toResponse);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(CSV)
    @Operation(summary = "A wheel on your own numbers, as CSV", description = "One row per ticket: its index and numbers.")
    public Uni<Response> wheelCsv(@NotNull @Valid WheelRequest request) {
        // Rendered on the engine pool, with the evaluation: never on the event loop.
        return service.wheel(WheelMapper.toCommand(request), wheel -> Response.ok(WheelMapper.csv(wheel), CSV)
                .header("Content-Disposition", "attachment; filename=\"wheel.csv\"")
                .build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PDF)
    @Operation(summary = "A wheel on your own numbers, as a printable sheet", description = "The promise and its verification, the chances per tier against random picks, the payout chart, the tickets and what the figures mean, rounded for reading (the JSON answer has the exact counts).")
    public Uni<Response> wheelPdf(@NotNull @Valid WheelRequest request) {
        return service.wheel(WheelMapper.toCommand(request), wheel -> Response.ok(WheelMapper.pdf(wheel), PDF)
                .header("Content-Disposition", "attachment; filename=\"wheel.pdf\"")
                .build());
    }
}
