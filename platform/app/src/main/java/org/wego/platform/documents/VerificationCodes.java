package org.wego.platform.documents;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Verification codes: 12 characters of Crockford's base32 (no I, L, O or U, so a code read aloud or
 * copied from paper is not mistaken), shown in three groups, e.g. {@code 7K2M-Q9XD-4HRT}. 60 random
 * bits from a {@link SecureRandom}: with a million documents issued one hit takes about 10^12 guesses,
 * and the public page is rate limited besides. The same form training's certificates had, so their
 * codes carry over unchanged. Public for the plugin test kit's in-memory documents.
 */
public final class VerificationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {}

    /** A new random code, without separators. */
    public static String generate() {
        return generate(RANDOM);
    }

    static String generate(RandomGenerator random) {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The stored form of what someone typed: upper case, without spaces and dashes, the letters people
     * confuse with digits read as the digits (O as 0, I and L as 1); empty when it cannot be a code.
     */
    public static Optional<String> normalised(@Nullable String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (code.length() != LENGTH || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
