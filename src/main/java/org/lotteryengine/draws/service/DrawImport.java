package org.lotteryengine.draws.service;

import java.util.List;

import org.lotteryengine.draws.service.DrawFileParser.RejectedRow;

/**
 * What an import of draws did.
 *
 * @param format csv or json
 * @param rowsRead rows read, good and bad
 * @param stored new draws stored
 * @param alreadyStored rows identical to stored draws
 * @param rejected rows not stored, by line (CSV, header = 1) or position (JSON, from 1), with why
 * @param totalDraws draws of the game stored after the import
 */
public record DrawImport(String lotteryId, String lotteryType, String format, boolean strict, int rowsRead, int stored,
        int alreadyStored, List<RejectedRow> rejected, long totalDraws) {
}
