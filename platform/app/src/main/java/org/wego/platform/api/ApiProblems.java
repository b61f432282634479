package org.wego.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.wego.platform.i18n.Translations;
import org.wego.platform.transactions.TransactionRetry;
import org.wego.plugin.api.ApprovalException;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PermissionDeniedException;

/**
 * Turns every refusal and failure of an API call into an RFC 9457 problem detail in the caller's
 * language ({@code Accept-Language}: English or Korean): a translated title and detail, and for bad
 * input the {@code parameter} at fault. Internal errors say nothing about their cause.
 */
@RestControllerAdvice
class ApiProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);
    private static final Map<HttpStatus, String> TITLES = Map.of(
            HttpStatus.BAD_REQUEST, "api.problem.bad-request.title",
            HttpStatus.UNAUTHORIZED, "api.problem.unauthorized.title",
            HttpStatus.FORBIDDEN, "api.problem.forbidden.title",
            HttpStatus.NOT_FOUND, "api.problem.not-found.title",
            HttpStatus.METHOD_NOT_ALLOWED, "api.problem.method-not-allowed.title",
            HttpStatus.CONFLICT, "api.problem.conflict.title",
            HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.internal.title");

    private final Translations translations;

    ApiProblems(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException e, HttpServletRequest request) {
        return problem(request, e.status(), e.messageKey(), e.parameter(), e.arguments());
    }

    /** A service refused the input: its own translated message, naming the field. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        return problem(
                request,
                HttpStatus.BAD_REQUEST,
                e.messageKey(),
                e.field(),
                e.arguments().toArray());
    }

    /** A decision the inbox refused: an unknown request is not found; decided, stopped or refused is a conflict. */
    @ExceptionHandler(ApprovalException.class)
    ResponseEntity<ProblemDetail> refusedDecision(ApprovalException e, HttpServletRequest request) {
        HttpStatus status =
                e.messageKey().equals("approvals.error.unknown-request") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return problem(request, status, e.messageKey(), null, e.arguments());
    }

    @ExceptionHandler(PermissionDeniedException.class)
    ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
        return problem(request, HttpStatus.FORBIDDEN, "api.problem.forbidden.detail", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> malformed(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "api.error.malformed", e.getName(), e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(
                request, HttpStatus.BAD_REQUEST, "api.error.missing", e.getParameterName(), e.getParameterName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, "api.error.body", null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> unknownPath(HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "api.problem.not-found.detail", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpServletRequest request) {
        return problem(request, HttpStatus.METHOD_NOT_ALLOWED, "api.problem.method-not-allowed.detail", null);
    }

    /**
     * Anything else in an API call: Spring's own refusals (e.g. 406, 415) keep their status with a
     * general message; the rest is logged here and a plain 500 for the caller. Elsewhere: not ours.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
            // e.g. a plugin's ResponseStatusException(NOT_FOUND) for a record it does not show
            String detail =
                    status == HttpStatus.NOT_FOUND ? "api.problem.not-found.detail" : "api.problem.request.detail";
            return problem(request, status, detail, null);
        }
        if (TransactionRetry.isLockConflict(e)) {
            // Still in a deadlock or lock wait after the retries: nothing was saved, and trying again is right.
            LOG.warn(
                    "API call {} {} met lock conflicts on every attempt", request.getMethod(), request.getRequestURI());
            return problem(request, HttpStatus.CONFLICT, "api.problem.busy.detail", null);
        }
        LOG.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.internal.detail", null);
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpServletRequest request,
            HttpStatus status,
            String detailKey,
            @Nullable String parameter,
            Object... arguments) {
        Locale locale = translations.supported(request.getLocale());
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, translations.getTranslation(detailKey, locale, arguments));
        problem.setTitle(translations.getTranslation(TITLES.getOrDefault(status, "api.problem.request.title"), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        if (parameter != null) {
            problem.setProperty("parameter", parameter);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .body(problem);
    }
}
