package org.wego.plugin.api;

import java.util.List;

/**
 * An upload the platform refuses, with the reason in words people understand: show
 * {@code messages.get(e.messageKey(), e.arguments())} next to the upload. Nothing was stored.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public final class AttachmentRejectedException extends RuntimeException {

    /** Why an upload was refused. */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
    public enum Reason {
        /** The file has no content. */
        EMPTY,
        /** The file is larger than the limit; the argument is the limit, e.g. {@code 10 MB}. */
        TOO_LARGE,
        /** The content is none of the allowed types; the argument lists them, e.g. {@code PDF, PNG}. */
        WRONG_TYPE,
        /** The file name has nothing usable left once cleaned, or is too long. */
        BAD_NAME,
        /** The record or organisation the file is for is malformed or unknown. */
        BAD_RECORD,
        /**
         * An Office file (a zip archive) that unpacks to far more than it is, or larger than it says:
         * a zip bomb or a forged archive.
         */
        UNSAFE_ARCHIVE
    }

    private final Reason reason;
    private final List<String> arguments;

    public AttachmentRejectedException(Reason reason, String... arguments) {
        super(reason + (arguments.length == 0 ? "" : ": " + String.join(", ", arguments)));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    /** Why the upload was refused. */
    public Reason reason() {
        return reason;
    }

    /** The message key of the reason, e.g. {@code files.rejected.too-large}, in every language. */
    public String messageKey() {
        return "files.rejected."
                + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The values the message shows, e.g. the size limit. */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
