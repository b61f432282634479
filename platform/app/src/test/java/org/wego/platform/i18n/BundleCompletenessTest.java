package org.wego.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in English and Korean, is not empty, and is a valid message pattern. */
class BundleCompletenessTest {

    @Test
    void theFeatureBundlesAreFound() {
        assertThat(Translations.PLATFORM_BUNDLES).first().isEqualTo("i18n/platform");
    }

    @ParameterizedTest
    @FieldSource("org.wego.platform.i18n.Translations#PLATFORM_BUNDLES")
    void englishAndKoreanHaveTheSameKeys(String bundle) throws IOException {
        Properties english = load(bundle, "en");
        Properties korean = load(bundle, "ko");
        assertThat(new TreeSet<>(korean.stringPropertyNames()))
                .as("keys of %s in English but not in Korean, or the reverse", bundle)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @ParameterizedTest
    @FieldSource("org.wego.platform.i18n.Translations#PLATFORM_BUNDLES")
    void noTextIsEmptyAndEveryPatternParses(String name) throws IOException {
        for (String language : new String[] {"en", "ko"}) {
            Properties bundle = load(name, language);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThat(text).as(name + "_" + language + ": " + key).isNotBlank();
                new MessageFormat(text); // throws on a broken pattern
            }
        }
    }

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        var owner = new java.util.HashMap<String, String>();
        for (String bundle : Translations.PLATFORM_BUNDLES) {
            for (String key : load(bundle, "en").stringPropertyNames()) {
                String before = owner.putIfAbsent(key, bundle);
                assertThat(before).as("%s is in %s and %s", key, before, bundle).isNull();
            }
        }
    }

    /** The plugin API's shared rules and fields (1.1) name these texts; the platform holds them for every plugin. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "dates.year-only",
                "dates.year-only.period",
                "dates.invalid.year",
                "dates.invalid.year-differs",
                "dates.invalid.end-without-start",
                "dates.invalid.end-before-start",
                "topics.invalid.choice",
                "topics.choice.retired",
                "topics.field",
                "input.invalid.country",
                "input.invalid.required"
            })
    void theTextsThePluginApiNamesAreThePlatforms(String key) throws IOException {
        var owners = new java.util.ArrayList<String>();
        for (String bundle : Translations.PLATFORM_BUNDLES) {
            if (load(bundle, "en").containsKey(key)) {
                owners.add(bundle);
            }
        }
        assertThat(owners).as(key).hasSize(1);
    }

    @Test
    void koreanIsActuallyKorean() throws IOException {
        assertThat(load("i18n/platform", "ko").getProperty("nav.home")).isEqualTo("홈");
    }

    private static Properties load(String bundle, String language) throws IOException {
        var properties = new Properties();
        try (InputStream in =
                BundleCompletenessTest.class.getResourceAsStream("/" + bundle + "_" + language + ".properties")) {
            assertThat(in).as("bundle " + language).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
