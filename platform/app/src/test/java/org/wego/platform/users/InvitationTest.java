package org.wego.platform.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;

class InvitationTest {

    private static Invitation with(String first, String last, String email) {
        return new Invitation(OrganisationKey.of("vn-hanoi"), Role.MEMBER_CITY, first, last, email, Locale.ENGLISH);
    }

    @Test
    void aPlainInvitationHasNoProblemsAndItsAddressIsLowerCased() {
        var invitation = with("Thi Linh", "O'Brien-Nguyễn", " Linh.Nguyen@Hanoi.gov.vn ");
        assertThat(invitation.problems()).isEmpty();
        assertThat(invitation.normalisedEmail()).isEqualTo("linh.nguyen@hanoi.gov.vn");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "O'Neil",
                "Robert \"Bob\" Smith",
                "Kim; Lee",
                "<b>x</b>",
                "Robert'); DROP TABLE users;--",
                "a /* b",
                "{{7*7}}",
                "Ana & Luís (Lulu)"
            })
    void legitimateNamesPassWhateverTheirCharacters(String name) {
        assertThat(with(name, name, "a@b.org").problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\u0000y", "Ann\tLee", "Ann\nLee"})
    void controlCharactersInANameAreRefused(String name) {
        assertThat(with(name, "Nguyen", "a@b.org").problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("firstName");
            assertThat(p.messageKey()).isEqualTo("users.error.name.control");
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"plain", "a@b", "a b@c.org", "Bob <bob@example.org>", "a@b.org\r\nBcc: x@y.org", "\"a\"@b.org"})
    void malformedAddressesAreRefused(String email) {
        assertThat(with("A", "B", email).problems())
                .extracting(InputProblem::messageKey)
                .containsExactly("users.error.email.invalid");
    }

    @Test
    void internationalAddressesFollowThePluginApisOneRule() {
        assertThat(with("A", "B", "홍길동@서울.한국").problems()).isEmpty();
        assertThat(with("A", "B", "jose@münchen.de").problems()).isEmpty();
    }

    @Test
    void emptyAndOverlongFieldsAreEachNamed() {
        var problems = new Invitation(null, null, "  ", "x".repeat(101), "", Locale.ENGLISH).problems();
        assertThat(problems)
                .extracting(InputProblem::field, InputProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("organisation", "users.error.required"),
                        org.assertj.core.groups.Tuple.tuple("role", "users.error.required"),
                        org.assertj.core.groups.Tuple.tuple("firstName", "users.error.required"),
                        org.assertj.core.groups.Tuple.tuple("lastName", "users.error.too-long"),
                        org.assertj.core.groups.Tuple.tuple("email", "users.error.required"));
    }
}
