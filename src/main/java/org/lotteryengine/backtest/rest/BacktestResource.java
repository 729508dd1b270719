package org.lotteryengine.backtest.rest;

import java.util.List;
import java.util.function.Function;

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
import org.lotteryengine.backtest.mapping.BacktestMapper;
import org.lotteryengine.backtest.rest.dto.BacktestRequest;
import org.lotteryengine.backtest.rest.dto.BacktestResponse;
import org.lotteryengine.backtest.service.BacktestCommand;
import org.lotteryengine.backtest.service.BacktestService;
import org.lotteryengine.backtest.service.Backtested;
import org.lotteryengine.clients.rest.RequestClient;
import org.lotteryengine.clients.service.Client;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.platform.rest.dto.ApiError;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * How a ticket set would have done on a game's real draws (issue 7/7), as JSON, CSV or a printable PDF (by the Accept
 * header).
 */
// ClientFilter reads RequiresScope and CountedAs through ResourceInfo.getResourceMethod(), by reflection
@RegisterForReflection(fields = false)
@Path("/api/v2/backtest")
@Tag(name = "Evaluation", description = "Exact figures of a ticket set over every possible draw")
public class BacktestResource {

    private static final String CSV = "text/csv";
    private static final String PDF = "application/pdf";

    private final BacktestService service;
    private final RequestClient client;

    BacktestResource(BacktestService service, RequestClient client) {
        this.service = service;
        this.client = client;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay tickets on the stored real draws", description = "Tickets (with lotteryType) or a stored session's set, over all stored draws of the game or those dated from..to: wins per tier, the best wins with their dates, the payout from fixed and free-ticket prizes (pari-mutuel wins counted in their tier), the net result, the draws with a win and the longest run without one. Every figure is beside what the exact distribution predicts for that many draws of a fair game: its mean, a 95% interval and the probabilities of a result at most or at least the one observed. Games with bonus numbers take each ticket's bonus numbers in bonus (a separate drum), and their tiers are named main+bonus matches. Accept: text/csv or application/pdf for a download.")
    @APIResponse(responseCode = "200", description = "The backtest", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BacktestResponse.class)))
    @APIResponse(responseCode = "400", description = "Tickets and a session, or neither; an unknown game; an invalid ticket; from after to; too many tickets; or a malformed body", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such session, or not yours (4041)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The session holds no ticket set (4092)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "No stored draw in the range (4105)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "The engine is at capacity; see Retry-After", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Uni<BacktestResponse> backtest(@NotNull @Valid BacktestRequest request) {
        return run(request, BacktestMapper::toResponse);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(CSV)
    @Operation(summary = "Replay tickets on the stored real draws, as CSV", description = "One row per figure: observed, expected, low95, high95 and the probabilities of the observed value.")
    public Uni<Response> backtestCsv(@NotNull @Valid BacktestRequest request) {
        // Rendered on the engine pool with the backtest: never on the event loop.
        return run(request, backtested -> Response.ok(BacktestMapper.csv(backtested), CSV)
                .header("Content-Disposition", "attachment; filename=\"backtest.csv\"")
                .build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PDF)
    @Operation(summary = "Replay tickets on the stored real draws, as a printable sheet", description = "The figures beside a fair game's prediction, the best wins and what the figures mean.")
    public Uni<Response> backtestPdf(@NotNull @Valid BacktestRequest request) {
        return run(request, backtested -> Response.ok(BacktestMapper.pdf(backtested), PDF)
                .header("Content-Disposition", "attachment; filename=\"backtest.pdf\"")
                .build());
    }

    private <R> Uni<R> run(BacktestRequest request, Function<Backtested, R> answer) {
        Client caller = client.get();
        return service.backtest(new BacktestCommand(request.lotteryType(), arrays(request.tickets()), arrays(request
                .bonus()), request.sessionId(), request.from(), request.to(), caller.has(Scope.ADMIN)), caller, answer);
    }

    private static List<int[]> arrays(List<List<Integer>> lists) {
        return lists == null ? null
                : lists.stream()
                        .map(list -> list.stream()
                                .mapToInt(Integer::intValue)
                                .toArray())
                        .toList();
    }
}
