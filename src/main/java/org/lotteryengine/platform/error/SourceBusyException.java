package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * An operator asked for a fetch of a game's draw source while one is under way, on this replica or another (4094).
 */
public final class SourceBusyException extends ServiceException {

    public SourceBusyException(String lotteryId) {
        super(ErrorCode.SOURCE_BUSY, ErrorCode.SOURCE_BUSY.httpStatus(),
                "A fetch of %s's draw source is under way; its outcome will be in GET /api/v2/admin/draw-sources"
                        .formatted(shown(lotteryId)),
                Map.of("lotteryType", shown(lotteryId)));
    }
}
