package org.lotteryengine.platform.error;

/**
 * Every error the API reports: the {@code error} name and numeric {@code code} of the spec's error body (spec 10.1),
 * with the HTTP status each one is answered with. Codes the spec lacks are marked as additions.
 */
public enum ErrorCode {

    /** Malformed input that no more specific code covers (spec 3.1 example; addition as a code of its own). */
    INVALID_REQUEST(4000, 400),
    INVALID_TIER(4001, 400),
    INVALID_TICKET_COUNT(4002, 400),
    INVALID_STRATEGY(4003, 400),
    INVALID_BUDGET(4004, 400),
    /** Unknown lottery type: 404 when named in the path, 400 when named in a request body. */
    INVALID_LOTTERY_CONFIG(4005, 404),
    /** Addition: an unknown or revoked API key or admin token, or none where the endpoint needs one. */
    UNAUTHORIZED(4010, 401),
    /** Addition: the admin endpoints are off because no admin token is configured. */
    ADMIN_DISABLED(4030, 403),
    /** Addition: the client's key lacks the scope the endpoint needs. */
    INSUFFICIENT_SCOPE(4031, 403),
    /** Addition: no such resource or route. */
    NOT_FOUND(4040, 404),
    /** Addition: the route exists, the HTTP method does not. */
    METHOD_NOT_ALLOWED(4050, 405),
    /** Addition: the route cannot produce any media type the client accepts. */
    NOT_ACCEPTABLE(4060, 406),
    /** Addition: the request body's media type is not accepted by the route. */
    UNSUPPORTED_MEDIA_TYPE(4150, 415),
    /** Addition: a new lottery configuration reuses an existing id or name. */
    LOTTERY_CONFIG_EXISTS(4090, 409),
    /** Addition: no session has this id (or it was deleted). */
    SESSION_NOT_FOUND(4041, 404),
    /** Addition: the session has ended, so it can no longer be cancelled or extended. */
    SESSION_NOT_ACTIVE(4091, 409),
    /** Addition: a game cannot be deleted while generations run on it, or (unless forced) sessions refer to it. */
    GAME_IN_USE(4093, 409),
    /** Addition: the session holds no ticket set (still running, failed or interrupted). */
    NO_TICKET_SET(4092, 409),
    /** Addition: a fetch of the game's draw source is already under way (on this replica or another). */
    SOURCE_BUSY(4094, 409),
    /** Addition: the request body is larger than the service accepts. */
    PAYLOAD_TOO_LARGE(4130, 413),
    /** Addition: the client made more requests than its limit allows in the window (spec 14.2). */
    RATE_LIMITED(4290, 429),

    GENERATION_FAILED(4101, 422),
    PATTERN_THRESHOLD_NOT_MET(4102, 422),
    QUALITY_THRESHOLD_NOT_MET(4103, 422),
    INSUFFICIENT_PATTERN_DATA(4104, 422),
    /** Addition: a backtest asked for draws of a game, or a date range, that holds no stored draw. */
    NO_DRAWS(4105, 422),
    /**
     * Addition: the game draws bonus numbers, and the feature (generation, wheels, validation of the hot patterns'
     * lift) works on k-of-n games only so far.
     */
    UNSUPPORTED_FOR_BONUS_GAME(4220, 422),

    /** Addition: a fault with no more specific code; details never include stack traces or class names. */
    INTERNAL_ERROR(5000, 500),
    GENERATION_TIMEOUT(5001, 504),
    DATABASE_ERROR(5002, 503),
    CONFIGURATION_ERROR(5003, 500),
    RESOURCE_EXHAUSTION(5004, 503);

    private final int code;
    private final int httpStatus;

    ErrorCode(int code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The numeric code of the error body. */
    public int code() {
        return code;
    }

    /** The HTTP status this error is answered with by default. */
    public int httpStatus() {
        return httpStatus;
    }
}
