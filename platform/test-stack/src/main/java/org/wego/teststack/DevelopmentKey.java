package org.wego.teststack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/**
 * The checkout's development signing key, which the first Maven build makes in {@code .wego-dev-key/}
 * at the repository's root (keytool-maven-plugin in the root pom; never committed). The platform runs
 * only plugin jars signed by a key of its trust store: tests point it at {@link #trustStore()} and sign
 * the jars they build with {@link #sign(Path)}, through the JDK's own {@link JarSigner}.
 */
public final class DevelopmentKey {

    /** The folder, the files and passwords as the root pom makes them (properties {@code wego.dev-key.*}). */
    static final String FOLDER = ".wego-dev-key";

    static final String KEYSTORE = FOLDER + "/dev-signing.p12";
    static final String TRUST_STORE = FOLDER + "/dev-trust.p12";
    static final String ALIAS = "wego-dev";
    static final String KEY_PASSWORD = "wego-dev-key";

    /** The development trust store's password: what {@code WEGO_PLUGIN_TRUST_PASSWORD} is set to in tests. */
    public static final String TRUST_STORE_PASSWORD = "wego-dev-trust";

    private DevelopmentKey() {}

    /** The trust store holding the development key's certificate: {@code WEGO_PLUGIN_TRUST} in tests. */
    public static Path trustStore() {
        return find(TRUST_STORE);
    }

    /** The development key with its certificate, as {@link JarSigner} takes it. */
    public static KeyStore.PrivateKeyEntry signingKey() {
        try {
            KeyStore store = KeyStore.getInstance(find(KEYSTORE).toFile(), KEY_PASSWORD.toCharArray());
            return (KeyStore.PrivateKeyEntry)
                    store.getEntry(ALIAS, new KeyStore.PasswordProtection(KEY_PASSWORD.toCharArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the development key " + KEYSTORE, e);
        }
    }

    /** Signs a jar in place with the development key. */
    public static void sign(Path jar) {
        sign(jar, signingKey());
    }

    /** Signs a jar in place with the given key (e.g. one the platform does not trust). */
    public static void sign(Path jar, KeyStore.PrivateKeyEntry key) {
        Path signed = jar.resolveSibling(jar.getFileName() + ".signing");
        try (ZipFile in = new ZipFile(jar.toFile());
                OutputStream out = Files.newOutputStream(signed)) {
            new JarSigner.Builder(key).build().sign(in, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign " + jar, e);
        }
        try {
            Files.move(signed, jar, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path find(String relativePath) {
        try {
            return RepositoryFiles.find(relativePath);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    relativePath + " is missing: the Maven build makes the checkout's"
                            + " development key; run ./mvnw -N initialize (or any ./mvnw build from the root) once",
                    e);
        }
    }
}
