package org.lotteryengine.platform.error;

import java.util.List;
import java.util.Map;

/**
 * A strict import met bad rows: nothing was stored.
 */
public final class StrictImportRejectedException extends ServiceException {

    public StrictImportRejectedException(int rejected, List<Map<String, Object>> rows) {
        super(ErrorCode.INVALID_REQUEST, 400,
                "%d row%s rejected; in strict mode nothing was stored".formatted(rejected, rejected == 1 ? " was" : "s were"),
                Map.of("rejected", rows));
    }
}
