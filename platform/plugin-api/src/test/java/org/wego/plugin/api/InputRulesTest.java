package org.wego.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Legitimate text passes unchanged; only lengths, control characters and types are refused. */
class InputRulesTest {

    private static final InputField TITLE = InputField.of("title");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Population > 1 million",
                "Seoul -- Smart City Week",
                "O'Neil",
                "\"Smart\" cities: a quoted title",
                "Notes /* not a comment */",
                "Budget; update due in May",
                "x' or '1'='1",
                "DROP TABLE is a phrase; union select too",
                "<script>alert(1)</script>",
                "서울 스마트시티 주간 & 'AI' 세미나",
                "Đà Nẵng — São Paulo — Łódź",
                "a & b; c {d} `e` \\f"
            })
    void legitimateTextIsStoredAsTyped(String text) {
        assertThat(InputRules.required(TITLE, "  " + text + " ", InputRules.MAX_NAME))
                .isEqualTo(text);
        assertThat(InputRules.optionalMultiline(TITLE, text + "\nsecond line", 500))
                .isEqualTo(text + "\nsecond line");
    }

    @Test
    void personNamesWithQuotesAndSemicolonsPass() {
        assertThat(InputRules.personName(InputField.of("lastName"), "O'Neil")).isEqualTo("O'Neil");
        assertThat(InputRules.personName(InputField.of("firstName"), "Jean \"JJ\"; Paul"))
                .isEqualTo("Jean \"JJ\"; Paul");
    }

    @Test
    void blankIsNullOrRequired() {
        assertThat(InputRules.optional(TITLE, "   ", 10)).isNull();
        assertThat(InputRules.optional(TITLE, null, 10)).isNull();
        assertThatThrownBy(() -> InputRules.required(TITLE, " ", 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo(TITLE);
                    assertThat(e.messageKey()).isEqualTo("input.invalid.required");
                });
    }

    @Test
    void refusesTooLongWithTheLimit() {
        assertThatThrownBy(() -> InputRules.required(TITLE, "x".repeat(11), 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("input.invalid.too-long");
                    assertThat(e.arguments()).containsExactly(10);
                });
    }

    @Test
    void refusesControlCharactersButKeepsLineBreaksInMultilineText() {
        for (String text : new String[] {"a\u0000b", "a\u0007b", "a\nb", "a\tb", "a\u009Bb"}) {
            assertThatThrownBy(() -> InputRules.optional(TITLE, text, 10))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("input.invalid.control"));
        }
        assertThat(InputRules.optionalMultiline(TITLE, "a\r\n\tb", 10)).isEqualTo("a\r\n\tb");
        assertThatThrownBy(() -> InputRules.optionalMultiline(TITLE, "a\u0000b", 10))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name@city.gov",
                "Name.Surname+tag@Seoul.go.kr",
                "o'neil@example.org",
                "홍길동@서울.한국",
                "jose@münchen.de",
                "a@b.co"
            })
    void acceptsEmailAddressesIncludingInternationalOnes(String address) {
        assertThat(InputRules.email(InputField.of("email"), address))
                .isEqualTo(address.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name",
                "name@",
                "@city.gov",
                "name@city",
                "name@@city.gov",
                "na me@city.gov",
                "name@city..gov",
                ".name@city.gov",
                "name@-city.gov",
                "\"quoted\"@city.gov",
                "name@[127.0.0.1]",
                "name@1.2.3.4",
                "Name <name@city.gov>"
            })
    void refusesWhatIsNotAnAddress(String address) {
        assertThatThrownBy(() -> InputRules.email(InputField.of("email"), address))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("input.invalid.email"));
    }

    @Test
    void refusesAnEmailWithALocalPartAbove64() {
        assertThat(InputRules.isEmail("a".repeat(64) + "@city.gov")).isTrue();
        assertThat(InputRules.isEmail("a".repeat(65) + "@city.gov")).isFalse();
    }

    @Test
    void phoneHasOneRule() {
        var phone = InputField.of("phone");
        assertThat(InputRules.optionalPhone(phone, " +82 (2) 123-4567 ")).isEqualTo("+82 (2) 123-4567");
        assertThat(InputRules.optionalPhone(phone, "1234")).isEqualTo("1234");
        assertThat(InputRules.optionalPhone(phone, "")).isNull();
        for (String bad : new String[] {"123", "call me", "+82 2 123 4567 ext 8", "++1234", "1".repeat(51)}) {
            assertThatThrownBy(() -> InputRules.optionalPhone(phone, bad)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void urlsAreHttpWithADomain() {
        var site = InputField.of("website");
        assertThat(InputRules.optionalUrl(site, "https://www.seoul.go.kr/main?a=1&b=2"))
                .isEqualTo("https://www.seoul.go.kr/main?a=1&b=2");
        for (String bad : new String[] {
            "javascript:alert(1)",
            "ftp://x.org",
            "https://localhost",
            "https://u:p@x.org",
            "www.x.org",
            "https://x .org"
        }) {
            assertThatThrownBy(() -> InputRules.optionalUrl(site, bad))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("input.invalid.url"));
        }
    }

    @Test
    void aCountryIsItsIsoCodeInUpperCase() {
        var country = InputField.of("country");
        assertThat(InputRules.optionalCountry(country, " vn ")).isEqualTo("VN");
        assertThat(InputRules.country(country, "KR")).isEqualTo("KR");
        assertThat(InputRules.optionalCountry(country, "  ")).isNull();
        assertThat(InputRules.optionalCountry(country, null)).isNull();
        assertThat(InputRules.isCountry("VN")).isTrue();
        assertThat(InputRules.isCountry("vn"))
                .as("the check takes the stored form")
                .isFalse();
        assertThat(InputRules.isCountry("VNM")).isFalse();
    }

    @Test
    void whatIsNotACountryIsRefusedAndABlankRequiredOneIsMissing() {
        var country = InputField.of("country");
        for (String bad : new String[] {"XX", "VNM", "Viet Nam", "K", "EU", "V N", "704"}) {
            assertThatThrownBy(() -> InputRules.optionalCountry(country, bad))
                    .as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.input()).isEqualTo(country);
                        assertThat(e.messageKey()).isEqualTo("input.invalid.country");
                    });
        }
        assertThatThrownBy(() -> InputRules.country(country, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("input.invalid.required"));
    }

    @Test
    void fieldsOfListItemsAreNamedByIndex() {
        assertThat(InputField.of("contacts").item(2, "email")).isEqualTo(InputField.of("contacts[2].email"));
        assertThat(new InvalidInputException("nameEn", "k").input()).isEqualTo(InputField.of("nameEn"));
        assertThat(new InvalidInputException((String) null, "k").input()).isNull();
    }
}
