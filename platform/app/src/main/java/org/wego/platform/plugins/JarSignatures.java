package org.wego.platform.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks that every entry of a plugin jar is signed by a key the platform trusts, eagerly. The JDK
 * checks a signed entry's digest only when the entry is read, and happily loads an entry that carries
 * no signature at all from a signed jar; so each entry is read to its end here (a changed entry throws
 * then) and each must name a signer whose certificate is trusted: either the certificate itself is in
 * the trust store (a self-signed key, such as the development key), or its chain validates (PKIX) up to
 * a certificate of the trust store, at the signature's timestamp when it has one.
 */
final class JarSignatures {

    /** A jar that unpacks to more is refused before it is read further (a zip bomb costs nothing then). */
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;

    /** The files that hold the signature itself, which nothing signs: the manifest, *.SF and signature blocks. */
    private static final Pattern SIGNATURE_FILE =
            Pattern.compile("META-INF/(MANIFEST\\.MF|INDEX\\.LIST|[^/]+\\.(SF|DSA|RSA|EC)|SIG-[^/]+)");

    private final Set<X509Certificate> trusted;
    private final Set<TrustAnchor> anchors;

    JarSignatures(Set<X509Certificate> trusted) {
        this.trusted = Set.copyOf(trusted);
        this.anchors = trusted.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toUnmodifiableSet());
    }

    /** Why the jar may not run, or empty if every entry is intact and signed by a trusted key. */
    Optional<Reason> check(Path jar) {
        String name = jar.getFileName().toString();
        Map<CodeSigner, Boolean> verdicts = new HashMap<>();
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        boolean anyEntry = false;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                // Read to the end: only then has the JDK compared the entry with its signed digest.
                try (InputStream in = file.getInputStream(entry)) {
                    for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                        unpacked += read;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            return Optional.of(
                                    Reason.of("plugins.refused.too-large", name, mebibytes(MAX_UNPACKED_BYTES)));
                        }
                    }
                }
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                anyEntry = true;
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    return Optional.of(
                            file.getManifest() != null && hasSignature(file)
                                    ? Reason.of("plugins.refused.unsigned-entry", name, entry.getName())
                                    : Reason.of("plugins.refused.unsigned", name));
                }
                boolean trustedSigner = false;
                for (CodeSigner signer : signers) {
                    trustedSigner |= verdicts.computeIfAbsent(signer, this::trusts);
                }
                if (!trustedSigner) {
                    return Optional.of(Reason.of("plugins.refused.untrusted", name, subjectOf(signers[0])));
                }
            }
        } catch (SecurityException e) {
            // A digest or signature that does not match: the jar was changed after it was signed.
            return Optional.of(Reason.of("plugins.refused.tampered", name, String.valueOf(e.getMessage())));
        } catch (IOException e) {
            return Optional.of(Reason.of("plugins.refused.unreadable", name, String.valueOf(e.getMessage())));
        }
        return anyEntry ? Optional.empty() : Optional.of(Reason.of("plugins.refused.unsigned", name));
    }

    static boolean isSignatureFile(String entryName) {
        return SIGNATURE_FILE.matcher(entryName.toUpperCase(Locale.ROOT)).matches();
    }

    private static boolean hasSignature(JarFile file) {
        return file.stream()
                .map(JarEntry::getName)
                .map(n -> n.toUpperCase(Locale.ROOT))
                .anyMatch(n -> n.startsWith("META-INF/") && n.endsWith(".SF"));
    }

    /** Whether the signer's certificate is in the trust store, or its chain leads to one that is. */
    private boolean trusts(CodeSigner signer) {
        CertPath path = signer.getSignerCertPath();
        List<? extends java.security.cert.Certificate> certificates = path.getCertificates();
        if (certificates.isEmpty() || !(certificates.getFirst() instanceof X509Certificate first)) {
            return false;
        }
        if (trusted.contains(first)) {
            return true;
        }
        if (anchors.isEmpty()) {
            return false;
        }
        try {
            var parameters = new PKIXParameters(anchors);
            // Plugin jars are checked offline: no CRL or OCSP lookups at install or start.
            parameters.setRevocationEnabled(false);
            if (signer.getTimestamp() != null) {
                parameters.setDate(signer.getTimestamp().getTimestamp());
            }
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
            return true;
        } catch (CertPathValidatorException | InvalidAlgorithmParameterException e) {
            return false;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no PKIX certificate path validator", e);
        }
    }

    private static String subjectOf(CodeSigner signer) {
        var certificates = signer.getSignerCertPath().getCertificates();
        return !certificates.isEmpty() && certificates.getFirst() instanceof X509Certificate x509
                ? x509.getSubjectX500Principal().getName()
                : "an unknown signer";
    }

    private static String mebibytes(long bytes) {
        return String.valueOf(bytes / 1024 / 1024);
    }
}
