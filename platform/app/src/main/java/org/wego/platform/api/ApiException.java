package org.wego.platform.api;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the key of the translated message that says why and, for bad
 * input, the parameter at fault. Becomes a problem detail in the caller's language ({@link
 * ApiProblems}).
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final @Nullable String parameter;
    private final Object[] arguments;

    ApiException(HttpStatus status, String messageKey, @Nullable String parameter, Object... arguments) {
        super(messageKey + (parameter == null ? "" : " (" + parameter + ")"));
        this.status = status;
        this.messageKey = messageKey;
        this.parameter = parameter;
        this.arguments = arguments.clone();
    }

    /** Bad input in one parameter: 400. */
    public static ApiException badParameter(String parameter, String messageKey, Object... arguments) {
        return new ApiException(HttpStatus.BAD_REQUEST, messageKey, parameter, arguments);
    }

    /** Nothing with that id or key, or nothing the caller may see (which must look the same): 404. */
    public static ApiException notFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "api.problem.not-found.detail", null);
    }

    /** The caller may not call this endpoint: 403. */
    public static ApiException forbidden() {
        return new ApiException(HttpStatus.FORBIDDEN, "api.problem.forbidden.detail", null);
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    @Nullable
    String parameter() {
        return parameter;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
