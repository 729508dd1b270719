package org.lotteryengine.error;

import java.util.Map;

/**
 * An admin endpoint refused its caller: no token configured (403), or a missing or wrong token (401).
 */
public final class AdminAccessException extends ServiceException {

    private AdminAccessException(ErrorCode code, String message) {
        super(code, code.httpStatus(), message, Map.of());
    }

    public static AdminAccessException disabled() {
        return new AdminAccessException(ErrorCode.ADMIN_DISABLED,
                "Admin endpoints are disabled: no lottery.admin.token is configured");
    }

    public static AdminAccessException unauthorized() {
        return new AdminAccessException(ErrorCode.UNAUTHORIZED,
                "Admin endpoints require the header Authorization: Bearer <admin token>");
    }
}
