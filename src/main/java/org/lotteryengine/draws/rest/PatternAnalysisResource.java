package org.lotteryengine.draws.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.lotteryengine.draws.mapping.ValidationMapper;
import org.lotteryengine.draws.rest.dto.BonusAnalysisResponse;
import org.lotteryengine.draws.rest.dto.PatternAnalysisResponse;
import org.lotteryengine.draws.rest.dto.ValidationResponse;
import org.lotteryengine.draws.service.PatternAnalysisService;
import org.lotteryengine.draws.service.ValidationService;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * Pattern analysis of stored draws (spec 3.2) and the spec 16.2 validation.
 */
// ClientFilter reads RequiresScope and CountedAs through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pattern analysis", description = "Observed patterns and numbers beside what a fair game predicts")
public class PatternAnalysisResource {

    private final PatternAnalysisService analyses;
    private final ValidationService validations;

    PatternAnalysisResource(PatternAnalysisService analyses, ValidationService validations) {
        this.analyses = analyses;
        this.validations = validations;
    }

    @GET
    @Path("/pattern-analysis/{lotteryType}")
    @Operation(summary = "Pattern analysis of a game's stored draws", description = "Hot, warm and cold groups, every pattern's observed and expected frequency, measured lift with confidence intervals, hot numbers, frequent pairs and triplets, and chi-square fairness tests. Cached; recomputed whenever the draws change.")
    @APIResponse(responseCode = "200", description = "The analysis; for a game with bonus numbers, a BonusAnalysis: frequencies of the main numbers, bonus numbers and main-number patterns with a chi-square screen of each (not cached)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {
            PatternAnalysisResponse.class, BonusAnalysisResponse.class })))
    @APIResponse(responseCode = "404", description = "Unknown game", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "source=observed was asked for, but too few draws are stored (4104)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<byte[]> analysis(@PathParam("lotteryType") String lotteryType,
            @Parameter(description = "observed: fail with 4104 rather than fall back to expected frequencies") @QueryParam("source") @DefaultValue("any") @Pattern(regexp = "any|observed", message = "must be any or observed") String source) {
        return analyses.analysisJson(lotteryType, "observed".equals(source));
    }

    @GET
    @Path("/validation/{lotteryType}")
    @Operation(summary = "Is the hot patterns' efficiency the promised one? (spec 16.2, measured)")
    @APIResponse(responseCode = "200", description = "The measured multiplier against the promise")
    @APIResponse(responseCode = "404", description = "Unknown game", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<ValidationResponse> validation(@PathParam("lotteryType") String lotteryType) {
        return validations.validate(lotteryType)
                .map(ValidationMapper::toResponse);
    }
}
