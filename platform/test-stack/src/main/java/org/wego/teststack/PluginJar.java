package org.wego.teststack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * Builds a plugin jar inside a test, from Java source text and resources, compiled against the test's
 * own class path (the plugin API, Spring and Vaadin there play the part of {@code provided}). Tests
 * make their fixture plugins with it, good and deliberately broken, so no fixture jar is checked in.
 * The jar is signed with the checkout's {@linkplain DevelopmentKey development key}, which the platform
 * booted by tests trusts, unless the test asks for an {@linkplain #unsigned() unsigned} one or another key.
 *
 * <pre>{@code
 * Path jar = PluginJar.plugin("reports", "1.0.0")
 *         .entryClass("fixture.reports.ReportsPlugin")
 *         .source("fixture.reports.ReportsPlugin", "package fixture.reports; ...")
 *         .resource("i18n/reports_en.properties", "reports.menu=Reports")
 *         .buildIn(folder);
 * }</pre>
 */
public final class PluginJar {

    /** The range every fixture is built for unless it says otherwise. */
    public static final String CURRENT_API_RANGE = ">=1.0.0 & <2.0.0";

    private final String id;
    private final String version;
    private String requires = CURRENT_API_RANGE;
    private @Nullable String entryClass;
    private String description = "";
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> resources = new LinkedHashMap<>();
    private java.security.KeyStore.@Nullable PrivateKeyEntry signingKey;
    private boolean signed = true;

    private PluginJar(String id, String version) {
        this.id = id;
        this.version = version;
    }

    /** A plugin with this id and version. */
    public static PluginJar plugin(String id, String version) {
        return new PluginJar(id, version);
    }

    /** The plugin API range it claims to be built for ({@code Plugin-Requires}). */
    public PluginJar requires(String range) {
        this.requires = range;
        return this;
    }

    /** The class implementing {@code WegoPlugin} ({@code Plugin-Class}). */
    public PluginJar entryClass(String className) {
        this.entryClass = className;
        return this;
    }

    public PluginJar description(String text) {
        this.description = text;
        return this;
    }

    /** Leaves the jar unsigned: the platform refuses it. */
    public PluginJar unsigned() {
        this.signed = false;
        return this;
    }

    /** Signs the jar with this key instead of the development key (e.g. one the platform does not trust). */
    public PluginJar signedWith(java.security.KeyStore.PrivateKeyEntry key) {
        this.signingKey = key;
        return this;
    }

    /** A Java source file, by fully qualified class name. */
    public PluginJar source(String className, String javaSource) {
        sources.put(className, javaSource);
        return this;
    }

    /** A resource file at a path inside the jar, e.g. its changelog or message bundle. */
    public PluginJar resource(String path, String content) {
        resources.put(path, content);
        return this;
    }

    /**
     * Compiles and packs the jar into the folder as {@code {id}-{version}.jar}.
     *
     * @throws IllegalStateException with the compiler's messages if a source does not compile
     */
    public Path buildIn(Path folder) {
        try {
            Files.createDirectories(folder);
            Path classes = Files.createTempDirectory("plugin-" + id + "-classes");
            compile(classes);
            Path jar = folder.resolve(id + "-" + version + ".jar");
            try (OutputStream file = Files.newOutputStream(jar);
                    JarOutputStream out = new JarOutputStream(file, manifest())) {
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path classFile : files.filter(Files::isRegularFile).toList()) {
                        out.putNextEntry(new JarEntry(
                                classes.relativize(classFile).toString().replace('\\', '/')));
                        out.write(Files.readAllBytes(classFile));
                        out.closeEntry();
                    }
                }
                for (var resource : resources.entrySet()) {
                    out.putNextEntry(new JarEntry(resource.getKey()));
                    out.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            if (signed) {
                DevelopmentKey.sign(jar, signingKey != null ? signingKey : DevelopmentKey.signingKey());
            }
            return jar;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot build plugin " + id, e);
        }
    }

    private Manifest manifest() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", version);
        main.putValue("Plugin-Requires", requires);
        main.putValue("Plugin-Description", description);
        main.putValue("Plugin-Provider", "WeGO tests");
        if (entryClass != null) {
            main.putValue("Plugin-Class", entryClass);
        }
        return manifest;
    }

    private void compile(Path classes) {
        if (sources.isEmpty()) {
            return;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("No Java compiler: run the tests on a JDK, not a JRE");
        }
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new Source(name, text)));
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        List<String> options = List.of(
                "-d", classes.toString(), "-classpath", classPath(), "-proc:none", "-encoding", "UTF-8", "-nowarn");
        Boolean ok =
                compiler.getTask(null, null, diagnostics, options, null, units).call();
        if (!Boolean.TRUE.equals(ok)) {
            throw new IllegalStateException("Plugin " + id + " does not compile:\n"
                    + diagnostics.getDiagnostics().stream()
                            .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                            .collect(Collectors.joining("\n")));
        }
    }

    /**
     * The test's class path. Surefire and Failsafe may hand the JVM a single "manifest-only" jar whose
     * {@code Class-Path} lists the real entries; those are expanded, since javac wants them listed.
     */
    static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(entry);
            if (entry.endsWith(".jar")
                    && Path.of(entry).getFileName().toString().startsWith("surefire")) {
                try (JarFile jar = new JarFile(entry)) {
                    String classPath = jar.getManifest() == null
                            ? null
                            : jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                    if (classPath != null) {
                        for (String url : classPath.trim().split("\\s+")) {
                            entries.add(Path.of(URI.create(url)).toString());
                        }
                    }
                } catch (IOException | IllegalArgumentException e) {
                    // not a manifest-only jar after all
                }
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String className, String text) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
