package org.wego.uitests;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wego.teststack.HeadlessChromium;

/**
 * The machine's Chromium (the Debian package), driven by Playwright and launched once per test run.
 * Playwright never downloads a browser here: the tests see what the installed browser renders.
 */
final class SharedChromium implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SharedChromium.class);

    private final Playwright playwright;
    private final Browser browser;

    private SharedChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static SharedChromium launch() {
        Path executable = HeadlessChromium.executable();
        var playwright = HeadlessChromium.playwright();
        try {
            var browser = HeadlessChromium.launch(playwright);
            LOG.info("UI tests run in Chromium {} ({})", browser.version(), executable);
            return new SharedChromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
