package org.lotteryengine.draws.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import of draws did.
 */
@Schema(name = "DrawImportResponse")
public record DrawImportResponse(
        String lotteryId,
        String lotteryType,
        @Schema(description = "csv or json") String format,
        boolean strict,
        @Schema(description = "Rows read, good and bad") int rowsRead,
        @Schema(description = "New draws stored") int stored,
        @Schema(description = "Rows identical to draws already stored: re-importing a file changes nothing") int alreadyStored,
        @Schema(description = "Rows not stored, with their line (CSV, header = 1) or position (JSON, from 1) and why") List<RejectedRow> rejected,
        @Schema(description = "Draws of the game stored after the import") long totalDraws) {

    /** A rejected row. */
    @Schema(name = "RejectedRow")
    public record RejectedRow(long line, String reason) {
    }
}
