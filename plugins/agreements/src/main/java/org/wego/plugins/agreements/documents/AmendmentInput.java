package org.wego.plugins.agreements.documents;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;

/**
 * An amendment as entered: the day it was agreed and its summary in English, Korean or both.
 *
 * @param date the day; not in the future, not before the agreement was signed
 */
public record AmendmentInput(
        @Nullable LocalDate date,
        @Nullable String summaryEn,
        @Nullable String summaryKo) {

    /** The day. */
    public static final InputField DATE = InputField.of("date");

    /** The summary in English. */
    public static final InputField SUMMARY_EN = InputField.of("summaryEn");

    /** The summary in Korean. */
    public static final InputField SUMMARY_KO = InputField.of("summaryKo");

    /** The longest summary. */
    static final int MAX_SUMMARY = 4000;

    /**
     * The input made ready to store: summaries stripped, blank ones empty.
     *
     * @param signedOn the day (or 1 January of the year) the agreement was signed, if known
     * @throws InvalidInputException on the first field refused
     */
    AmendmentInput check(LocalDate today, @Nullable LocalDate signedOn) {
        if (date == null) {
            throw InvalidInputException.of(DATE, "input.invalid.required");
        }
        if (date.isAfter(today)) {
            throw InvalidInputException.of(DATE, "agreements.docs.invalid.amendment-future");
        }
        if (signedOn != null && date.isBefore(signedOn)) {
            throw InvalidInputException.of(
                    DATE, "agreements.docs.invalid.amendment-before-signing", signedOn.toString());
        }
        String en = clean(summaryEn, SUMMARY_EN);
        String ko = clean(summaryKo, SUMMARY_KO);
        if (en == null && ko == null) {
            throw InvalidInputException.of(SUMMARY_EN, "agreements.docs.invalid.amendment-summary");
        }
        return new AmendmentInput(date, en, ko);
    }

    private static @Nullable String clean(@Nullable String text, InputField field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_SUMMARY) {
            throw InvalidInputException.of(field, "input.invalid.too-long", MAX_SUMMARY);
        }
        return stripped;
    }
}
