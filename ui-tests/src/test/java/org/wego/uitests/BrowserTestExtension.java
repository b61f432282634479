package org.wego.uitests;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Shares one platform and one Chromium across every test class of the run (kept in the root store,
 * so JUnit closes them when the run ends) and gives each test its own browser context: no cookie or
 * session leaks from one test into the next. A failed test leaves a screenshot of what it saw.
 */
final class BrowserTestExtension implements ParameterResolver, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace SHARED =
            ExtensionContext.Namespace.create(BrowserTestExtension.class, "shared");
    private static final ExtensionContext.Namespace PER_TEST =
            ExtensionContext.Namespace.create(BrowserTestExtension.class, "per-test");
    private static final Pattern INVOCATION = Pattern.compile("invocation:#(\\d+)]$");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == RunningPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningPlatform platform = shared(context, RunningPlatform.class, RunningPlatform::start);
        if (parameter.getParameter().getType() == RunningPlatform.class) {
            return platform;
        }
        return context.getStore(PER_TEST)
                .computeIfAbsent(BrowserContext.class, key -> newContext(context), BrowserContext.class)
                .pages()
                .getFirst();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        var browserContext = context.getStore(PER_TEST).get(BrowserContext.class, BrowserContext.class);
        if (context.getExecutionException().isEmpty() || browserContext == null) {
            return;
        }
        for (Page page : browserContext.pages()) {
            try {
                Screenshots.saveAsIs(page, "failed/" + failureName(context));
            } catch (PlaywrightException e) {
                // The test's own failure matters more than a missing screenshot.
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }

    private static BrowserContext newContext(ExtensionContext context) {
        SharedChromium chromium = shared(context, SharedChromium.class, SharedChromium::launch);
        BrowserContext browserContext = chromium.browser()
                .newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        browserContext.newPage();
        return browserContext;
    }

    /**
     * The run-wide instance, started on first use. A failed start is remembered, so the remaining
     * tests fail at once with the same cause instead of booting the platform again each.
     */
    private static <T extends AutoCloseable> T shared(ExtensionContext context, Class<T> type, Supplier<T> start) {
        Started started =
                context.getRoot().getStore(SHARED).computeIfAbsent(type, key -> Started.attempt(start), Started.class);
        RuntimeException failure = started.failure();
        if (failure != null) {
            throw new IllegalStateException(type.getSimpleName() + " did not start", failure);
        }
        return type.cast(started.value());
    }

    /** e.g. {@code SignInIT.aMemberCity...}, or {@code SignInIT.everyDemoUser...-3} for a parameterized test's 3rd run. */
    private static String failureName(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName();
        var invocation = INVOCATION.matcher(context.getUniqueId());
        return invocation.find() ? name + "-" + invocation.group(1) : name;
    }

    /** What starting a shared resource gave: the resource, or why it failed. JUnit closes it at the end of the run. */
    private record Started(
            @Nullable AutoCloseable value, @Nullable RuntimeException failure) implements AutoCloseable {

        static Started attempt(Supplier<? extends AutoCloseable> start) {
            try {
                return new Started(start.get(), null);
            } catch (RuntimeException e) {
                return new Started(null, e);
            }
        }

        @Override
        public void close() {
            if (value != null) {
                try {
                    value.close();
                } catch (Exception e) {
                    throw new IllegalStateException(
                            "Cannot stop " + value.getClass().getSimpleName(), e);
                }
            }
        }
    }
}
