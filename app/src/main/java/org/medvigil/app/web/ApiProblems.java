package org.medvigil.app.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.medvigil.core.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every API error as RFC 9457 problem+json: Spring MVC's own (404, 405, 406, 415, bad
 * parameters) through {@link ResponseEntityExceptionHandler}, ours below. Details are one line
 * for a person; a 500 carries only a reference to the log entry, never a stack trace. It applies
 * to every handler, including errors raised before one is chosen (415, 405); the web UI's page
 * controllers can take their own errors first with a more specific, higher-precedence advice.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "an entry with the same unique name or key already exists");
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, e.getMessage());
        if (!e.problems().isEmpty()) {
            p.setProperty("problems", e.problems());
        }
        return p;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, e.oneLine());
        if (e.location() != null) {
            p.setProperty("location", e.location());
        }
        return p;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "your role may not do this");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail internal(Exception e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("internal error, reference {}", reference, e);
        ProblemDetail p = problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal error; the server log has the details under reference " + reference);
        p.setProperty("reference", reference);
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError f : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(g ->
                errors.add(Map.of("field", g.getObjectName(), "message", String.valueOf(g.getDefaultMessage()))));
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "the request has invalid fields: "
                + errors.stream().map(m -> m.get("field") + " " + m.get("message")).collect(Collectors.joining("; ")));
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(Map.of(
                "field", String.valueOf(r.getMethodParameter().getParameterName()),
                "message", String.valueOf(err.getDefaultMessage())))));
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "the request has invalid parameters");
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "the request body is not valid JSON for this request";
        if (ex.getMostSpecificCause() instanceof JacksonException j) {
            String path = j.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = firstLine(j.getOriginalMessage()).replaceAll("`?(?:[a-z_][a-z0-9_]*\\.)+([A-Z]\\w*)`?", "$1");
            detail = (path.isEmpty() ? "" : "field " + path + ": ") + message;
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, detail));
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("about:blank"));
        return p;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
