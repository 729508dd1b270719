package org.lotteryengine.platform.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.lotteryengine.engine.evaluation.InvalidTicketException;
import org.lotteryengine.engine.format.InvalidFormatException;
import org.lotteryengine.engine.generation.InvalidGenerationRequestException;
import org.lotteryengine.engine.generation.RequestField;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.RetryLater;
import org.lotteryengine.platform.error.ServiceException;
import org.lotteryengine.platform.rest.dto.ApiError;
import org.lotteryengine.platform.rest.json.BoundedNumbers;
import org.lotteryengine.platform.rest.json.NumberOutOfBoundsException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where failures become the spec's error body. No body ever carries a stack trace or a class name;
 * unexpected faults are logged with a reference that the body repeats, so an operator can find them.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final int DATABASE_RETRY_SECONDS = 5;

    private final RequestField.Names fields;
    private final AllowedMethods allowedMethods;

    /** @param fields how the API names a generate request's fields (the generation feature's mapping) */
    ErrorMappers(RequestField.Names fields, AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
        this.fields = fields;
    }

    @ServerExceptionMapper
    public Response mapServiceException(ServiceException exception) {
        Response response = respond(exception.httpStatus(), exception.errorCode(), exception.getMessage(),
                exception.details());
        if (exception instanceof RetryLater later) {
            response.getHeaders()
                    .putSingle(HttpHeaders.RETRY_AFTER, Integer.toString(later.retryAfterSeconds()));
        }
        return response;
    }

    /** The engine refused a generation request: each rule has its code of spec 10.1. */
    @ServerExceptionMapper
    public Response mapInvalidGeneration(InvalidGenerationRequestException exception) {
        ErrorCode code = switch (exception.kind()) {
            case TIER -> ErrorCode.INVALID_TIER;
            case TICKET_COUNT -> ErrorCode.INVALID_TICKET_COUNT;
            case STRATEGY -> ErrorCode.INVALID_STRATEGY;
            case BUDGET -> ErrorCode.INVALID_BUDGET;
            case PREFERENCES -> ErrorCode.INVALID_REQUEST;
        };
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", fields.of(exception.field()));
        exception.details()
                .forEach((detail, value) -> details.put(detailName(detail), value));
        // The spec's shape: "allowed": {"min": .., "max": ..}.
        if (details.containsKey("minimum") && details.containsKey("maximum")) {
            details.put("allowed", Map.of("min", details.remove("minimum"), "max", details.remove("maximum")));
        }
        return respond(400, code, exception.getMessage(), details);
    }

    /** The spec's name of a detail of a refused generation request. */
    private static String detailName(InvalidGenerationRequestException.Detail detail) {
        return switch (detail) {
            case PROVIDED -> "provided";
            case MINIMUM -> "minimum";
            case MAXIMUM -> "maximum";
            case ALLOWED -> "allowed";
            case COST -> "cost";
            case TICKET_PRICE -> "ticketPrice";
            case NUMBER_OF_TICKETS -> "numberOfTickets";
            case AFFORDABLE_TICKETS -> "affordableTickets";
        };
    }

    /** The engine refused a game format, prize or tier name: the request asked for something impossible. */
    @ServerExceptionMapper
    public Response mapInvalidFormat(InvalidFormatException exception) {
        return respond(400, ErrorCode.INVALID_LOTTERY_CONFIG, exception.getMessage(), Map.of());
    }

    /** The engine refused a ticket: the message and details name the ticket. */
    @ServerExceptionMapper
    public Response mapInvalidTicket(InvalidTicketException exception) {
        return respond(400, ErrorCode.INVALID_REQUEST, exception.getMessage(),
                Map.of("field", "tickets[" + exception.ticketIndex() + "]", "ticketIndex", exception.ticketIndex()));
    }

    @ServerExceptionMapper
    public Response mapConstraintViolation(ConstraintViolationException exception) {
        List<Map<String, Object>> violations = exception.getConstraintViolations()
                .stream()
                .map(ErrorMappers::describe)
                .toList();
        String message = violations.isEmpty() ? "Invalid request"
                : violations.get(0).get("field") + ": " + violations.get(0).get("message");
        return respond(400, ErrorCode.INVALID_REQUEST, message, Map.of("violations", violations));
    }

    // Quarkus REST maps these two Jackson exceptions itself, without the spec's body; the most specific type wins, so
    // they are named here.
    @ServerExceptionMapper
    public Response mapMismatchedInput(MismatchedInputException exception) {
        return mapJsonProblem(exception);
    }

    @ServerExceptionMapper
    public Response mapJsonParse(JsonParseException exception) {
        return mapJsonProblem(exception);
    }

    @ServerExceptionMapper
    public Response mapJsonProblem(JsonProcessingException exception) {
        Map<String, Object> details = new LinkedHashMap<>();
        String message = "The request body is not valid JSON";
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping.getPath());
            details.put("field", field);
            message = "The request body has a value of the wrong type or shape at '" + field + "'";
            if (exception instanceof NumberOutOfBoundsException) {
                message = "'%s' must have at most %d significant digits and an exponent within %d of the point"
                        .formatted(field, BoundedNumbers.MAX_PRECISION, BoundedNumbers.MAX_SCALE);
                details.put("maximumPrecision", BoundedNumbers.MAX_PRECISION);
                details.put("maximumScale", BoundedNumbers.MAX_SCALE);
            }
        }
        if (exception.getLocation() != null) {
            details.put("line", exception.getLocation().getLineNr());
            details.put("column", exception.getLocation().getColumnNr());
        }
        return respond(400, ErrorCode.INVALID_REQUEST, message, details);
    }

    @ServerExceptionMapper
    public Response mapNotAllowed(NotAllowedException exception, UriInfo uri) {
        List<String> allowed = allowedMethods.of(uri.getPath());
        Response response = respond(405, ErrorCode.METHOD_NOT_ALLOWED, "This path does not accept this HTTP method",
                Map.of("allowed", allowed));
        return allowed.isEmpty() ? response
                : Response.fromResponse(response)
                        .header(HttpHeaders.ALLOW, String.join(", ", allowed))
                        .build();
    }

    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        // A body Jackson could not read (e.g. cut off) arrives wrapped in a 400.
        if (status == 400 && exception.getCause() instanceof JsonProcessingException json) {
            return mapJsonProblem(json);
        }
        if (exception instanceof NotFoundException) {
            return respond(404, ErrorCode.NOT_FOUND, "No resource at this path", Map.of());
        }
        if (exception instanceof NotSupportedException) {
            return respond(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "This path does not accept this request body type",
                    Map.of());
        }
        if (exception instanceof NotAcceptableException) {
            return respond(406, ErrorCode.NOT_ACCEPTABLE, "This path cannot answer in any accepted media type",
                    Map.of());
        }
        if (status >= 400 && status < 500) {
            return respond(status, ErrorCode.INVALID_REQUEST, "The request is invalid", Map.of("status", status));
        }
        return unexpected(exception);
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Throwable throwable) {
        return unexpected(throwable);
    }

    private static Response unexpected(Throwable throwable) {
        if (databaseUnreachable(throwable)) {
            LOG.warnf("Database unreachable: %s", throwable.toString());
            return respond(503, ErrorCode.DATABASE_ERROR, "The database is not reachable; retry shortly", Map.of(
                    "retryAfterSeconds", DATABASE_RETRY_SECONDS), DATABASE_RETRY_SECONDS);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(throwable, "Unexpected failure, reference %s", reference);
        return respond(500, ErrorCode.INTERNAL_ERROR, "An unexpected error occurred", Map.of("reference", reference));
    }

    /**
     * Whether a failure comes from PostgreSQL being unreachable: a refused or closed connection, or the server
     * shutting down (SQLSTATE class 08, 57P01..57P03). Redis failures never get here: they are recovered where they
     * happen.
     */
    static boolean databaseUnreachable(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause() == cause ? null
                : cause.getCause()) {
            String type = cause.getClass()
                    .getName();
            if (cause instanceof java.net.ConnectException || type.endsWith("ClosedConnectionException")
                    || type.endsWith("ConnectTimeoutException")) {
                return true;
            }
            if (cause instanceof io.vertx.pgclient.PgException pg && pg.getSqlState() != null && (pg.getSqlState()
                    .startsWith("08")
                    || pg.getSqlState()
                            .startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(int status, ErrorCode code, String message, Map<String, Object> details,
            int retryAfterSeconds) {
        Response response = respond(status, code, message, details);
        response.getHeaders()
                .putSingle(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        return response;
    }

    private static Response respond(int status, ErrorCode code, String message, Map<String, Object> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(code.name(), message, code.code(), details))
                .build();
    }

    private static Map<String, Object> describe(ConstraintViolation<?> violation) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("field", lastNode(violation.getPropertyPath().toString()));
        described.put("message", violation.getMessage());
        return described;
    }

    private static String lastNode(String path) {
        // Method-parameter paths look like "get.lotteryType"; clients know the parameter, not the Java method.
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
