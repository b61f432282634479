package org.wego.platform.spreadsheets;

import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.InvalidInputException;

/** The reader's refusals: each a translated message ({@code i18n/spreadsheets}) on the field {@code file}. */
final class Refusals {

    static final String FIELD = "file";

    private Refusals() {}

    static InvalidInputException refuse(String key, Object... arguments) {
        return new InvalidInputException(FIELD, "spreadsheet." + key, arguments);
    }

    static InvalidInputException unreadable() {
        return refuse("file.unreadable");
    }

    static String size(long bytes) {
        return AttachmentLimits.sizeLabel(bytes);
    }

    /** The refusal somewhere in a chain of causes (a parser may wrap what our bounded streams threw). */
    static @Nullable InvalidInputException within(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
            if (t instanceof Refused refused) {
                return refused.refusal;
            }
        }
        return null;
    }

    /** A refusal carried through an API that only lets {@link java.io.IOException}s out. */
    static final class Refused extends java.io.IOException {

        private final transient InvalidInputException refusal;

        Refused(InvalidInputException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a refusal, not a fault: no stack trace
        }
    }
}
