package org.wego.plugins.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/plugin-guide.md} true: every file the guide shows is this module's file as it is,
 * to the character. The module itself is built and tested by Maven like any plugin, so the guide's
 * example compiles, installs and runs.
 */
class PluginGuideIT {

    private static final Pattern SHOWN_FILE =
            Pattern.compile("<!-- file: (\\S+) -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);
    private static final Path REPOSITORY = Path.of("../..");

    @Test
    void everyFileTheGuideShowsIsTheModulesFileAsItIs() throws IOException {
        String guide = Files.readString(REPOSITORY.resolve("docs/plugin-guide.md"));
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher matcher = SHOWN_FILE.matcher(guide);
        while (matcher.find()) {
            shown.put(matcher.group(1), matcher.group(2));
        }

        assertThat(shown.keySet())
                .as("the guide shows the module's sources")
                .contains(
                        "plugins/notice-board/pom.xml",
                        "plugins/notice-board/src/main/java/org/wego/plugins/noticeboard/NoticeBoardPlugin.java",
                        "plugins/notice-board/src/test/java/org/wego/plugins/noticeboard/NoticeBoardIT.java");
        shown.forEach((file, text) -> {
            try {
                assertThat(text).as(file).isEqualTo(Files.readString(REPOSITORY.resolve(file)));
            } catch (IOException e) {
                throw new AssertionError("The guide shows " + file + ", which does not exist", e);
            }
        });
    }
}
