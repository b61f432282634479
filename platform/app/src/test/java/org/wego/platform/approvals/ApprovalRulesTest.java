package org.wego.platform.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wego.platform.jdbc.SqlFilter;
import org.wego.plugin.api.ApprovalRequest;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** What a request and a decision must look like, and whose requests a reader sees. */
class ApprovalRulesTest {

    private static ApprovalRequest request(String title, Map<String, String> details, String subject) {
        return new ApprovalRequest("notice-board.notice", OrganisationKey.of("vn-hanoi"), title, details, subject);
    }

    @Test
    void aPlainRequestPasses() {
        assertThatCode(() -> ApprovalRules.checkRequest(request(
                        "Elections on 3 May", Map.of("notice-board.text", "Line one\nLine two < 3 items"), "17")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Population > 1 million", "Seoul -- Week; update", "O'Neil"})
    void markupAndSqlLookingTextIsStoredAsText(String text) {
        assertThatCode(() -> ApprovalRules.checkRequest(request(text, Map.of("notice-board.text", text), text)))
                .doesNotThrowAnyException();
        assertThat(ApprovalRules.comment(ApprovalStatus.REJECTED, text)).isEqualTo(text);
    }

    @Test
    void detailLabelsAreMessageKeysOfTheSubmittingPlugin() {
        for (String label : new String[] {"Notice / 공지", "training.trainee", "notice-board", "notice-board.Bad Key"}) {
            assertThat(Refusals.keyOf(() -> ApprovalRules.checkRequest(request("Hi", Map.of(label, "x"), "1"))))
                    .as(label)
                    .isEqualTo("approvals.error.detail-label");
        }
    }

    @Test
    void emptyTooLongAndControlCharacterTextsAreRefused() {
        assertThat(Refusals.keyOf(() -> ApprovalRules.checkRequest(request("  ", Map.of(), "1"))))
                .isEqualTo("input.invalid.required");
        assertThat(Refusals.keyOf(() -> ApprovalRules.checkRequest(request("a".repeat(201), Map.of(), "1"))))
                .isEqualTo("input.invalid.too-long");
        assertThat(Refusals.keyOf(() -> ApprovalRules.checkRequest(request("Hi", Map.of(), ""))))
                .isEqualTo("input.invalid.required");
        assertThat(Refusals.keyOf(() -> ApprovalRules.checkRequest(request("Hi\u0000", Map.of(), "1"))))
                .isEqualTo("input.invalid.control");
        assertThat(Refusals.keyOf(
                        () -> ApprovalRules.checkRequest(request("Hi", Map.of("notice-board.text", "a\u0007"), "1"))))
                .isEqualTo("input.invalid.control");
        var many = new LinkedHashMap<String, String>();
        for (int i = 0; i < 21; i++) {
            many.put("notice-board.k" + i, "v");
        }
        assertThat(Refusals.keyOf(() -> ApprovalRules.checkRequest(request("Hi", many, "1"))))
                .isEqualTo("approvals.error.too-many-details");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u001Bb"})
    void controlCharactersInACommentAreRefused(String comment) {
        assertThatThrownBy(() -> ApprovalRules.comment(ApprovalStatus.APPROVED, comment))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("input.invalid.control");
                    assertThat(e.field()).isEqualTo("comment");
                });
    }

    @Test
    void aRejectionNeedsACommentAnApprovalDoesNot() {
        assertThat(Refusals.keyOf(() -> ApprovalRules.comment(ApprovalStatus.REJECTED, "   ")))
                .isEqualTo("approvals.error.comment-required");
        assertThat(Refusals.keyOf(() -> ApprovalRules.comment(ApprovalStatus.REJECTED, null)))
                .isEqualTo("approvals.error.comment-required");
        assertThat(ApprovalRules.comment(ApprovalStatus.APPROVED, "  ")).isNull();
        assertThat(ApprovalRules.comment(ApprovalStatus.REJECTED, " Not now ")).isEqualTo("Not now");
        assertThat(Refusals.keyOf(() -> ApprovalRules.comment(ApprovalStatus.REJECTED, "x".repeat(1001))))
                .isEqualTo("input.invalid.too-long");
        assertThatThrownBy(() -> ApprovalRules.comment(ApprovalStatus.PENDING, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTypeIsNamedAfterItsPlugin() {
        assertThat(ApprovalRules.isTypeOf("notice-board", "notice-board.notice"))
                .isTrue();
        assertThat(ApprovalRules.isTypeOf("notice-board", "training.notice")).isFalse();
        assertThat(ApprovalRules.isTypeOf("notice-board", "notice-board.")).isFalse();
        assertThat(ApprovalRules.isTypeOf("notice-board", "notice-board.x; DROP TABLE"))
                .isFalse();
    }

    @Test
    void eachRoleReadsItsOwnScope() {
        assertThat(ApprovalInbox.where(new SqlFilter(), user(Role.SECRETARIAT, "wego-secretariat")))
                .isEmpty();
        assertThat(ApprovalInbox.where(new SqlFilter(), user(Role.REGIONAL_OFFICE, "ro-chengdu")))
                .isEqualTo(" WHERE (r.org_key = :scopeOrg OR office.org_key = :scopeOrg)");
        assertThat(ApprovalInbox.where(
                        new SqlFilter().equalTo("r.status", "PENDING"), user(Role.MEMBER_CITY, "vn-hanoi")))
                .isEqualTo(" WHERE r.status = :p0 AND r.org_key = :scopeOrg");
    }

    private static SignedInUser user(Role role, String organisation) {
        return new SignedInUser(
                "u", "u", "U", "u@example.org", Set.of(role), OrganisationKey.of(organisation), Locale.ENGLISH);
    }
}
