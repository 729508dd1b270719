package org.lotteryengine.evaluation.mapping;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lotteryengine.engine.wheel.WheelRequirement;
import org.lotteryengine.evaluation.rest.dto.EvaluationResponse;
import org.lotteryengine.evaluation.rest.dto.WheelRequest;
import org.lotteryengine.evaluation.rest.dto.WheelResponse;
import org.lotteryengine.evaluation.service.Wheel;
import org.lotteryengine.evaluation.service.WheelService;
import org.lotteryengine.platform.export.Readable;

/**
 * Wheels as the API shows them: JSON, a CSV of the tickets, and the lines of a printable sheet.
 */
public final class WheelMapper {

    private WheelMapper() {
    }

    public static WheelService.WheelCommand toCommand(WheelRequest request) {
        return new WheelService.WheelCommand(request.lotteryType(), request.pool(), request.guarantee()
                .matches(),
                request.guarantee()
                        .ifDrawnInPool(),
                request.tickets(), request.maxSearchTime());
    }

    public static WheelResponse toResponse(Wheel wheel) {
        WheelRequirement requirement = wheel.requirement();
        List<List<Integer>> tickets = wheel.tickets()
                .stream()
                .map(ticket -> Arrays.stream(ticket)
                        .boxed()
                        .toList())
                .toList();
        EvaluationResponse evaluation = EvaluationMapper.toResponse(wheel.evaluated());
        WheelResponse.BestKnown best = wheel.bestKnown()
                .map(design -> new WheelResponse.BestKnown(design.tickets(), design.source()))
                .orElse(null);
        return new WheelResponse(wheel.lotteryType(), wheel.pool(), new WheelRequest.Guarantee(requirement.matches(),
                requirement.drawnInPool()), wheel.guaranteeHolds(), wheel.waysMet(), requirement.subsets(),
                tickets
                        .size(),
                tickets, requirement.lowerBound(), best, best == null ? null : tickets.size() - best.tickets(), wheel
                        .fromLibrary() ? "library" : "search",
                wheel.searchMs(), evaluation);
    }

    /** One row per ticket: index and numbers. */
    public static String csv(Wheel wheel) {
        StringWriter out = new StringWriter();
        String[] header = new String[1 + wheel.requirement()
                .ticketSize()];
        header[0] = "ticket";
        for (int i = 1; i < header.length; i++) {
            header[i] = "n" + i;
        }
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header)
                .get())) {
            int index = 1;
            for (int[] ticket : wheel.tickets()) {
                List<Object> row = new ArrayList<>();
                row.add(index++);
                for (int number : ticket) {
                    row.add(number);
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A printable sheet: the promise and its verification above the set's sheet (TicketSheet). */
    public static byte[] pdf(Wheel wheel) {
        WheelRequirement requirement = wheel.requirement();
        List<String> about = new ArrayList<>();
        about.add("On the %d numbers %s.".formatted(requirement.points(), wheel.pool()));
        about.add("Promise: at least %d matches on some ticket whenever %d drawn numbers are in the pool. Verified over"
                .formatted(requirement.matches(), requirement.drawnInPool())
                + " all %s ways: %s (%s met).".formatted(Readable.count(requirement.subsets()), wheel.guaranteeHolds()
                        ? "holds"
                        : "does not hold", Readable.count(wheel.waysMet())));
        about.add("%d tickets%s.".formatted(wheel.tickets()
                .size(),
                wheel.bestKnown()
                        .map(best -> "; the best published design has %d (%s)".formatted(best.tickets(), best
                                .source()))
                        .orElse("")));
        List<TicketSheet.Row> rows = wheel.tickets()
                .stream()
                .map(ticket -> new TicketSheet.Row(Arrays.stream(ticket)
                        .boxed()
                        .toList(), null, null))
                .toList();
        return TicketSheet.render("Wheel for " + wheel.lotteryType(), about, rows, EvaluationMapper.toResponse(wheel
                .evaluated()));
    }
}
