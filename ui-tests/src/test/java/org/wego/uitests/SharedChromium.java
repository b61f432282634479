package org.wego.uitests;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
        Path executable = Path.of(System.getProperty("wego.ui-tests.chromium", "/usr/bin/chromium"));
        var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            var browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(executable)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
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
