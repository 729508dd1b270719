package org.lotteryengine.generation.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lotteryengine.clients.rest.RequestClient;
import org.lotteryengine.clients.service.Client;
import org.lotteryengine.evaluation.mapping.EvaluationMapper;
import org.lotteryengine.evaluation.mapping.TicketSheet;
import org.lotteryengine.evaluation.rest.dto.EvaluationResponse;
import org.lotteryengine.evaluation.service.EvaluationService;
import org.lotteryengine.generation.rest.dto.ExtendRequest;
import org.lotteryengine.generation.rest.dto.GeneratedTicketSetResponse;
import org.lotteryengine.generation.service.SessionExportPart;
import org.lotteryengine.generation.service.SessionService;
import org.lotteryengine.generation.service.TicketExport;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * Generation sessions after their start: the stored set, exports, cancel, extend and GDPR deletion (spec 14.3).
 */
// ClientFilter reads RequiresScope and CountedAs through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2/sessions/{sessionId}")
@Tag(name = "Sessions", description = "Stored ticket sets and running generations")
@APIResponse(responseCode = "400", description = "The session id is not a UUID", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "SESSION_NOT_FOUND (4041): no such session, it was deleted, or another client created it (only its creator and administrators see a session)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "429", description = "Over api_requests; see Retry-After", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "503", description = "PostgreSQL does not answer", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class SessionResource {

    private final SessionService sessions;
    private final Instance<SessionExportPart> parts;
    private final TicketExport export;
    private final EvaluationService evaluations;
    private final RequestClient client;

    SessionResource(SessionService sessions, TicketExport export, EvaluationService evaluations,
            RequestClient client, @Any Instance<SessionExportPart> parts) {
        this.sessions = sessions;
        this.parts = parts;
        this.export = export;
        this.evaluations = evaluations;
        this.client = client;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A session and its stored ticket set", description = "The GeneratedTicketSet exactly as generated, with sessionStatus (active, completed, failed, cancelled, interrupted) and the request; a session without a set has only its id, status and request.")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GeneratedTicketSetResponse.class)))
    public Uni<Map<String, Object>> get(@PathParam("sessionId") String sessionId) {
        return sessions.get(sessionId, client.get());
    }

    @GET
    @Path("/export")
    @Produces({ "text/csv", MediaType.APPLICATION_JSON, "application/pdf" })
    @Operation(summary = "Download the ticket set", description = "csv: one row per ticket; json: the stored set with exactEvaluation, the exact counts behind its figures (as /api/v2/evaluate answers them); pdf: a printable sheet with the set's chances per tier against random picks, its payout chart, the tickets and what the figures mean, rounded for reading. include=backtest adds the set's backtest on every stored draw of its game (json: under backtest; pdf: its sections at the end).")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "400", description = "An unknown format or include, or include with csv", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "NO_TICKET_SET (4092): the session holds no set (running, failed or interrupted)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "include=backtest and no draw of the game is stored (NO_DRAWS, 4105)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> export(@PathParam("sessionId") String sessionId,
            @Parameter(description = "csv, json or pdf", schema = @Schema(enumeration = { "csv", "json",
                    "pdf" })) @QueryParam("format") String format,
            @Parameter(description = "json or pdf: a part to add, e.g. backtest (the set replayed on every stored draw of its game, as POST /api/v2/backtest answers)", schema = @Schema(enumeration = {
                    "backtest" })) @QueryParam("include") String include) {
        String chosen = format == null ? "json" : format;
        if (!chosen.equals("csv") && !chosen.equals("json") && !chosen.equals("pdf")) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, "format must be csv, json or pdf", Map.of(
                    "field", "format", "allowed", List.of("csv", "json", "pdf")));
        }
        SessionExportPart part = part(include, chosen);
        String file = "lottery-tickets-" + SessionService.checkedId(sessionId) + "." + chosen;
        Client caller = client.get();
        return sessions.ticketSet(sessionId, caller)
                .onItem()
                .transformToUni(set -> part == null ? download(chosen, set, null)
                        : part.of(sessionId, caller)
                                .onItem()
                                .transformToUni(added -> download(chosen, set, new Included(part.name(), added))))
                .map(response -> response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file
                        + "\"")
                        .build());
    }

    /** The part asked for by {@code include}, or null; unknown names, and parts of a CSV, are refused. */
    private SessionExportPart part(String include, String format) {
        if (include == null) {
            return null;
        }
        List<String> names = parts.stream()
                .map(SessionExportPart::name)
                .sorted()
                .toList();
        SessionExportPart part = parts.stream()
                .filter(candidate -> candidate.name()
                        .equals(include))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(ErrorCode.INVALID_REQUEST, "include must be one of %s"
                        .formatted(names), Map.of("field", "include", "allowed", names)));
        if (format.equals("csv")) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, ("include is for the json and pdf exports:"
                    + " the csv holds one row per ticket"), Map.of("field", "include"));
        }
        return part;
    }

    /** A part added to an export, under its name. */
    private record Included(String name, SessionExportPart.Part part) {
    }

    private Uni<Response.ResponseBuilder> download(String format, Map<String, Object> set, Included included) {
        if (format.equals("csv")) {
            return Uni.createFrom()
                    .item(Response.ok(export.csv(set), "text/csv; charset=UTF-8"));
        }
        TicketExport.Sheet sheet = export.sheet(set);
        if (format.equals("pdf")) {
            return evaluated(sheet, evaluation -> Response.ok(TicketSheet.render(sheet.title(), sheet.about(), rows(
                    sheet), evaluation, report -> {
                        if (included != null) {
                            included.part()
                                    .pdf()
                                    .accept(report);
                        }
                    }), "application/pdf"));
        }
        return evaluated(sheet, evaluation -> {
            Map<String, Object> exported = withExactEvaluation(set, evaluation);
            if (included != null) {
                exported.put(included.name(), included.part()
                        .json());
            }
            return Response.ok(exported, MediaType.APPLICATION_JSON_TYPE);
        });
    }

    /**
     * Evaluates the set's tickets again, exactly, on the engine pool (a bonus game's with their bonus numbers);
     * {@code answer} runs there too, since laying out a sheet is work the event loop must not do. The set was held to
     * the cost limit when it was generated.
     */
    private Uni<Response.ResponseBuilder> evaluated(TicketExport.Sheet sheet,
            Function<EvaluationResponse, Response.ResponseBuilder> answer) {
        return evaluations.evaluate(sheet.lotteryType(), sheet.numbers(), sheet.bonus(), null, null, true,
                evaluated -> answer.apply(EvaluationMapper.toResponse(evaluated)), evaluated -> answer.apply(
                        EvaluationMapper.toResponse(evaluated)));
    }

    private static List<TicketSheet.Row> rows(TicketExport.Sheet sheet) {
        return sheet.tickets()
                .stream()
                .map(ticket -> new TicketSheet.Row(ticket.numbers(), ticket.bonus(), ticket.pattern(), ticket
                        .group()))
                .toList();
    }

    /** The stored set as answered, with the exact counts behind its figures under {@code exactEvaluation}. */
    private static Map<String, Object> withExactEvaluation(Map<String, Object> set, EvaluationResponse evaluation) {
        Map<String, Object> exported = new LinkedHashMap<>(set);
        exported.put("exactEvaluation", evaluation);
        return exported;
    }

    @POST
    @Path("/cancel")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop a running generation", description = "The generation stops after its current attempt with stoppingReason user_override; its best set is stored. Works from any replica.")
    @APIResponse(responseCode = "202", description = "The request reached the generation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "409", description = "SESSION_NOT_ACTIVE (4091): the session has ended", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> cancel(@PathParam("sessionId") String sessionId) {
        return sessions.cancel(sessionId, client.get())
                .map(body -> Response.accepted(body)
                        .build());
    }

    @POST
    @Path("/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a running generation more time", description = "Adds additionalTime milliseconds to its limit; the total never exceeds lottery.generation.max-timeout-ms.")
    @APIResponse(responseCode = "202", description = "The request reached the generation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "409", description = "SESSION_NOT_ACTIVE (4091): the session has ended", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> extend(@PathParam("sessionId") String sessionId, ExtendRequest request) {
        return sessions.extend(sessionId, request == null ? null : request.additionalTime(), client.get())
                .map(body -> Response.accepted(body)
                        .build());
    }

    @DELETE
    @Operation(summary = "Delete a session and everything stored of it (spec 14.3)", description = "Every row of the session in every table, in one transaction, and its events. A running generation is cancelled and its result discarded.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("sessionId") String sessionId) {
        return sessions.delete(sessionId, client.get())
                .map(ignored -> Response.noContent()
                        .build());
    }
}
