package org.wego.teststack;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The machine's Chromium (the Debian package) under Playwright, launched the one way every browser test
 * here needs: Playwright never downloads a browser, and the flags keep this machine's closed network
 * from stalling Chromium at start.
 */
public final class HeadlessChromium {

    /** The system property that names another Chromium executable; {@code /usr/bin/chromium} otherwise. */
    public static final String EXECUTABLE_PROPERTY = "wego.ui-tests.chromium";

    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private HeadlessChromium() {}

    /** A Playwright driver that will not try to download its own browsers. */
    public static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** The executable launched: the system property's, or Debian's. */
    public static Path executable() {
        return Path.of(System.getProperty(EXECUTABLE_PROPERTY, "/usr/bin/chromium"));
    }

    /** Launches the machine's Chromium headless with the flags above. */
    public static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable())
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }
}
