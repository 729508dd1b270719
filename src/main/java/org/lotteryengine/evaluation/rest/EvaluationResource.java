package org.lotteryengine.evaluation.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lotteryengine.clients.rest.RequestClient;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.evaluation.mapping.EvaluationMapper;
import org.lotteryengine.evaluation.rest.dto.EvaluateRequest;
import org.lotteryengine.evaluation.rest.dto.EvaluationResponse;
import org.lotteryengine.evaluation.service.EvaluationService;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * Exact evaluation of any ticket set.
 */
// ClientFilter reads RequiresScope and CountedAs through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2/evaluate")
@Tag(name = "Evaluation", description = "Exact figures of a ticket set over every possible draw")
public class EvaluationResource {

    private final EvaluationService service;
    private final RequestClient client;

    EvaluationResource(EvaluationService service, RequestClient client) {
        this.service = service;
        this.client = client;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate tickets exactly over every possible draw", description = "Coverage per tier against random tickets of the same size, expected wins, the exact payout distribution, the guarantee, and a wheel's verified guarantees when a pool is given.")
    @APIResponse(responseCode = "200", description = "The exact evaluation")
    @APIResponse(responseCode = "400", description = "Unknown game, invalid ticket, too many tickets, or a malformed body", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "The engine is at capacity; see Retry-After", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<EvaluationResponse> evaluate(@NotNull @Valid EvaluateRequest request) {
        return service.evaluate(request.lotteryType(), numbers(request.tickets()), request.bonus() == null ? null
                : numbers(request.bonus()), request.lowestTier(), request.pool(),
                client.get()
                        .has(Scope.ADMIN),
                EvaluationMapper::toResponse, EvaluationMapper::toResponse);
    }

    private static List<int[]> numbers(List<List<Integer>> lists) {
        return lists.stream()
                .map(list -> list.stream()
                        .mapToInt(Integer::intValue)
                        .toArray())
                .toList();
    }
}
