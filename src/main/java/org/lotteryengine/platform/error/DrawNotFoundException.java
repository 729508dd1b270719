package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * No draw with this id in this game.
 */
public final class DrawNotFoundException extends ServiceException {

    public DrawNotFoundException(String drawId) {
        super(ErrorCode.NOT_FOUND, 404, "No draw '%s' in this lottery".formatted(shown(drawId)),
                Map.of("field", "drawId", "provided", shown(drawId)));
    }
}
