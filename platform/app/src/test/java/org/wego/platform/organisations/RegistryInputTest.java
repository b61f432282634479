package org.wego.platform.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.OrganisationContact;

class RegistryInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void namesAreTrimmedAndBlankOptionalOnesBecomeNull() {
        assertThat(RegistryInput.requiredText("nameEn", "  Hanoi ", 200)).isEqualTo("Hanoi");
        assertThat(RegistryInput.optionalText("nameLocal", "   ", 200)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "Hanoi <b>",
                "a&#60;b",
                "Population > 1 million",
                "Seoul -- Smart City Week",
                "O'Neil \"quoted\" /* ; update"
            })
    void markupAndSqlLookingNamesAreJustText(String name) {
        assertThat(RegistryInput.requiredText("nameEn", name, 200)).isEqualTo(name);
    }

    @Test
    void controlCharactersAreRefused() {
        assertThatThrownBy(() -> RegistryInput.requiredText("nameEn", "tab\there", 200))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo(RegistryInput.NAME_EN);
                    assertThat(e.messageKey()).isEqualTo("input.invalid.control");
                });
    }

    @Test
    void sqlLookingTextIsJustTextAndTooLongTextSaysTheLimit() {
        assertThat(RegistryInput.requiredText("nameEn", "x'; DROP TABLE platform_organisation; --", 200))
                .isEqualTo("x'; DROP TABLE platform_organisation; --");
        assertThatThrownBy(() -> RegistryInput.requiredText("nameEn", "x".repeat(201), 200))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("input.invalid.too-long");
                    assertThat(e.arguments()).containsExactly(200);
                });
        assertThatThrownBy(() -> RegistryInput.requiredText("nameKo", " ", 200))
                .hasMessageContaining("input.invalid.required");
    }

    @Test
    void websitesMustBeHttpAddressesWithADomain() {
        assertThat(RegistryInput.website("https://www.hanoi.gov.vn")).isEqualTo("https://www.hanoi.gov.vn");
        assertThat(RegistryInput.website("")).isNull();
        for (String bad : new String[] {
            "www.hanoi.gov.vn", "ftp://x.org", "https://localhost", "javascript:x", "https://u:p@x.org"
        }) {
            assertThatThrownBy(() -> RegistryInput.website(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void countriesAreIsoCodes() {
        assertThat(RegistryInput.country(" vn ")).isEqualTo("VN");
        assertThatThrownBy(() -> RegistryInput.country("XX")).hasMessageContaining("registry.error.country");
    }

    @Test
    void contactsNameTheirRowAndField() {
        assertThatThrownBy(() -> RegistryInput.contact(2, new OrganisationContact("Lan", null, "not-an-email", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.input()).isEqualTo(RegistryInput.CONTACTS.item(2, "email")));
        assertThatThrownBy(() -> RegistryInput.contact(0, new OrganisationContact("Lan", null, null, "call me")))
                .hasMessageContaining("input.invalid.phone");
        assertThat(RegistryInput.contact(
                        0, new OrganisationContact(" Lan ", "", "lan@hanoi.gov.vn", "+84 24 3825 3536")))
                .isEqualTo(new OrganisationContact("Lan", null, "lan@hanoi.gov.vn", "+84 24 3825 3536"));
    }

    @Test
    void onlyTheMembershipLifecycleMovesAreAllowed() {
        RegistryInput.move(MembershipStatus.APPLICANT, MembershipStatus.MEMBER, TODAY, TODAY);
        RegistryInput.move(MembershipStatus.MEMBER, MembershipStatus.SUSPENDED, TODAY.minusDays(3), TODAY);
        RegistryInput.move(MembershipStatus.FORMER, MembershipStatus.APPLICANT, TODAY, TODAY);
        assertThatThrownBy(
                        () -> RegistryInput.move(MembershipStatus.APPLICANT, MembershipStatus.SUSPENDED, TODAY, TODAY))
                .hasMessageContaining("registry.error.status-move");
        assertThatThrownBy(() -> RegistryInput.move(MembershipStatus.PARTNER, MembershipStatus.MEMBER, TODAY, TODAY))
                .hasMessageContaining("registry.error.status-move");
        assertThatThrownBy(() ->
                        RegistryInput.move(MembershipStatus.MEMBER, MembershipStatus.FORMER, TODAY.plusDays(1), TODAY))
                .hasMessageContaining("registry.error.future-date");
    }

    @Test
    void keysComeFromCountryAndEnglishName() {
        assertThat(RegistryInput.keyFor("VN", "Đà Nẵng")).isEqualTo("vn-da-nang");
        assertThat(RegistryInput.keyFor("PL", "Łódź")).isEqualTo("pl-lodz");
        assertThat(RegistryInput.keyFor("VN", "Da Nang City")).isEqualTo("vn-da-nang-city");
        assertThat(RegistryInput.keyFor("KR", "서울")).isEqualTo("kr-organisation");
        assertThat(RegistryInput.keyFor("ES", "A Coruña")).isEqualTo("es-a-coruna");
    }
}
