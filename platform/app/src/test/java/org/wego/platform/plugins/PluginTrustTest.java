package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wego.platform.i18n.Translations;

/** What the platform trusts depending on WEGO_PLUGIN_TRUST: deny by default, and say why. */
class PluginTrustTest {

    private static final KeyStore.PrivateKeyEntry AUTHOR = SigningKeys.selfSigned("CN=Plugin author");

    @TempDir
    Path folder;

    @Test
    void withoutATrustStoreEveryPluginIsRefusedAndTheStatusSaysSo() {
        PluginTrust trust = trust(null, null);

        assertThat(trust.configured()).isFalse();
        assertThat(trust.status().key()).isEqualTo("plugins.trust.none");
        assertThatThrownBy(() -> trust.admit(folder.resolve("any.jar"), "any"))
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.messageKey()).contains("plugins.trust.none");
                    assertThat(e.getMessage()).contains("WEGO_PLUGIN_TRUST").contains("no plugin can be installed");
                });
    }

    @Test
    void aTrustStoreThatCannotBeReadRefusesEveryPlugin() throws Exception {
        Path store = trustStore("right-password");

        assertThat(trust(folder.resolve("missing.p12").toString(), null)
                        .status()
                        .key())
                .isEqualTo("plugins.trust.unreadable");
        assertThat(trust(store.toString(), "wrong-password").status().key()).isEqualTo("plugins.trust.unreadable");
    }

    @Test
    void aReadableTrustStoreNamesItsSigners() throws Exception {
        PluginTrust trust = trust(trustStore("right-password").toString(), "right-password");

        assertThat(trust.configured()).isTrue();
        assertThat(trust.status().key()).isEqualTo("plugins.trust.status");
        assertThat(trust.status().arguments()).containsExactly("1", "CN=Plugin author");
    }

    private PluginTrust trust(@Nullable String store, @Nullable String password) {
        return new PluginTrust(new PluginSettings(folder, Duration.ofSeconds(10), store, password), new Translations());
    }

    /** A PKCS12 trust store holding the author's certificate only. */
    private Path trustStore(String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("author", AUTHOR.getCertificate());
        Path file = folder.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }
}
