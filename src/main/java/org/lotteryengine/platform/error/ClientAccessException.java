package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * A request refused for who sent it: an unknown or revoked key (401), no credential where one is needed (401), or a
 * key without the scope the endpoint needs (403). Messages never quote the key that was sent.
 */
public final class ClientAccessException extends ServiceException {

    private ClientAccessException(ErrorCode code, String message, Map<String, Object> details) {
        super(code, code.httpStatus(), message, details);
    }

    public static ClientAccessException unknownKey() {
        return new ClientAccessException(ErrorCode.UNAUTHORIZED,
                "Unknown or revoked API key (X-API-Key); send none to be served as an anonymous client", Map.of(
                        "header", "X-API-Key"));
    }

    public static ClientAccessException credentialRequired(String scope) {
        return new ClientAccessException(ErrorCode.UNAUTHORIZED,
                "This endpoint needs an API key (X-API-Key) with the scope '%s'".formatted(scope), Map.of(
                        "requiredScope", scope));
    }

    public static ClientAccessException missingScope(String scope, String keyName) {
        return new ClientAccessException(ErrorCode.INSUFFICIENT_SCOPE,
                "The API key '%s' lacks the scope '%s' this endpoint needs".formatted(shown(keyName), scope), Map.of(
                        "requiredScope", scope));
    }
}
