package org.lotteryengine.clients.rest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.lotteryengine.clients.rest.dto.ApiKeyLimits;
import org.lotteryengine.clients.rest.dto.ApiKeyResponse;
import org.lotteryengine.clients.rest.dto.IssueApiKeyRequest;
import org.lotteryengine.clients.service.ApiKey;
import org.lotteryengine.clients.service.ApiKeyService;
import org.lotteryengine.clients.service.ClientLimits;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * API keys: issued, listed and revoked by administrators. A key names its holder, grants scopes, and may carry limits
 * of its own.
 */
// ClientFilter reads RequiresScope and CountedAs through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2/admin/api-keys")
@RequiresScope(Scope.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@APIResponse(responseCode = "401", description = "UNAUTHORIZED (4010): no token or key, or not a valid one", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "INSUFFICIENT_SCOPE (4031): the key lacks the admin scope", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class ApiKeyResource {

    private final ApiKeyService keys;

    ApiKeyResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API key", description = "The answer holds the key (key) once; only its SHA-256 is stored.")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "400", description = "No name, unknown scopes or limits out of range", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<RestResponse<ApiKeyResponse>> issue(IssueApiKeyRequest request) {
        if (request == null) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, "A JSON request body is required",
                    java.util.Map.of());
        }
        ApiKeyLimits limits = request.limits();
        return keys.issue(request.name(), request.scopes(), limits == null ? null
                : new ClientLimits(limits.generationRequests(), limits.apiRequests(), limits.statusChecks()))
                .map(issued -> RestResponse.ResponseBuilder
                        .<ApiKeyResponse> created(URI.create("/api/v2/admin/api-keys/" + issued.key()
                                .id()))
                        .entity(toResponse(issued.key(), issued.secret()))
                        .build());
    }

    @GET
    @Operation(summary = "Every key issued, revoked ones included, without their secrets")
    public Uni<List<ApiKeyResponse>> list() {
        return keys.list()
                .map(all -> all.stream()
                        .map(key -> toResponse(key, null))
                        .toList());
    }

    @DELETE
    @Path("/{keyId}")
    @Operation(summary = "Revoke a key", description = "Refused at once on the replica that revoked it, within lottery.clients.key-cache-ttl (30 s) on the others.")
    @APIResponse(responseCode = "200", description = "The revoked key", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "404", description = "No key with this id", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<ApiKeyResponse> revoke(@PathParam("keyId") String keyId) {
        return keys.revoke(keyId)
                .map(key -> toResponse(key, null));
    }

    private static ApiKeyResponse toResponse(ApiKey key, String secret) {
        return new ApiKeyResponse(key.id()
                .toString(), key.name(),
                key.scopes()
                        .stream()
                        .sorted()
                        .map(Scope::wireName)
                        .toList(),
                new ApiKeyLimits(key.limits()
                        .generationRequests(),
                        key.limits()
                                .apiRequests(),
                        key.limits()
                                .statusChecks()),
                key.createdAt(), key.revokedAt(), secret);
    }
}
