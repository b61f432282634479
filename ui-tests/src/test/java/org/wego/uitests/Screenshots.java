package org.wego.uitests;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.nio.file.Path;

/** Full-page screenshots for people to look at: each role in each language, and every failure. */
final class Screenshots {

    private static final Path FOLDER = Path.of(System.getProperty("wego.ui-tests.screenshots", "target/screenshots"));

    /** True once no Vaadin client on the page waits for the server. */
    private static final String VAADIN_IDLE =
            "() => Object.values(window.Vaadin?.Flow?.clients ?? {}).every(client => !client.isActive())";

    private Screenshots() {}

    /** Saves the page as {@code <name>.png} in the screenshot folder, once Vaadin is idle, and returns the file. */
    static Path save(Page page, String name) {
        page.waitForFunction(VAADIN_IDLE);
        return saveAsIs(page, name);
    }

    /** Saves the page as it is now, even mid-request: for failures, where waiting could hide the cause. */
    static Path saveAsIs(Page page, String name) {
        Path file = FOLDER.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(file)
                .setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED)
                // Vaadin's loading bar fades out for a while after each round trip; it is not part of the page.
                .setStyle(".v-loading-indicator { visibility: hidden !important; }"));
        return file;
    }
}
