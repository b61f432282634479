package org.wego.uitests;

import java.net.URI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wego.platform.WegoApplication;

/**
 * The platform, booted in this JVM from the same jar that ships, against the test stack's Keycloak,
 * mail sink and a fresh schema. Started once per test run: booting Vaadin takes seconds, and the
 * browser tests are about what users see, not about start-up.
 */
final class RunningPlatform implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final URI baseUrl;

    private RunningPlatform(ConfigurableApplicationContext context, URI baseUrl) {
        this.context = context;
        this.baseUrl = baseUrl;
    }

    static RunningPlatform start() {
        var context = new SpringApplicationBuilder(WegoApplication.class)
                .run(org.wego.plugin.testkit.RunningPlatform.bootArguments("ui-tests", pluginsFolder()));
        int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        // localhost, not 127.0.0.1: the realm's redirect URIs allow both, and the issuer is on localhost too.
        return new RunningPlatform(context, URI.create("http://localhost:" + port + "/"));
    }

    /**
     * The plugins the browser tests use as a user would: the plugin guide's example, membership, training,
     * events and agreements, built by the reactor before this module.
     */
    static final java.util.List<java.nio.file.Path> PLUGINS = java.util.List.of(
            java.nio.file.Path.of("../plugins/notice-board/target/wego-plugin-notice-board.jar"),
            java.nio.file.Path.of("../plugins/membership/target/wego-plugin-membership.jar"),
            java.nio.file.Path.of("../plugins/training/target/wego-plugin-training.jar"),
            java.nio.file.Path.of("../plugins/events/target/wego-plugin-events.jar"),
            java.nio.file.Path.of("../plugins/agreements/target/wego-plugin-agreements.jar"));

    private static java.nio.file.Path pluginsFolder() {
        try {
            var folder = java.nio.file.Files.createTempDirectory("wego-ui-tests-plugins");
            for (var jar : PLUGINS) {
                if (!java.nio.file.Files.isRegularFile(jar)) {
                    throw new IllegalStateException(
                            jar.toAbsolutePath()
                                    + " is missing: build it first (./mvnw -pl plugins/notice-board,plugins/membership,plugins/training,plugins/events,plugins/agreements -am package)");
                }
                java.nio.file.Files.copy(jar, folder.resolve(jar.getFileName()));
            }
            return folder;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An organisation's name as the registry holds it, in a language. */
    String organisationName(String key, java.util.Locale language) {
        return context.getBean(org.wego.platform.organisations.Organisations.class)
                .byKey(org.wego.plugin.api.OrganisationKey.of(key))
                .orElseThrow()
                .name(language);
    }

    /** A bean of the running platform, e.g. its navigation registry, for tests that read the live setup. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Every bean of a type, e.g. all request mappings (the platform's, Actuator's, the plugins'). */
    <T> java.util.Collection<T> beans(Class<T> type) {
        return context.getBeansOfType(type).values();
    }

    /** The server's session of a session id (Tomcat's manager), or null when there is none (any more). */
    org.apache.catalina.@org.jspecify.annotations.Nullable Session session(String id) {
        var server = (org.springframework.boot.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer();
        var web = (org.apache.catalina.Context) server.getTomcat().getHost().findChildren()[0];
        try {
            return web.getManager().findSession(id);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The platform's address, ending in a slash. */
    URI baseUrl() {
        return baseUrl;
    }

    /** A page of the platform, e.g. {@code account} or {@code admin/system}. */
    String url(String path) {
        return baseUrl.resolve(path).toString();
    }

    @Override
    public void close() {
        context.close();
    }
}
