package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * No API key has this id.
 */
public final class ApiKeyNotFoundException extends ServiceException {

    public ApiKeyNotFoundException(String keyId) {
        super(ErrorCode.NOT_FOUND, ErrorCode.NOT_FOUND.httpStatus(), "No API key with id " + shown(keyId), Map.of(
                "keyId", shown(keyId)));
    }
}
