package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wego.teststack.DevelopmentKey;

/** The eager check of a plugin jar's signatures, on small jars signed by keys made in the test. */
class JarSignaturesTest {

    private static final KeyStore.PrivateKeyEntry TRUSTED = SigningKeys.selfSigned("CN=Trusted author");
    private static final KeyStore.PrivateKeyEntry STRANGER = SigningKeys.selfSigned("CN=Someone else");
    private static final SigningKeys.Authority AUTHORITY = SigningKeys.Authority.named("CN=WeGO plugin CA");

    private final JarSignatures signatures = new JarSignatures(Set.of(certificateOf(TRUSTED), AUTHORITY.certificate()));

    @TempDir
    Path folder;

    @Test
    void aJarSignedByATrustedKeyPasses() {
        assertThat(signatures.check(signed("good.jar", TRUSTED))).isEmpty();
    }

    @Test
    void aJarSignedByAKeyTheTrustedAuthorityIssuedPasses() {
        assertThat(signatures.check(signed("issued.jar", AUTHORITY.issue("CN=Plugin author"))))
                .isEmpty();
    }

    @Test
    void anUnsignedJarIsRefused() {
        assertThat(key(signatures.check(jar("plain.jar")))).isEqualTo("plugins.refused.unsigned");
    }

    @Test
    void aJarSignedByAnotherKeyIsRefusedNamingTheSigner() {
        var refusal = signatures.check(signed("stranger.jar", STRANGER)).orElseThrow();

        assertThat(refusal.key()).isEqualTo("plugins.refused.untrusted");
        assertThat(refusal.arguments()).containsExactly("stranger.jar", "CN=Someone else");
    }

    @Test
    void aKeyIssuedByAnotherAuthorityIsRefused() {
        var otherAuthority = SigningKeys.Authority.named("CN=Another CA");

        assertThat(key(signatures.check(signed("other-ca.jar", otherAuthority.issue("CN=Plugin author")))))
                .isEqualTo("plugins.refused.untrusted");
    }

    @Test
    void aStrangersChainNamingTheTrustedAuthorityIsRefused() {
        // The chain in the jar claims the trusted CA issued it; the CA's signature is missing.
        var forged = new KeyStore.PrivateKeyEntry(
                STRANGER.getPrivateKey(),
                new java.security.cert.Certificate[] {certificateOf(STRANGER), AUTHORITY.certificate()});

        assertThat(key(signatures.check(signed("forged.jar", forged)))).isEqualTo("plugins.refused.untrusted");
    }

    @Test
    void aClassChangedAfterSigningIsRefused() {
        Path signed = signed("changed.jar", TRUSTED);
        Path tampered = JarTampering.withEntryReplaced(
                signed, "fixture/Entry.class", bytes("other code"), folder.resolve("tampered.jar"));

        var refusal = signatures.check(tampered).orElseThrow();

        assertThat(refusal.key()).isEqualTo("plugins.refused.tampered");
        assertThat(refusal.arguments().getLast()).contains("fixture/Entry.class");
    }

    @Test
    void anUnsignedClassAddedToASignedJarIsRefused() {
        Path signed = signed("added.jar", TRUSTED);
        Path tampered = JarTampering.withEntryAdded(
                signed, "fixture/Backdoor.class", bytes("evil"), folder.resolve("with-backdoor.jar"));

        var refusal = signatures.check(tampered).orElseThrow();

        assertThat(refusal.key()).isEqualTo("plugins.refused.unsigned-entry");
        assertThat(refusal.arguments()).containsExactly("with-backdoor.jar", "fixture/Backdoor.class");
    }

    @Test
    void anUnsignedFileAddedUnderMetaInfIsRefusedToo() {
        Path tampered = JarTampering.withEntryAdded(
                signed("services.jar", TRUSTED),
                "META-INF/services/java.lang.Runnable",
                bytes("fixture.Backdoor"),
                folder.resolve("with-service.jar"));

        assertThat(key(signatures.check(tampered))).isEqualTo("plugins.refused.unsigned-entry");
    }

    @Test
    void aManifestWhosePluginIdWasChangedAfterSigningIsRefused() {
        Path tampered = JarTampering.withManifestEdited(
                signed("renamed.jar", TRUSTED),
                "Plugin-Id: fixture",
                "Plugin-Id: platform",
                folder.resolve("renamed-copy.jar"));

        assertThat(key(signatures.check(tampered))).isEqualTo("plugins.refused.tampered");
    }

    @Test
    void withNoTrustedCertificateEverySignedJarIsRefused() {
        assertThat(key(new JarSignatures(Set.of()).check(signed("any.jar", TRUSTED))))
                .isEqualTo("plugins.refused.untrusted");
    }

    @Test
    void notAJarIsRefusedAsUnreadable() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.jar"), "not a zip");

        assertThat(key(signatures.check(text))).isEqualTo("plugins.refused.unreadable");
    }

    @Test
    void theSignatureFilesThemselvesNeedNoSignature() {
        assertThat(JarSignatures.isSignatureFile("META-INF/MANIFEST.MF")).isTrue();
        assertThat(JarSignatures.isSignatureFile("META-INF/SIGNER.SF")).isTrue();
        assertThat(JarSignatures.isSignatureFile("META-INF/SIGNER.EC")).isTrue();
        assertThat(JarSignatures.isSignatureFile("META-INF/signer.rsa")).isTrue();
        assertThat(JarSignatures.isSignatureFile("META-INF/services/x.SF")).isFalse();
        assertThat(JarSignatures.isSignatureFile("META-INF/maven/pom.xml")).isFalse();
        assertThat(JarSignatures.isSignatureFile("fixture/A.SF")).isFalse();
    }

    private static String key(Optional<Reason> reason) {
        return reason.map(Reason::key).orElse("accepted");
    }

    private Path signed(String name, KeyStore.PrivateKeyEntry key) {
        Path jar = jar(name);
        DevelopmentKey.sign(jar, key);
        return jar;
    }

    /** A small plugin-like jar: a manifest with a Plugin-Id, two classes' worth of bytes, a resource. */
    private Path jar(String name) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Plugin-Id", "fixture");
        manifest.getMainAttributes().putValue("Plugin-Version", "1.0.0");
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String entry :
                    new String[] {"fixture/Entry.class", "fixture/Helper.class", "i18n/fixture_en.properties"}) {
                out.putNextEntry(new JarEntry(entry));
                out.write(bytes("content of " + entry));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return jar;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static X509Certificate certificateOf(KeyStore.PrivateKeyEntry key) {
        return (X509Certificate) key.getCertificate();
    }
}
