package org.wego.plugin.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** The extension behind {@link WegoPluginTest}: one platform per test class, closed after it. */
final class PlatformWithPlugin implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PlatformWithPlugin.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Class<?> testClass = context.getRequiredTestClass();
        WegoPluginTest settings = testClass.getAnnotation(WegoPluginTest.class);
        Path jar = settings == null || settings.jar().isEmpty()
                ? findPluginJar(Path.of("target"))
                : Path.of(settings.jar());
        Path plugins = Files.createTempDirectory("wego-plugin-test-" + testClass.getSimpleName());
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        context.getStore(NAMESPACE)
                .put(RunningPlatform.class, RunningPlatform.start(testClass.getSimpleName(), plugins, pluginIdOf(jar)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RunningPlatform platform = context.getStore(NAMESPACE).remove(RunningPlatform.class, RunningPlatform.class);
        if (platform != null) {
            platform.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == RunningPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        RunningPlatform platform = extension.getStore(NAMESPACE).get(RunningPlatform.class, RunningPlatform.class);
        if (platform == null) {
            throw new IllegalStateException("The platform did not start for " + extension.getRequiredTestClass());
        }
        return platform;
    }

    static Path findPluginJar(Path target) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(target)) {
            jars = files.filter(f -> f.toString().endsWith(".jar"))
                    .filter(f -> pluginIdOf(f) != null)
                    .toList();
        }
        if (jars.size() != 1) {
            throw new IllegalStateException(
                    "Expected exactly one plugin jar (a jar whose manifest has Plugin-Id) in " + target.toAbsolutePath()
                            + ", found " + jars + ": run the test in verify, or name it in @WegoPluginTest(jar = ...)");
        }
        return jars.getFirst();
    }

    static String pluginIdOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() == null
                    ? null
                    : file.getManifest().getMainAttributes().getValue("Plugin-Id");
        } catch (IOException e) {
            return null;
        }
    }
}
