package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * A bearer token refused: none is configured (403), or it is not the admin token (401).
 */
public final class AdminAccessException extends ServiceException {

    private AdminAccessException(ErrorCode code, String message) {
        super(code, code.httpStatus(), message, Map.of());
    }

    public static AdminAccessException disabled() {
        return new AdminAccessException(ErrorCode.ADMIN_DISABLED,
                "Admin tokens are disabled: no lottery.admin.token is configured");
    }

    public static AdminAccessException unauthorized() {
        return new AdminAccessException(ErrorCode.UNAUTHORIZED,
                "The bearer token (Authorization: Bearer) is not the admin token");
    }
}
