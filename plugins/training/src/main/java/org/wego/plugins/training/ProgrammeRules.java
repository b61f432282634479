package org.wego.plugins.training;

import java.time.LocalDate;
import org.wego.plugin.api.InvalidInputException;

/** The rules a programme's input passes before it is saved (pure, no I/O). */
final class ProgrammeRules {

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_VENUE = 500;
    static final int MAX_CAPACITY = 10_000;

    private ProgrammeRules() {}

    /**
     * The input trimmed and checked: titles required, dates in order (deadline on or before the start,
     * start on or before the end), capacity 1..10,000, quota 1..capacity.
     *
     * @throws InvalidInputException naming the first bad field
     */
    static ProgrammeInput clean(ProgrammeInput input) {
        String titleEn = TextRules.required("titleEn", input.titleEn(), TextRules.MAX_NAME);
        String titleKo = TextRules.required("titleKo", input.titleKo(), TextRules.MAX_NAME);
        String descriptionEn = TextRules.optional("descriptionEn", input.descriptionEn(), MAX_DESCRIPTION, true);
        String descriptionKo = TextRules.optional("descriptionKo", input.descriptionKo(), MAX_DESCRIPTION, true);
        if (input.partner() == null) {
            throw new InvalidInputException("partner", "training.invalid.required");
        }
        if (input.mode() == null) {
            throw new InvalidInputException("mode", "training.invalid.required");
        }
        String venue = TextRules.required("venue", input.venue(), MAX_VENUE);
        String language = TextRules.language("language", input.language());
        LocalDate start = required("startDate", input.startDate());
        LocalDate end = required("endDate", input.endDate());
        LocalDate deadline = required("deadline", input.deadline());
        if (end.isBefore(start)) {
            throw new InvalidInputException("endDate", "training.invalid.end-before-start");
        }
        if (deadline.isAfter(start)) {
            throw new InvalidInputException("deadline", "training.invalid.deadline-after-start");
        }
        if (input.capacity() < 1 || input.capacity() > MAX_CAPACITY) {
            throw new InvalidInputException("capacity", "training.invalid.capacity", MAX_CAPACITY);
        }
        if (input.quota() < 1 || input.quota() > input.capacity()) {
            throw new InvalidInputException("quota", "training.invalid.quota");
        }
        ProgrammeStatus status = input.status() == null ? ProgrammeStatus.DRAFT : input.status();
        return new ProgrammeInput(
                titleEn,
                titleKo,
                descriptionEn,
                descriptionKo,
                input.partner(),
                input.mode(),
                venue,
                language,
                start,
                end,
                deadline,
                input.capacity(),
                input.quota(),
                status);
    }

    private static LocalDate required(String field, @org.jspecify.annotations.Nullable LocalDate date) {
        if (date == null) {
            throw new InvalidInputException(field, "training.invalid.required");
        }
        return date;
    }
}
