package org.wego.platform;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.wego.teststack.DevelopmentKey;
import org.wego.teststack.TestDatabase;
import org.wego.teststack.TestStack;

/** Points a booted platform at the test run's stack, with a fresh schema for each test class. */
public final class TestStackProperties {

    private TestStackProperties() {}

    private static String emptyPluginsFolder(Class<?> testClass) {
        return emptyFolder("wego-plugins-", testClass);
    }

    private static String emptyFolder(String prefix, Class<?> testClass) {
        try {
            return java.nio.file.Files.createTempDirectory(prefix + testClass.getSimpleName())
                    .toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void apply(DynamicPropertyRegistry registry, Class<?> testClass) {
        TestStack stack = TestStack.current();
        TestDatabase database = stack.newDatabase(testClass.getSimpleName());
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("wego.oidc.issuer", stack::oidcIssuer);
        registry.add("wego.oidc.client-id", stack::oidcClientId);
        registry.add("wego.oidc.client-secret", stack::oidcClientSecret);
        registry.add("wego.users.admin-client-id", stack::adminClientId);
        registry.add("wego.users.admin-client-secret", stack::adminClientSecret);
        registry.add("spring.mail.host", stack::smtpHost);
        registry.add("spring.mail.port", stack::smtpPort);
        registry.add("wego.mail.sink.imap-port", stack::imapPort);
        registry.add("wego.mail.sink.account", stack::mailSinkAccount);
        // Tests wait for mail: the sender looks at the outbox often.
        registry.add("wego.mail.send-interval", () -> "500ms");
        // Each test class its own empty plugins folder; a class testing plugins overrides it.
        registry.add("wego.plugins.dir", () -> emptyPluginsFolder(testClass));
        // The platform runs only signed plugins: tests trust the checkout's development key, which signs
        // the plugins' jars and the fixture jars tests build.
        registry.add(
                "wego.plugins.trust-store", () -> DevelopmentKey.trustStore().toString());
        registry.add("wego.plugins.trust-store-password", () -> DevelopmentKey.TRUST_STORE_PASSWORD);
        // And its own empty file store.
        registry.add("wego.files.dir", () -> emptyFolder("wego-files-", testClass));
        // Tests sign in and call from one address many times a minute; PublicWebIT sets the limit it tests.
        registry.add("wego.web.public-requests-per-minute", () -> "0");
    }
}
