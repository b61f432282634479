package org.wego.plugins.agreements.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The notice by which an agreement was terminated; its file is on the {@link Shelf#TERMINATION} shelf.
 *
 * @param givenOn the day the notice was given
 * @param endsOn the day the agreement ended (its {@code terminatedOn})
 */
public record TerminationNotice(
        long agreementId, LocalDate givenOn, LocalDate endsOn, String recordedBy, LocalDateTime recordedAt) {}
