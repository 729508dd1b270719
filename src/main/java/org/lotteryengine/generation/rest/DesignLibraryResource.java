package org.lotteryengine.generation.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lotteryengine.clients.rest.RequiresScope;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.generation.mapping.DesignLibraryMapper;
import org.lotteryengine.generation.mapping.GenerationRequestMapper;
import org.lotteryengine.generation.rest.dto.DesignLibraryEntryResponse;
import org.lotteryengine.generation.rest.dto.GenerateTicketsRequest;
import org.lotteryengine.generation.rest.dto.WarmedDesignResponse;
import org.lotteryengine.generation.service.DesignImprover;
import org.lotteryengine.generation.service.DesignLibrary;
import org.lotteryengine.generation.service.GenerateCommand;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The design library for operators (issue 4/7): its keys, and a warm-up that searches given keys now.
 */
// ClientFilter reads RequiresScope through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2/admin/design-library")
@RequiresScope(Scope.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Maintenance and API keys; requires Authorization: Bearer <lottery.admin.token> or an X-API-Key with the admin scope")
@APIResponse(responseCode = "401", description = "UNAUTHORIZED (4010): no token or key, or not a valid one", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "ADMIN_DISABLED (4030) or INSUFFICIENT_SCOPE (4031)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "503", description = "PostgreSQL does not answer, or the engine is at capacity", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class DesignLibraryResource {

    /** Keys one warm-up may search: each is a whole search on the engine pool. */
    static final int MAX_WARMED_KEYS = 20;

    private final DesignLibrary library;
    private final DesignImprover improver;
    private final EngineConfig engine;

    DesignLibraryResource(DesignLibrary library, DesignImprover improver, EngineConfig engine) {
        this.library = library;
        this.improver = improver;
        this.engine = engine;
    }

    @GET
    @Operation(summary = "List the design library", description = "Every key with a stored design, most requested first: its objective, revision, search effort and when it was found. Requests answered from a design are relabellings of it.")
    @APIResponse(responseCode = "200", description = "The keys", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DesignLibraryEntryResponse.class)))
    public Uni<List<DesignLibraryEntryResponse>> list() {
        return library.list()
                .map(DesignLibraryMapper::toResponses);
    }

    @POST
    @Path("/warm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Warm the design library for given requests", description = "Takes generation requests as POST /api/v2/generate-tickets does (their maxGenerationTime is the search's time), searches each key one after another on the engine pool, and stores each set that beats the stored design. No session is created.")
    @APIResponse(responseCode = "200", description = "What each search did, in the order of the requests", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = WarmedDesignResponse.class)))
    @APIResponse(responseCode = "400", description = "A request as generate-tickets would refuse it, an empty list, or more than 20 requests", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<List<WarmedDesignResponse>> warm(List<GenerateTicketsRequest> requests) {
        if (requests == null || requests.isEmpty() || requests.size() > MAX_WARMED_KEYS) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST,
                    "The body must be a list of 1 to %d generation requests".formatted(MAX_WARMED_KEYS), Map.of(
                            "maximum", MAX_WARMED_KEYS));
        }
        List<GenerateCommand> commands = requests.stream()
                .map(request -> {
                    if (request == null) {
                        throw new InvalidRequestException(ErrorCode.INVALID_REQUEST,
                                "Each element must be a generation request", Map.of());
                    }
                    return GenerationRequestMapper.toCommand(request, engine.maxTickets());
                })
                .toList();
        return Multi.createFrom()
                .iterable(commands)
                .onItem()
                .transformToUniAndConcatenate(command -> improver.warm(command.lotteryType(), command.request()))
                .map(DesignLibraryMapper::toResponse)
                .collect()
                .asList();
    }
}
