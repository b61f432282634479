package org.wego.plugins.training.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Verification codes of certificates: 12 characters of Crockford's base32 (no I, L, O or U, so a code
 * read aloud or copied from paper is not mistaken), shown in three groups, e.g. {@code 7K2M-Q9XD-4HRT}.
 * Drawn from a {@link SecureRandom}: 60 random bits, so guessing is hopeless (see {@link
 * #GUESSES_PER_HIT}) and the public page needs no secret beyond the code itself.
 */
final class CertificateCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;

    /**
     * Why the code length suffices without a rate limit: 32^12 = 2^60 codes; with a million
     * certificates issued, one hit needs about 10^12 guesses on average, i.e. 30,000 years at 1,000
     * lookups a second (each lookup a single indexed read of constant cost).
     */
    static final double GUESSES_PER_HIT = Math.pow(32, LENGTH) / 1_000_000 / 2;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {}

    /** A new random code, stored without separators. */
    static String generate() {
        return generate(RANDOM);
    }

    static String generate(RandomGenerator random) {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as people see it: {@code XXXX-XXXX-XXXX}. */
    static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /**
     * The stored form of what someone typed: upper case, without spaces and dashes, with the letters
     * people confuse with digits read as the digits (O as 0, I and L as 1); empty when it cannot be a
     * code at all.
     */
    static Optional<String> normalised(@org.jspecify.annotations.Nullable String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }
}
