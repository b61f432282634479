package org.wego.plugins.agreements.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugins.agreements.register.Status;

class ChangeRulesTest {

    @Test
    void anAmendmentNeedsItsTextInOneLanguageAndAReason() {
        var clean = ChangeRules.check(
                new ChangeInput(ChangeKind.AMENDMENT, "  Article 3: <b>two</b> years  ", " ", "Our council asks"),
                Status.ACTIVE);
        assertThat(clean.textEn()).as("markup is text, kept as typed").isEqualTo("Article 3: <b>two</b> years");
        assertThat(clean.textKo()).isNull();
        assertThat(clean.reason()).isEqualTo("Our council asks");
        assertThat(ChangeRules.check(new ChangeInput(ChangeKind.AMENDMENT, null, "제3조 개정", "사유"), Status.EXPIRED)
                        .textKo())
                .isEqualTo("제3조 개정");
        assertRefused(
                new ChangeInput(ChangeKind.AMENDMENT, " ", null, "why"),
                Status.ACTIVE,
                "textEn",
                "agreements.renewal.invalid.text");
        assertRefused(
                new ChangeInput(ChangeKind.AMENDMENT, "text", null, "  "),
                Status.ACTIVE,
                "reason",
                "input.invalid.required");
        assertRefused(new ChangeInput(null, "text", null, "why"), Status.ACTIVE, "kind", "input.invalid.required");
        assertRefused(
                new ChangeInput(ChangeKind.AMENDMENT, "x".repeat(ChangeRules.MAX_TEXT + 1), null, "why"),
                Status.ACTIVE,
                "textEn",
                "input.invalid.too-long");
    }

    @Test
    void aRenewalKeepsNoTextAndOnlyAnAgreementThatMayBeRenewedTakesOne() {
        for (Status status : new Status[] {Status.SIGNED, Status.ACTIVE, Status.EXPIRED}) {
            var clean = ChangeRules.check(new ChangeInput(ChangeKind.RENEWAL, "ignored", "무시", "Go on"), status);
            assertThat(clean.textEn()).isNull();
            assertThat(clean.textKo()).isNull();
            assertThat(clean.kind()).isEqualTo(ChangeKind.RENEWAL);
        }
        for (Status status : new Status[] {Status.RENEWED, Status.TERMINATED, Status.DRAFT, Status.UNDER_NEGOTIATION}) {
            assertRefused(
                    new ChangeInput(ChangeKind.RENEWAL, null, null, "why"),
                    status,
                    "kind",
                    "agreements.renewal.invalid.not-renewable");
            assertRefused(
                    new ChangeInput(ChangeKind.AMENDMENT, "text", null, "why"),
                    status,
                    "kind",
                    "agreements.renewal.invalid.not-amendable");
        }
    }

    private static void assertRefused(ChangeInput input, Status status, String field, String key) {
        assertThatThrownBy(() -> ChangeRules.check(input, status))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }
}
