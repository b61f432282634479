package org.wego.plugins.agreements.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.testkit.TestRegistry;

/** The checks of an agreement's input, before anything touches the database. */
class AgreementRulesTest {

    private static final TestRegistry REGISTRY = TestRegistry.of(
            TestRegistry.organisation("vn-hanoi", OrganisationType.CITY, "Hanoi", "하노이", "VN"),
            TestRegistry.organisation("kr-seoul", OrganisationType.CITY, "Seoul", "서울", "KR"),
            TestRegistry.organisation("pa-world-bank", OrganisationType.PARTNER, "World Bank", "월드뱅크", null),
            TestRegistry.organisation("wego-secretariat", OrganisationType.SECRETARIAT));

    @Test
    void aSignedAgreementKnownByItsYearOnlyIsAccepted() {
        var checked = check(input(Status.SIGNED, 2019, null, null, null, List.of("pa-world-bank")));
        assertThat(checked.signedYear()).isEqualTo(2019);
        assertThat(checked.signedDate()).isNull();
    }

    @Test
    void datesAreInOrder() {
        LocalDate signed = LocalDate.of(2011, 6, 20);
        assertThat(check(input(Status.SIGNED, null, signed, signed, signed.plusYears(3), List.of("pa-world-bank")))
                        .signedYear())
                .isEqualTo(2011);
        refused(
                input(Status.SIGNED, null, signed, signed.minusDays(1), null, List.of("pa-world-bank")),
                AgreementInput.EFFECTIVE);
        refused(input(Status.SIGNED, null, signed, null, signed, List.of("pa-world-bank")), AgreementInput.EXPIRY);
        refused(input(Status.SIGNED, null, null, null, null, List.of("pa-world-bank")), AgreementInput.SIGNED_YEAR);
        refused(input(Status.DRAFT, 2026, null, null, null, List.of("pa-world-bank")), AgreementInput.SIGNED_YEAR);
    }

    @Test
    void partiesAreOrganisationsOfTheRegistryOtherThanTheSecretariat() {
        refused(input(Status.DRAFT, null, null, null, null, List.of()), AgreementInput.PARTIES);
        refused(input(Status.DRAFT, null, null, null, null, List.of("xx-nowhere")), AgreementInput.PARTIES);
        refused(input(Status.DRAFT, null, null, null, null, List.of("NOT A KEY")), AgreementInput.PARTIES);
        refused(input(Status.DRAFT, null, null, null, null, List.of("wego-secretariat")), AgreementInput.PARTIES);
        assertThat(check(input(Status.DRAFT, null, null, null, null, List.of("vn-hanoi", "vn-hanoi")))
                        .parties())
                .containsExactly("vn-hanoi");
    }

    @Test
    void renewalNoticeLanguagesAndTextsFollowTheirRules() {
        var base = input(Status.DRAFT, null, null, null, null, List.of("vn-hanoi"));
        refused(with(base, true, null, null, List.of()), AgreementInput.RENEWAL_MONTHS);
        refused(with(base, true, 0, null, List.of()), AgreementInput.RENEWAL_MONTHS);
        assertThat(check(with(base, false, 12, null, List.of())).renewalMonths())
                .as("no renewal: no period")
                .isNull();
        refused(with(base, false, null, -1, List.of()), AgreementInput.NOTICE_DAYS);
        refused(with(base, false, null, null, List.of("xx-lang")), AgreementInput.LANGUAGES);
        assertThat(check(with(base, false, null, 90, List.of("EN", "ko"))).languages())
                .containsExactly("en", "ko");
        var markup = new AgreementInput(
                AgreementKind.MOU,
                "<b>MOU</b> -- 'Seoul' & \"friends\"",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                List.of(),
                Status.DRAFT,
                List.of("vn-hanoi"),
                List.of());
        assertThat(check(markup).titleEn()).isEqualTo("<b>MOU</b> -- 'Seoul' & \"friends\"");
        var untitled = new AgreementInput(
                AgreementKind.MOU,
                " ",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                List.of(),
                Status.DRAFT,
                List.of("vn-hanoi"),
                List.of());
        refused(untitled, AgreementInput.TITLE_EN);
    }

    private static AgreementInput check(AgreementInput input) {
        return AgreementRules.check(input, REGISTRY::byKey);
    }

    private static void refused(AgreementInput input, InputField field) {
        assertThatThrownBy(() -> check(input))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).input()).isEqualTo(field));
    }

    private static AgreementInput input(
            Status stage,
            @Nullable Integer year,
            @Nullable LocalDate signed,
            @Nullable LocalDate effective,
            @Nullable LocalDate expiry,
            List<String> parties) {
        return new AgreementInput(
                AgreementKind.MOU,
                "MOU",
                "양해각서",
                null,
                null,
                null,
                year,
                signed,
                effective,
                expiry,
                false,
                null,
                null,
                null,
                null,
                List.of(),
                stage,
                parties,
                List.of());
    }

    private static AgreementInput with(
            AgreementInput base,
            boolean autoRenewal,
            @Nullable Integer months,
            @Nullable Integer noticeDays,
            List<String> languages) {
        return new AgreementInput(
                base.kind(),
                base.titleEn(),
                base.titleKo(),
                null,
                null,
                null,
                base.signedYear(),
                base.signedDate(),
                base.effective(),
                base.expiry(),
                autoRenewal,
                months,
                noticeDays,
                null,
                null,
                languages,
                base.stage(),
                base.parties(),
                List.of());
    }
}
