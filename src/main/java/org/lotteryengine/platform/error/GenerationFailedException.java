package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * The generation ended without a set that meets the request (spec 3.1 422): the details say how far it got and what
 * to change. A fallback set is still stored with the session, so nothing is lost.
 */
public final class GenerationFailedException extends ServiceException {

    public GenerationFailedException(String message, Map<String, Object> details) {
        super(ErrorCode.GENERATION_FAILED, ErrorCode.GENERATION_FAILED.httpStatus(), message, details);
    }
}
