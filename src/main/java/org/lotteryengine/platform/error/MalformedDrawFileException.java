package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * An uploaded draw file that cannot be read as a whole (a broken header, an unterminated quote): the request is
 * malformed (4000), which is not the same as a game that cannot exist (4005).
 */
public final class MalformedDrawFileException extends ServiceException {

    public MalformedDrawFileException(String message) {
        super(ErrorCode.INVALID_REQUEST, ErrorCode.INVALID_REQUEST.httpStatus(), message, Map.of());
    }
}
