package org.wego.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void textsComeInTheRequestedLanguageWithArguments() {
        assertThat(translations.getTranslation("home.welcome", Locale.ENGLISH, "Minji Park"))
                .isEqualTo("Welcome, Minji Park");
        assertThat(translations.getTranslation("home.welcome", Locale.KOREAN, "박민지"))
                .isEqualTo("박민지님, 환영합니다");
    }

    @Test
    void anyKoreanLocaleIsKoreanAndEverythingElseEnglish() {
        assertThat(translations.supported(Locale.forLanguageTag("ko-KR"))).isEqualTo(Locale.KOREAN);
        assertThat(translations.supported(Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aMissingKeyIsVisibleNotSilent() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
