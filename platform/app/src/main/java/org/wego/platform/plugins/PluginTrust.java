package org.wego.platform.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.wego.platform.i18n.Translations;

/**
 * Which plugin jars may run: those whose every entry is signed by a key of the trust store
 * ({@code WEGO_PLUGIN_TRUST}), under an id the platform does not keep for itself. A plugin is code that
 * runs inside the platform with its database connection, so trust is denied by default: with no trust
 * store, or one that cannot be read, every plugin is refused and the plugins screen says why.
 */
@Component
class PluginTrust {

    private static final Logger LOG = LoggerFactory.getLogger(PluginTrust.class);

    private final Translations translations;
    private final @Nullable JarSignatures signatures;
    private final Reason status;
    private final List<String> signers;

    PluginTrust(PluginSettings settings, Translations translations) {
        this.translations = translations;
        String file = settings.trustStore();
        Set<X509Certificate> certificates = Set.of();
        Reason problem = null;
        if (file == null || file.isBlank()) {
            problem = Reason.of("plugins.trust.none");
        } else {
            try {
                certificates = load(Path.of(file), settings.trustStorePassword());
                if (certificates.isEmpty()) {
                    problem = Reason.of("plugins.trust.empty", file);
                }
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                problem = Reason.of("plugins.trust.unreadable", file, String.valueOf(e.getMessage()));
            }
        }
        this.signatures = problem == null ? new JarSignatures(certificates) : null;
        this.signers = certificates.stream()
                .map(c -> c.getSubjectX500Principal().getName())
                .sorted()
                .toList();
        this.status = problem != null
                ? problem
                : Reason.of("plugins.trust.status", String.valueOf(signers.size()), String.join("; ", signers));
        if (problem != null) {
            LOG.warn("Plugin trust: {}", english(status));
        } else {
            LOG.info("Plugin trust: {} certificate(s) from {}: {}", signers.size(), file, signers);
        }
    }

    /** Every certificate of the keystore: trusted-certificate entries and the certificates of key entries. */
    static Set<X509Certificate> load(Path file, @Nullable String password)
            throws IOException, GeneralSecurityException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no file " + file.toAbsolutePath());
        }
        char[] secret = password == null || password.isEmpty() ? null : password.toCharArray();
        KeyStore store = KeyStore.getInstance(file.toFile(), secret);
        Set<X509Certificate> certificates = new LinkedHashSet<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                certificates.add(certificate);
            }
        }
        return certificates;
    }

    /**
     * Refuses a jar that may not run as plugin {@code id}: not signed (wholly) by a trusted key, changed
     * after signing, or under a reserved id.
     *
     * @throws PluginException with the translated reason
     */
    void admit(Path jar, String id) {
        Optional<Reason> refusal = refusalOf(jar, id);
        if (refusal.isPresent()) {
            throw new PluginException(
                    english(refusal.get()), refusal.get().key(), refusal.get().arguments());
        }
    }

    private Optional<Reason> refusalOf(Path jar, String id) {
        if (signatures == null) {
            return Optional.of(status);
        }
        return signatures.check(jar).or(() -> ReservedPluginIds.refusalOf(id));
    }

    /** What the plugins screen says about trust: the trusted signers, or why no plugin can run. */
    Reason status() {
        return status;
    }

    /** Whether plugins can run at all (a readable trust store with at least one certificate). */
    boolean configured() {
        return signatures != null;
    }

    private String english(Reason refusal) {
        return translations.getTranslation(
                refusal.key(), Locale.ENGLISH, refusal.arguments().toArray());
    }
}
