package org.lotteryengine.generation.rest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lotteryengine.clients.rest.CountedAs;
import org.lotteryengine.clients.rest.RequestClient;
import org.lotteryengine.clients.rest.RequiresScope;
import org.lotteryengine.clients.service.RateLimiter;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.generation.mapping.GenerationRequestMapper;
import org.lotteryengine.generation.rest.dto.GenerateTicketsRequest;
import org.lotteryengine.generation.rest.dto.GeneratedBonusSetResponse;
import org.lotteryengine.generation.rest.dto.GeneratedTicketSetResponse;
import org.lotteryengine.generation.service.GenerationService;
import org.lotteryengine.generation.service.SessionEvents;
import org.lotteryengine.generation.service.SessionService;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Ticket generation (spec 3.1) and its live status stream (spec 3.3).
 */
// ClientFilter reads RequiresScope and CountedAs through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2")
@Tag(name = "Generation", description = "Generate tickets aimed at a tier, and follow the generation live")
public class GenerationResource {

    private final GenerationService generation;
    private final SessionService sessions;
    private final RequestClient client;
    private final EngineConfig engine;

    GenerationResource(GenerationService generation, SessionService sessions, RequestClient client,
            EngineConfig engine) {
        this.generation = generation;
        this.sessions = sessions;
        this.client = client;
        this.engine = engine;
    }

    @POST
    @Path("/generate-tickets")
    @RequiresScope(Scope.GENERATE)
    @CountedAs(RateLimiter.Limit.GENERATION_REQUESTS)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "generateTickets", summary = "Generate tickets aimed at a prize tier", description = "Runs the generation and answers with the whole set (200), or at once with 202 and the session's status stream when the request carries 'Prefer: respond-async' or '?async=true'. Every probability in the answer is exact over all possible draws; the expected number of wins is the same for every set of distinct tickets.")
    @APIResponse(responseCode = "200", description = "The generated set: a GeneratedTicketSet, or for a game with bonus numbers a GeneratedBonusTicketSet", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {
            GeneratedTicketSetResponse.class, GeneratedBonusSetResponse.class })))
    @APIResponse(responseCode = "202", description = "Accepted; Location is the status stream", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, example = "{\"sessionId\":\"5f0c6a4e-2d3b-4c1e-9a7f-0b1c2d3e4f50\",\"status\":\"accepted\",\"statusUrl\":\"/api/v2/generation-status/5f0c6a4e-2d3b-4c1e-9a7f-0b1c2d3e4f50\",\"sessionUrl\":\"/api/v2/sessions/5f0c6a4e-2d3b-4c1e-9a7f-0b1c2d3e4f50\"}")))
    @APIResponse(responseCode = "400", description = "An invalid field: 4001 tier, 4002 ticket count, 4003 strategy, 4004 budget, 4005 unknown game, 4000 anything else (malformed JSON, wrong types, preferences)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class, example = "{\"error\":\"INVALID_TICKET_COUNT\",\"message\":\"numberOfTickets must be between 1 and 500, got 1000\",\"code\":4002,\"details\":{\"field\":\"numberOfTickets\",\"provided\":1000,\"allowed\":{\"min\":1,\"max\":500}}}")))
    @APIResponse(responseCode = "413", description = "The request body is too large", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "GENERATION_FAILED (4101): the best set falls short of the request; details: attempts, timeElapsed, bestQuality, requiredQuality, suggestions, and the sessionId under which the best set is stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class, example = "{\"error\":\"GENERATION_FAILED\",\"message\":\"The best set found does not meet the request's thresholds; it is stored with the session\",\"code\":4101,\"details\":{\"sessionId\":\"5f0c6a4e-2d3b-4c1e-9a7f-0b1c2d3e4f50\",\"status\":\"fallback\",\"attempts\":21,\"timeElapsed\":50,\"bestQuality\":0.72,\"requiredQuality\":0.99,\"failedThresholds\":[\"optimizationScore\"],\"stoppingReason\":\"timeout\",\"suggestions\":[\"Lower preferences.qualityThreshold to 0.72 or less: the best set scored 0.7291.\"]}}")))
    @APIResponse(responseCode = "429", description = "RATE_LIMITED (4290): over generation_requests or api_requests; see Retry-After", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "RESOURCE_EXHAUSTION (5004) when the engine is at capacity, DATABASE_ERROR (5002) when PostgreSQL does not answer; see Retry-After", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GenerateTicketsRequest.class), examples = @ExampleObject(name = "tier4_aggressive", summary = "Aggressive tier 4 targeting", value = "{\"targetTier\":\"tier4\",\"numberOfTickets\":100,\"strategy\":\"aggressive\",\"budget\":500,\"lotteryType\":\"5/35\"}")))
    public Uni<Response> generate(GenerateTicketsRequest request,
            @Parameter(description = "respond-async: answer 202 at once") @HeaderParam("Prefer") String prefer,
            @Parameter(description = "true: answer 202 at once") @QueryParam("async") Boolean async) {
        if (request == null) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, "A JSON request body is required", Map
                    .of());
        }
        boolean respondAsync = Boolean.TRUE.equals(async) || prefer != null && prefer.toLowerCase(
                java.util.Locale.ROOT)
                .contains("respond-async");
        return generation.start(GenerationRequestMapper.toCommand(request, engine.maxTickets()), client.get())
                .onItem()
                .transformToUni(accepted -> {
                    if (respondAsync) {
                        return Uni.createFrom()
                                .item(acceptedResponse(accepted.sessionId()));
                    }
                    // The set's JSON as stored: written once, on the engine's thread.
                    return accepted.outcome()
                            .map(generated -> Response.ok(generated.json(), MediaType.APPLICATION_JSON_TYPE)
                                    .build());
                });
    }

    private static Response acceptedResponse(String sessionId) {
        String status = "/api/v2/generation-status/" + sessionId;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessionId", sessionId);
        body.put("status", "accepted");
        body.put("statusUrl", status);
        body.put("sessionUrl", "/api/v2/sessions/" + sessionId);
        return Response.accepted(body)
                .location(URI.create(status))
                .header("Preference-Applied", "respond-async")
                .build();
    }

    @GET
    @Path("/generation-status/{sessionId}")
    @CountedAs(RateLimiter.Limit.STATUS_CHECKS)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Follow a generation live (Server-Sent Events)", description = "Named events progress, threshold_met, complete and error, each with an increasing id. Reconnect with Last-Event-ID to get what was missed; a stream opened after the end gets the final events. Any replica serves any session.")
    @APIResponse(responseCode = "200", description = "The event stream")
    @APIResponse(responseCode = "400", description = "The session id is not a UUID", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such session, or one another client created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "Over status_checks", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Multi<OutboundSseEvent> status(@PathParam("sessionId") String sessionId,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        long after = lastEventId(lastEventId);
        return sessions.stream(sessionId, after, client.get())
                .onItem()
                .transformToMulti(events -> events)
                .map(event -> toSse(sse, event));
    }

    private static OutboundSseEvent toSse(Sse sse, SessionEvents.Event event) {
        return sse.newEventBuilder()
                .id(Long.toString(event.id()))
                .name(event.name())
                .data(event.data())
                .build();
    }

    static long lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        try {
            long id = Long.parseLong(header.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, "Last-Event-ID must be an event id (0, 1, 2..)",
                Map.of("field", "Last-Event-ID"));
    }
}
