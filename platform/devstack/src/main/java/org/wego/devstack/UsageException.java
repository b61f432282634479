package org.wego.devstack;

/** A mistake in the command line: reported with the usage text and exit code 2, without a stack trace. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
