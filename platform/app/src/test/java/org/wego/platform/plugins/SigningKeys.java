package org.wego.platform.plugins;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signing keys the plugin-signing tests make on the spot (Bouncy Castle builds the certificates): a
 * stranger's self-signed key the platform does not trust, and a certificate authority that issues keys.
 * The JDK's {@code JarSigner} then signs with them.
 */
final class SigningKeys {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private SigningKeys() {}

    /** A self-signed key, e.g. {@code selfSigned("CN=Someone else")}. */
    static KeyStore.PrivateKeyEntry selfSigned(String subject) {
        KeyPair pair = newPair();
        X509Certificate certificate = certificate(subject, pair, subject, pair.getPrivate(), false);
        return new KeyStore.PrivateKeyEntry(pair.getPrivate(), new Certificate[] {certificate});
    }

    /** A certificate authority: its own certificate, and the keys it issues. */
    record Authority(X509Certificate certificate, PrivateKey key) {

        static Authority named(String subject) {
            KeyPair pair = newPair();
            return new Authority(
                    SigningKeys.certificate(subject, pair, subject, pair.getPrivate(), true), pair.getPrivate());
        }

        /** A key whose certificate this authority signed; its chain names the authority. */
        KeyStore.PrivateKeyEntry issue(String subject) {
            KeyPair pair = newPair();
            X509Certificate leaf = SigningKeys.certificate(
                    subject, pair, certificate.getSubjectX500Principal().getName(), key, false);
            return new KeyStore.PrivateKeyEntry(pair.getPrivate(), new Certificate[] {leaf, certificate});
        }
    }

    private static KeyPair newPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(
            String subject, KeyPair subjectPair, String issuer, PrivateKey issuerKey, boolean authority) {
        try {
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(
                    new X500Name(issuer),
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))),
                    new X500Name(subject),
                    subjectPair.getPublic());
            if (authority) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                builder.addExtension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.digitalSignature));
            }
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make a certificate for " + subject, e);
        }
    }
}
