package org.lotteryengine.draws.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.lotteryengine.clients.rest.RequiresScope;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.draws.mapping.DrawMapper;
import org.lotteryengine.draws.rest.dto.DrawImportResponse;
import org.lotteryengine.draws.rest.dto.DrawPageResponse;
import org.lotteryengine.draws.rest.dto.DrawUploadRequest;
import org.lotteryengine.draws.service.DrawFileParser;
import org.lotteryengine.draws.service.DrawService;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * A game's real draw history: import, page, delete.
 */
// ClientFilter reads RequiresScope and CountedAs through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2/draws/{lotteryType}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Draws", description = "Real draw histories, the only source of every observed figure; imports and deletions need a key with the write-draws scope")
@APIResponse(responseCode = "401", description = "UNAUTHORIZED (4010): an import or deletion without a key, or an unknown key", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "INSUFFICIENT_SCOPE (4031): the key lacks write-draws", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class DrawResource {

    static final String TEXT_CSV = "text/csv";

    private final DrawService service;

    DrawResource(DrawService service) {
        this.service = service;
    }

    @POST
    @RequiresScope(Scope.WRITE_DRAWS)
    @Consumes(TEXT_CSV)
    @Operation(summary = "Import draws from CSV", description = "Header: a date column (draw_date or date, YYYY-MM-DD), an optional draw_number column and k number columns, as in the files of ../shared/data. One transaction: every valid row is stored and each bad row is listed with its line and reason; with strict=true any bad row stores nothing. Rows identical to stored draws are skipped, so re-importing a file changes nothing.")
    @RequestBody(content = @Content(mediaType = TEXT_CSV, example = "draw_date,n1,n2,n3,n4,n5\n2018-09-24,8,15,16,20,35\n"))
    @APIResponse(responseCode = "200", description = "What was stored, skipped and rejected")
    @APIResponse(responseCode = "400", description = "Bad header, or bad rows in strict mode (nothing stored)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "Unknown game", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<DrawImportResponse> importCsv(@PathParam("lotteryType") String lotteryType,
            @Parameter(description = "Reject the whole upload if any row is bad") @QueryParam("strict") @DefaultValue("false") boolean strict,
            String csv) {
        return service.importCsv(lotteryType, csv == null ? "" : csv, strict)
                .map(DrawMapper::toResponse);
    }

    @POST
    @RequiresScope(Scope.WRITE_DRAWS)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import draws from JSON", description = "The same checks and transaction as the CSV import; rows are identified by their position in the list, from 1.")
    @APIResponse(responseCode = "200", description = "What was stored, skipped and rejected")
    @APIResponse(responseCode = "400", description = "Malformed body, or bad rows in strict mode (nothing stored)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "Unknown game", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<DrawImportResponse> importJson(@PathParam("lotteryType") String lotteryType,
            @QueryParam("strict") @DefaultValue("false") boolean strict, @NotNull @Valid DrawUploadRequest upload) {
        return service.importJson(lotteryType, upload.draws()
                .stream()
                .map(row -> row == null ? null
                        : new DrawFileParser.DrawInput(row.date(), row.drawNumber(), row.numbers(), row.bonus()))
                .toList(), strict)
                .map(DrawMapper::toResponse);
    }

    @GET
    @Operation(summary = "Page through stored draws, newest first")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "404", description = "Unknown game", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<DrawPageResponse> page(@PathParam("lotteryType") String lotteryType,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(1000) int size) {
        return service.page(lotteryType, page, size)
                .map(DrawMapper::toResponse);
    }

    @DELETE
    @RequiresScope(Scope.WRITE_DRAWS)
    @Path("/{drawId}")
    @Operation(summary = "Delete one stored draw")
    @APIResponse(responseCode = "204", description = "Deleted; the pattern analysis is refreshed")
    @APIResponse(responseCode = "404", description = "Unknown game or draw", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<RestResponse<Void>> delete(@PathParam("lotteryType") String lotteryType,
            @PathParam("drawId") String drawId) {
        return service.delete(lotteryType, drawId)
                .map(ignored -> RestResponse.noContent());
    }
}
