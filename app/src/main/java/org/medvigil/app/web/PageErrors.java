package org.medvigil.app.web;

import java.util.UUID;
import org.medvigil.core.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the web UI's page controllers as HTML pages: the status, one line a person can act
 * on, and for an unexpected error only a reference to the log entry, never a stack trace. It is
 * limited to {@link PageController}s and takes precedence over {@code ApiProblems}, which keeps
 * answering problem+json for the API. Errors raised outside a page controller (the security
 * filters' 403, an unknown path) reach Spring Boot's error page, which renders the same
 * {@code error} template.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {
    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e) {
        return page(HttpStatus.FORBIDDEN, "your role may not open this page or do this", null);
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage(), null);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalidInput(InvalidInputException e) {
        return page(HttpStatus.BAD_REQUEST, e.oneLine(), null);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return page(HttpStatus.CONFLICT, e.getMessage(), null);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ModelAndView duplicate(DuplicateKeyException e) {
        return page(HttpStatus.CONFLICT, "an entry with the same unique name or key already exists", null);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ModelAndView tooLarge(PayloadTooLargeException e) {
        return page(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge(MaxUploadSizeExceededException e) {
        return page(HttpStatus.CONTENT_TOO_LARGE, "the file is larger than the upload limit", null);
    }

    @ExceptionHandler({TypeMismatchException.class, HttpMessageNotReadableException.class})
    ModelAndView malformed(Exception e) {
        return page(HttpStatus.BAD_REQUEST, "a value in the address or the form is not of the expected kind", null);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView other(Exception e) {
        // Spring MVC's own errors (a malformed id, a missing parameter) carry their status; their
        // messages name Java types, so the page gives the status's own words instead.
        if (e instanceof ErrorResponse r && r.getStatusCode().value() < 500) {
            return page(r.getStatusCode(), null, null);
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("internal error on a page, reference {}", reference, e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null, reference);
    }

    private static ModelAndView page(HttpStatusCode status, String message, String reference) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        HttpStatus known = HttpStatus.resolve(status.value());
        page.addObject("error", known == null ? "Error" : known.getReasonPhrase());
        page.addObject("message", message);
        page.addObject("reference", reference);
        return page;
    }
}
