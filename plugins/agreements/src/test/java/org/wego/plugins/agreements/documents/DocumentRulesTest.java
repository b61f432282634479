package org.wego.plugins.agreements.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.AttachedTo;
import org.wego.plugin.api.Attachment;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.AttachmentRule;
import org.wego.plugin.api.FileType;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** Who reads each shelf, and what an amendment must say. */
class DocumentRulesTest {

    private static final OrganisationKey SECRETARIAT = OrganisationKey.of("wego-secretariat");
    private static final SignedInUser STAFF = user(Role.SECRETARIAT, SECRETARIAT);
    private static final SignedInUser HANOI = user(Role.MEMBER_CITY, OrganisationKey.of("vn-hanoi"));
    private static final SignedInUser ULAANBAATAR = user(Role.MEMBER_CITY, OrganisationKey.of("mn-ulaanbaatar"));

    /** Agreement 7 is Hanoi's (and the secretariat's); amendment 70 belongs to it; 71 is unknown. */
    private static AttachmentRule rule(Shelf shelf) {
        return DocumentRules.of(
                shelf,
                (user, agreement) -> user.hasRole(Role.SECRETARIAT)
                        || (agreement == 7L && user.organisation().equals(HANOI.organisation())),
                amendment -> Optional.ofNullable(Map.of(70L, 7L).get(amendment)));
    }

    @Test
    void internalDraftsAreTheSecretariatsAlone() {
        AttachmentRule internal = rule(Shelf.INTERNAL);
        assertThat(internal.maySee(STAFF, file(Shelf.INTERNAL, "7"))).isTrue();
        assertThat(internal.maySee(HANOI, file(Shelf.INTERNAL, "7"))).isFalse();
        assertThat(internal.maySee(null, file(Shelf.INTERNAL, "7"))).isFalse();
    }

    @Test
    void sharedSignedAndTerminationFollowTheAgreementsScope() {
        for (Shelf shelf : new Shelf[] {Shelf.SHARED, Shelf.SIGNED, Shelf.TERMINATION}) {
            AttachmentRule rule = rule(shelf);
            assertThat(rule.maySee(STAFF, file(shelf, "7"))).as(shelf.name()).isTrue();
            assertThat(rule.maySee(HANOI, file(shelf, "7"))).as(shelf.name()).isTrue();
            assertThat(rule.maySee(ULAANBAATAR, file(shelf, "7")))
                    .as(shelf.name())
                    .isFalse();
            assertThat(rule.maySee(HANOI, file(shelf, "8"))).as(shelf.name()).isFalse();
            assertThat(rule.maySee(null, file(shelf, "7"))).as(shelf.name()).isFalse();
            assertThat(rule.maySee(HANOI, file(shelf, "x7"))).as("malformed").isFalse();
        }
    }

    @Test
    void anAmendmentsFilesFollowItsAgreement() {
        AttachmentRule amendment = rule(Shelf.AMENDMENT);
        assertThat(amendment.maySee(HANOI, file(Shelf.AMENDMENT, "70"))).isTrue();
        assertThat(amendment.maySee(ULAANBAATAR, file(Shelf.AMENDMENT, "70"))).isFalse();
        assertThat(amendment.maySee(HANOI, file(Shelf.AMENDMENT, "71")))
                .as("no such amendment")
                .isFalse();
        assertThat(amendment.maySee(STAFF, file(Shelf.AMENDMENT, "71"))).isFalse();
    }

    @Test
    void eachShelfIsAnEntityOfThePlugin() {
        assertThat(Shelf.INTERNAL.entity()).isEqualTo("agreements.internal");
        for (Shelf shelf : Shelf.values()) {
            assertThat(AttachedTo.isEntity(shelf.entity())).isTrue();
            assertThat(shelf.entity()).startsWith("agreements.");
            assertThat(shelf.limits().maxBytes())
                    .isEqualTo(AttachmentLimits.documents().maxBytes());
        }
        assertThat(Shelf.SIGNED.limits().allowed())
                .as("the signed text is a PDF scan")
                .containsExactly(FileType.PDF);
        assertThat(Shelf.SHARED.limits().allowed())
                .isEqualTo(AttachmentLimits.documents().allowed());
    }

    @Test
    void anAmendmentIsDatedNotInTheFutureNorBeforeTheSigningAndSummarised() {
        LocalDate today = LocalDate.of(2026, 12, 8);
        LocalDate signed = LocalDate.of(2020, 5, 1);
        assertRefused(new AmendmentInput(null, "Scope widened", null), today, signed, "input.invalid.required");
        assertRefused(
                new AmendmentInput(today.plusDays(1), "Scope widened", null),
                today,
                signed,
                "agreements.docs.invalid.amendment-future");
        assertRefused(
                new AmendmentInput(signed.minusDays(1), "Scope widened", null),
                today,
                signed,
                "agreements.docs.invalid.amendment-before-signing");
        assertRefused(
                new AmendmentInput(today, "  ", "\n"), today, signed, "agreements.docs.invalid.amendment-summary");
        assertRefused(
                new AmendmentInput(today, "x".repeat(AmendmentInput.MAX_SUMMARY + 1), null),
                today,
                signed,
                "input.invalid.too-long");
        // Any text is taken as written, markup included; only the spaces around it go.
        AmendmentInput clean = new AmendmentInput(today, null, "  <b>범위</b> 확대 ").check(today, signed);
        assertThat(clean.summaryKo()).isEqualTo("<b>범위</b> 확대");
        assertThat(clean.summaryEn()).isNull();
        assertThat(new Amendment(1, 7, today, null, clean.summaryKo(), "Minji", LocalDateTime.MIN)
                        .summary(Locale.ENGLISH))
                .isEqualTo("<b>범위</b> 확대");
    }

    @Test
    void aNoticeIsGivenByTodayAndNoLaterThanTheEnd() {
        LocalDate today = LocalDate.of(2026, 12, 8);
        assertNotice(null, today, today, "input.invalid.required", TerminationNotices.ENDS_ON.name());
        assertNotice(today, null, today, "input.invalid.required", TerminationNotices.GIVEN_ON.name());
        assertNotice(
                today.plusDays(30),
                today.plusDays(1),
                today,
                "agreements.docs.invalid.notice-future",
                TerminationNotices.GIVEN_ON.name());
        assertNotice(
                today.minusDays(10),
                today.minusDays(5),
                today,
                "agreements.docs.invalid.notice-after-end",
                TerminationNotices.GIVEN_ON.name());
        // A notice period still running (the end ahead) and a notice given on the last day are both fine.
        TerminationNotices.checkDays(today.plusDays(90), today, today);
        TerminationNotices.checkDays(today.minusDays(1), today.minusDays(1), today);
    }

    private static void assertNotice(LocalDate ends, LocalDate given, LocalDate today, String key, String field) {
        assertThatThrownBy(() -> TerminationNotices.checkDays(ends, given, today))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    private static void assertRefused(AmendmentInput input, LocalDate today, LocalDate signed, String key) {
        assertThatThrownBy(() -> input.check(today, signed))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static Attachment file(Shelf shelf, String entityId) {
        return new Attachment(
                1L,
                "agreements",
                new AttachedTo(shelf.entity(), entityId, SECRETARIAT),
                "a.pdf",
                FileType.PDF,
                10L,
                "00",
                "Minji",
                LocalDateTime.of(2026, 12, 8, 9, 0));
    }

    private static SignedInUser user(Role role, OrganisationKey organisation) {
        return new SignedInUser(
                role.name(),
                role.name(),
                role.name(),
                role.name() + "@example.org",
                Set.of(role),
                organisation,
                Locale.ENGLISH);
    }
}
