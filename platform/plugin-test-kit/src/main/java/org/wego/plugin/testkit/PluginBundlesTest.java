package org.wego.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every plugin speaks English and Korean: each key of a plugin's {@code i18n/*_en.properties} is in
 * its {@code _ko} file and the other way round. Runs in every plugin module, like
 * {@link PluginArchitectureTest}.
 */
public class PluginBundlesTest {

    @Test
    void everyMessageExistsInEnglishAndKorean() throws IOException {
        Path i18n = Path.of("target/classes/i18n");
        Assumptions.assumeTrue(Files.isDirectory(i18n), "no message bundles in this module");
        List<Path> english;
        try (Stream<Path> files = Files.list(i18n)) {
            english = files.filter(f -> f.getFileName().toString().endsWith("_en.properties"))
                    .toList();
        }
        assertThat(english).as("English bundles in " + i18n).isNotEmpty();
        for (Path en : english) {
            Path ko = en.resolveSibling(en.getFileName().toString().replace("_en.properties", "_ko.properties"));
            assertThat(ko).as("the Korean bundle next to " + en.getFileName()).exists();
            assertThat(load(ko).stringPropertyNames())
                    .as("keys of " + ko.getFileName() + " against " + en.getFileName())
                    .containsExactlyInAnyOrderElementsOf(load(en).stringPropertyNames());
        }
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
