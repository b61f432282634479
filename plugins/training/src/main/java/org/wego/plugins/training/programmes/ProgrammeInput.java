package org.wego.plugins.training.programmes;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
