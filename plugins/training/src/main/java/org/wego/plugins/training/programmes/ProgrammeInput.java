package org.wego.plugins.training.programmes;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.OrganisationKey;

/**
 * What the secretariat enters for a programme; checked by {@link ProgrammeRules#clean}. {@code sessions}
 * are the daily sessions (an empty list is allowed, e.g. for a draft whose times are not fixed yet);
 * {@code null} keeps the programme's current sessions on an edit (none on creation). {@code eligibility}
 * says who may be nominated; {@code null} keeps it on an edit (every member on creation).
 */
public record ProgrammeInput(
        @Nullable String titleEn,
        @Nullable String titleKo,
        @Nullable String descriptionEn,
        @Nullable String descriptionKo,
        @Nullable OrganisationKey partner,
        @Nullable ProgrammeMode mode,
        @Nullable String venue,
        @Nullable String language,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable LocalDate deadline,
        int capacity,
        int quota,
        @Nullable ProgrammeStatus status,
        @Nullable List<SessionInput> sessions,
        @Nullable Eligibility eligibility) {

    // The inputs as the rules refuse them and the form binds them (InputErrors): one name each.
    static final InputField TITLE_EN = InputField.of("titleEn");
    static final InputField TITLE_KO = InputField.of("titleKo");
    static final InputField DESCRIPTION_EN = InputField.of("descriptionEn");
    static final InputField DESCRIPTION_KO = InputField.of("descriptionKo");
    static final InputField PARTNER = InputField.of("partner");
    static final InputField MODE = InputField.of("mode");
    static final InputField VENUE = InputField.of("venue");
    static final InputField LANGUAGE = InputField.of("language");
    static final InputField START_DATE = InputField.of("startDate");
    static final InputField END_DATE = InputField.of("endDate");
    static final InputField DEADLINE = InputField.of("deadline");
    static final InputField CAPACITY = InputField.of("capacity");
    static final InputField QUOTA = InputField.of("quota");
    static final InputField STATUS = InputField.of("status");
    /** The sessions as a whole; a refusal names the row (1-based) as its first argument. */
    static final InputField SESSIONS = InputField.of("sessions");

    static final InputField ELIGIBILITY = InputField.of("eligibility");

    /** A programme whose eligibility is not given: every member on creation, unchanged on an edit. */
    ProgrammeInput(
            @Nullable String titleEn,
            @Nullable String titleKo,
            @Nullable String descriptionEn,
            @Nullable String descriptionKo,
            @Nullable OrganisationKey partner,
            @Nullable ProgrammeMode mode,
            @Nullable String venue,
            @Nullable String language,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable LocalDate deadline,
            int capacity,
            int quota,
            @Nullable ProgrammeStatus status,
            @Nullable List<SessionInput> sessions) {
        this(
                titleEn,
                titleKo,
                descriptionEn,
                descriptionKo,
                partner,
                mode,
                venue,
                language,
                startDate,
                endDate,
                deadline,
                capacity,
                quota,
                status,
                sessions,
                null);
    }

    /** A programme whose sessions are not given: none on creation, unchanged on an edit. */
    ProgrammeInput(
            @Nullable String titleEn,
            @Nullable String titleKo,
            @Nullable String descriptionEn,
            @Nullable String descriptionKo,
            @Nullable OrganisationKey partner,
            @Nullable ProgrammeMode mode,
            @Nullable String venue,
            @Nullable String language,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable LocalDate deadline,
            int capacity,
            int quota,
            @Nullable ProgrammeStatus status) {
        this(
                titleEn,
                titleKo,
                descriptionEn,
                descriptionKo,
                partner,
                mode,
                venue,
                language,
                startDate,
                endDate,
                deadline,
                capacity,
                quota,
                status,
                null,
                null);
    }

    /** The sessions, none when not given. */
    List<SessionInput> sessionList() {
        return sessions == null ? List.of() : sessions;
    }

    /** The same input with these sessions. */
    ProgrammeInput withSessions(List<SessionInput> replaced) {
        return new ProgrammeInput(
                titleEn,
                titleKo,
                descriptionEn,
                descriptionKo,
                partner,
                mode,
                venue,
                language,
                startDate,
                endDate,
                deadline,
                capacity,
                quota,
                status,
                replaced,
                eligibility);
    }

    /** The same input with this eligibility. */
    ProgrammeInput withEligibility(Eligibility replaced) {
        return new ProgrammeInput(
                titleEn,
                titleKo,
                descriptionEn,
                descriptionKo,
                partner,
                mode,
                venue,
                language,
                startDate,
                endDate,
                deadline,
                capacity,
                quota,
                status,
                sessions,
                replaced);
    }

    /** Who may be nominated, every member when not given. */
    Eligibility eligibilityOrAll() {
        return eligibility == null ? Eligibility.ALL : eligibility;
    }
}
