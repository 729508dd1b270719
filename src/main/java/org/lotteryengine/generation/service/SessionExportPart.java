package org.lotteryengine.generation.service;

import java.util.function.Consumer;

import org.lotteryengine.clients.service.Client;
import org.lotteryengine.platform.export.PdfReport;

import io.smallrye.mutiny.Uni;

/**
 * A part that another feature adds to a session's JSON and PDF exports when the download asks for it by name
 * ({@code include=}). Generation knows only this interface, so that a feature built on sessions (the backtest) adds to
 * their exports without a cycle between the two.
 */
public interface SessionExportPart {

    /** The name a download asks for it by, and its key in the JSON export. */
    String name();

    /** The part for a stored session's set, computed as its feature computes it, with the same errors. */
    Uni<Part> of(String sessionId, Client client);

    /**
     * @param json what the JSON export holds under the part's name
     * @param pdf adds the part's sections to the PDF sheet, on the engine pool where the sheet is laid out
     */
    record Part(Object json, Consumer<PdfReport> pdf) {
    }
}
