package org.lotteryengine.platform.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the API reports to its client as the spec's error body. Every typed failure of the service layers extends
 * it; the REST layer maps it in one place ({@code org.lotteryengine.platform.rest.ErrorMappers}).
 */
public abstract class ServiceException extends RuntimeException {

    private static final int SHOWN_LENGTH = 100;

    private final ErrorCode errorCode;
    private final int httpStatus;
    private final transient Map<String, Object> details;

    protected ServiceException(ErrorCode errorCode, int httpStatus, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
        // A copy that keeps null values (a failed run has no stopping reason): Map.copyOf would throw on them.
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Client text as it may appear in a message: at most 100 characters, so no error body echoes a huge input. */
    protected static String shown(String clientText) {
        if (clientText == null) {
            return "null";
        }
        return clientText.length() <= SHOWN_LENGTH ? clientText : clientText.substring(0, SHOWN_LENGTH) + "…";
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Structured facts for the client, such as the field at fault and what was allowed. */
    public Map<String, Object> details() {
        return details;
    }
}
