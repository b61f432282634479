package org.wego.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text exists in English and Korean, is not empty, and is a valid message pattern. */
class BundleCompletenessTest {

    @Test
    void englishAndKoreanHaveTheSameKeys() throws IOException {
        Properties english = load("en");
        Properties korean = load("ko");
        assertThat(new TreeSet<>(korean.stringPropertyNames()))
                .as("keys in English but not in Korean, or the reverse")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void noTextIsEmptyAndEveryPatternParses() throws IOException {
        for (String language : new String[] {"en", "ko"}) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThat(text).as(language + ": " + key).isNotBlank();
                new MessageFormat(text); // throws on a broken pattern
            }
        }
    }

    @Test
    void koreanIsActuallyKorean() throws IOException {
        assertThat(load("ko").getProperty("nav.home")).isEqualTo("홈");
    }

    private static Properties load(String language) throws IOException {
        var properties = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(
                "/" + Translations.PLATFORM_BUNDLE + "_" + language + ".properties")) {
            assertThat(in).as("bundle " + language).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
