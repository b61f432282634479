package org.wego.plugins.agreements.deadlines;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wego.plugins.agreements.register.Agreement;
import org.wego.plugins.agreements.register.Status;

/**
 * What the deadlines of one agreement follow from: its stored stage, expiry and notice period, with the titles
 * and the officer the reminders name.
 *
 * @param stage the stored stage ({@link Status#stored()}); only a signed agreement has deadlines
 * @param expiry {@code null}: open-ended, no deadlines
 * @param noticeDays {@code null}: no notice deadline, the expiry alone
 * @param officerId the responsible officer's user id, reminded besides the secretariat
 */
record Term(
        long id,
        @Nullable String titleEn,
        @Nullable String titleKo,
        Status stage,
        @Nullable LocalDate expiry,
        @Nullable Integer noticeDays,
        @Nullable String officerId) {

    /** The term of an agreement read through the register (in the reader's scope). */
    static Term of(Agreement a) {
        return new Term(a.id(), a.titleEn(), a.titleKo(), a.stage(), a.expiry(), a.noticeDays(), a.officerId());
    }

    /** The title in a language, the other language's when it has none in this one. */
    String title(Locale locale) {
        boolean korean = "ko".equals(locale.getLanguage());
        String first = korean ? titleKo : titleEn;
        String other = korean ? titleEn : titleKo;
        return first != null ? first : other == null ? "" : other;
    }

    /** The last day to give notice; none for an open-ended agreement or one without a notice period. */
    @Nullable
    LocalDate noticeDeadline() {
        return expiry == null || noticeDays == null ? null : expiry.minusDays(noticeDays);
    }

    /**
     * Whether it still needs decisions on {@code today}: signed (in effect or not yet) and not past its expiry.
     * Drafts, terminated, renewed and expired agreements have no deadlines left.
     */
    boolean liveOn(LocalDate today) {
        return stage == Status.SIGNED && expiry != null && !expiry.isBefore(today);
    }
}
