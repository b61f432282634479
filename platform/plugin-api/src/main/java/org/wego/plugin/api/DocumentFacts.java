package org.wego.plugin.api;

import java.time.LocalDate;

/**
 * What the public verification page shows about a document, in both languages the platform speaks:
 * only what the holder would show anyone (no e-mail, no organisation internals).
 *
 * @param kindEn the kind of document in English, e.g. "Certificate of completion"
 * @param kindKo the same in Korean
 * @param holder the name of the person or organisation it was issued to
 * @param titleEn what it is about in English, e.g. the programme's title and dates
 * @param titleKo the same in Korean
 * @param issuedOn when it was issued
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record DocumentFacts(
        String kindEn, String kindKo, String holder, String titleEn, String titleKo, LocalDate issuedOn) {}
