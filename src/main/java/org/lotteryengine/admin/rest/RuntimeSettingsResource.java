package org.lotteryengine.admin.rest;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lotteryengine.clients.rest.RequestClient;
import org.lotteryengine.clients.rest.RequiresScope;
import org.lotteryengine.clients.service.Client;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.generation.service.RuntimeSettings;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * Stopping criteria and strategy modifiers at run time (spec 9.2): read them, change some values, revert to the
 * configuration, and read who changed what and when. A change is checked by the configuration's rules, stored, and in
 * force on every replica within {@code lottery.runtime-settings.poll}.
 */
// ClientFilter reads RequiresScope and CountedAs through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2/admin/settings")
@RequiresScope(Scope.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Maintenance and API keys; requires Authorization: Bearer <lottery.admin.token> or an X-API-Key with the admin scope")
@APIResponse(responseCode = "401", description = "UNAUTHORIZED (4010): no token or key, or not a valid one", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "ADMIN_DISABLED (4030) or INSUFFICIENT_SCOPE (4031)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class RuntimeSettingsResource {

    private final RuntimeSettings settings;
    private final RequestClient client;

    RuntimeSettingsResource(RuntimeSettings settings, RequestClient client) {
        this.settings = settings;
        this.client = client;
    }

    @GET
    @Operation(summary = "The generation settings in force", description = "Every configured tier's stopping criteria and every strategy's modifiers, by the names of their configuration keys, each marked changed (with who and when) when an operator changed it at run time; revision is the last change's number.")
    public Uni<RuntimeSettings.View> view() {
        return settings.view();
    }

    @PUT
    @Path("/stopping-criteria/{tier}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some of a tier's stopping criteria", description = "Body: the values to change, by their configuration key below lottery.stopping-criteria.<tier>, e.g. {\"pattern-grouping.hot-coverage-minimum\": 0.6, \"meta.max-attempts-base\": 40}; the others keep the values in force. Checked by the configuration's rules (ranges, score weights adding up to 1, minimum not above maximum, limits against other settings).")
    @APIResponse(responseCode = "200", description = "The settings in force after the change")
    @APIResponse(responseCode = "400", description = "An unknown key, a value out of range or inconsistent with the others: details.problems lists every one", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<RuntimeSettings.View> changeCriteria(@PathParam("tier") String tier, Map<String, Number> changes) {
        return settings.changeCriteria(tier, changes, who());
    }

    @PUT
    @Path("/strategy-modifiers/{strategy}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some of a strategy's modifiers", description = "Body: e.g. {\"hot-pattern-bonus\": 1.1} (keys below lottery.generation.strategy-defaults.<strategy>: diversity-weight, concentration-limit, hot-pattern-bonus; each above 0).")
    @APIResponse(responseCode = "200", description = "The settings in force after the change")
    @APIResponse(responseCode = "400", description = "An unknown strategy or key, or a value out of range", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<RuntimeSettings.View> changeModifiers(@PathParam("strategy") String strategy,
            Map<String, Number> changes) {
        return settings.changeModifiers(strategy, changes, who());
    }

    @DELETE
    @Path("/stopping-criteria/{tier}")
    @Operation(summary = "Return a tier's stopping criteria to their configured values")
    public Uni<RuntimeSettings.View> revertCriteria(@PathParam("tier") String tier) {
        return settings.revertCriteria(tier, who());
    }

    @DELETE
    @Path("/strategy-modifiers/{strategy}")
    @Operation(summary = "Return a strategy's modifiers to their configured values")
    public Uni<RuntimeSettings.View> revertModifiers(@PathParam("strategy") String strategy) {
        return settings.revertModifiers(strategy, who());
    }

    @GET
    @Path("/history")
    @Operation(summary = "Who changed which settings and when", description = "The last changes, newest first: each with its revision, the setting's name, the values set (null for a revert), who made it (the API key's name, or operator for the admin token) and when.")
    public Uni<List<RuntimeSettings.Change>> history(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(1000) int limit) {
        return settings.history(limit);
    }

    private String who() {
        Client caller = client.get();
        return caller.name() != null ? caller.name() : caller.id();
    }
}
