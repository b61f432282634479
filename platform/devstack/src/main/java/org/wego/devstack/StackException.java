package org.wego.devstack;

/**
 * A failure the developer can act on (a port in use, a missing download): reported as its message
 * alone, because a stack trace would hide the one line that says what to do.
 */
final class StackException extends RuntimeException {

    StackException(String message) {
        super(message);
    }

    StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
