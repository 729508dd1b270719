package org.lotteryengine.rest;

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

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.lotteryengine.engine.evaluation.InvalidTicketException;
import org.lotteryengine.engine.format.InvalidFormatException;
import org.lotteryengine.error.EngineBusyException;
import org.lotteryengine.error.ErrorCode;
import org.lotteryengine.error.ServiceException;
import org.lotteryengine.rest.dto.ApiError;

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

    @ServerExceptionMapper
    public Response mapServiceException(ServiceException exception) {
        Response response = respond(exception.httpStatus(), exception.errorCode(), exception.getMessage(),
                exception.details());
        if (exception instanceof EngineBusyException busy) {
            response.getHeaders()
                    .putSingle(HttpHeaders.RETRY_AFTER, Integer.toString(busy.retryAfterSeconds()));
        }
        return response;
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
        }
        if (exception.getLocation() != null) {
            details.put("line", exception.getLocation().getLineNr());
            details.put("column", exception.getLocation().getColumnNr());
        }
        return respond(400, ErrorCode.INVALID_REQUEST, message, details);
    }

    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (exception instanceof NotFoundException) {
            return respond(404, ErrorCode.NOT_FOUND, "No resource at this path", Map.of());
        }
        if (exception instanceof NotAllowedException) {
            return respond(405, ErrorCode.METHOD_NOT_ALLOWED, "This path does not accept this HTTP method",
                    Map.of("allowed", exception.getResponse().getAllowedMethods()));
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
        String reference = UUID.randomUUID().toString();
        LOG.errorf(throwable, "Unexpected failure, reference %s", reference);
        return respond(500, ErrorCode.INTERNAL_ERROR, "An unexpected error occurred", Map.of("reference", reference));
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
