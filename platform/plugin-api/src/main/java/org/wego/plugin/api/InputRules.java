package org.wego.plugin.api;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one set of input checks of the platform and every plugin: lengths, control characters and the
 * type of a value (e-mail address, telephone number, web address, name). Each check returns the value
 * as it is stored (trimmed, {@code null} for a blank optional value) or throws an {@link
 * InvalidInputException} on the field, with a message of the platform's {@code input.invalid.*} keys
 * (English and Korean).
 *
 * <p>Legitimate text is never refused: there is no list of forbidden characters or words. Quotes,
 * {@code <}, {@code >}, {@code --}, {@code ;}, {@code /*} and SQL words are ordinary text
 * ("Population > 1 million", "Seoul -- Smart City Week", "O'Neil"). Injection is prevented where the
 * text is used: bound SQL parameters, and output escaped for HTML, mail, PDF and CSV. Only control
 * characters are refused (line breaks where the text is multi-line), because they have no meaning in
 * a name or title and break exports.
 *
 * <p>E-mail addresses: international addresses are allowed (RFC 6531): a local part of letters of
 * any script, digits and {@code !#$%&'*+/=?^_`{|}~-}, dot-separated; a domain of at least two labels
 * of letters of any script, digits and hyphens; at most 64 characters before the {@code @}, 254 in all.
 * Quoted local parts, comments and IP-literal domains are refused: no organisation uses them and mail
 * systems handle them unevenly. The platform sends mail and invites users with the same rule.
 *
 * <p>Pure functions without I/O, safe from any thread.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public final class InputRules {

    /** The longest name of an organisation, a programme or another record. */
    public static final int MAX_NAME = 200;

    /** The longest name of a person (given or family name). */
    public static final int MAX_PERSON_NAME = 100;

    /** The longest e-mail address (RFC 5321). */
    public static final int MAX_EMAIL = 254;

    /** The longest telephone number, with spaces and separators. */
    public static final int MAX_PHONE = 50;

    /** The fewest digits of a telephone number. */
    public static final int MIN_PHONE_DIGITS = 4;

    /** The longest web address. */
    public static final int MAX_URL = 500;

    private static final String ATOM = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL_PART = Pattern.compile(ATOM + "(\\." + ATOM + ")*");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]+");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private InputRules() {}

    /**
     * One line of text, trimmed; {@code null} when blank.
     *
     * @throws InvalidInputException {@code input.invalid.too-long} (argument: the limit) or {@code
     *     input.invalid.control} (a control character, line breaks included)
     */
    public static @Nullable String optional(InputField field, @Nullable String value, int max) {
        return text(field, value, max, false);
    }

    /**
     * One line of text, trimmed.
     *
     * @throws InvalidInputException {@code input.invalid.required} when blank, else as {@link #optional}
     */
    public static String required(InputField field, @Nullable String value, int max) {
        return present(field, optional(field, value, max));
    }

    /**
     * Text of several lines (a description, a comment), trimmed; {@code null} when blank. Line breaks
     * and tabs are kept.
     *
     * @throws InvalidInputException {@code input.invalid.too-long} or {@code input.invalid.control}
     */
    public static @Nullable String optionalMultiline(InputField field, @Nullable String value, int max) {
        return text(field, value, max, true);
    }

    /**
     * Text of several lines, trimmed.
     *
     * @throws InvalidInputException {@code input.invalid.required} when blank, else as {@link
     *     #optionalMultiline}
     */
    public static String requiredMultiline(InputField field, @Nullable String value, int max) {
        return present(field, optionalMultiline(field, value, max));
    }

    /**
     * The name of an organisation or record in one language, at most {@value #MAX_NAME} characters. An
     * English name and a Korean one are two fields checked alike: a record without a name in one of
     * them leaves that one optional.
     */
    public static String name(InputField field, @Nullable String value) {
        return required(field, value, MAX_NAME);
    }

    /** A person's given or family name, at most {@value #MAX_PERSON_NAME} characters; "O'Neil" passes. */
    public static String personName(InputField field, @Nullable String value) {
        return required(field, value, MAX_PERSON_NAME);
    }

    /**
     * An e-mail address, trimmed and in lower case; {@code null} when blank.
     *
     * @throws InvalidInputException {@code input.invalid.email} when it is not an address (see the class
     *     comment), or {@code input.invalid.too-long}
     */
    public static @Nullable String optionalEmail(InputField field, @Nullable String value) {
        String text = optional(field, value, MAX_EMAIL);
        if (text == null) {
            return null;
        }
        String email = text.toLowerCase(Locale.ROOT);
        if (!isEmail(email)) {
            throw InvalidInputException.of(field, "input.invalid.email");
        }
        return email;
    }

    /** An e-mail address, as {@link #optionalEmail}, refused when blank ({@code input.invalid.required}). */
    public static String email(InputField field, @Nullable String value) {
        return present(field, optionalEmail(field, value));
    }

    /** Whether the text, already trimmed, is an e-mail address the platform sends to (see the class comment). */
    public static boolean isEmail(String text) {
        int at = text.lastIndexOf('@');
        if (text.length() > MAX_EMAIL || at < 1 || at > 64 || at == text.length() - 1) {
            return false;
        }
        if (!LOCAL_PART.matcher(text.substring(0, at)).matches()) {
            return false;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(text.substring(at + 1), IDN.USE_STD3_ASCII_RULES)
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return false;
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A telephone number, trimmed; {@code null} when blank: an optional {@code +}, then digits, spaces
     * and {@code ( ) . / -}, with at least {@value #MIN_PHONE_DIGITS} digits and at most {@value
     * #MAX_PHONE} characters.
     *
     * @throws InvalidInputException {@code input.invalid.phone} or {@code input.invalid.too-long}
     */
    public static @Nullable String optionalPhone(InputField field, @Nullable String value) {
        String text = optional(field, value, MAX_PHONE);
        if (text == null) {
            return null;
        }
        if (!isPhone(text)) {
            throw InvalidInputException.of(field, "input.invalid.phone");
        }
        return text;
    }

    /** Whether the text, already trimmed, is a telephone number (see {@link #optionalPhone}). */
    public static boolean isPhone(String text) {
        long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
        return text.length() <= MAX_PHONE && PHONE.matcher(text).matches() && digits >= MIN_PHONE_DIGITS;
    }

    /**
     * A web address, trimmed; {@code null} when blank: {@code http} or {@code https}, a host with a dot,
     * no user name or password, no spaces, at most {@value #MAX_URL} characters.
     *
     * @throws InvalidInputException {@code input.invalid.url} or {@code input.invalid.too-long}
     */
    public static @Nullable String optionalUrl(InputField field, @Nullable String value) {
        String text = optional(field, value, MAX_URL);
        if (text == null) {
            return null;
        }
        if (!isUrl(text)) {
            throw InvalidInputException.of(field, "input.invalid.url");
        }
        return text;
    }

    /** Whether the text, already trimmed, is a web address (see {@link #optionalUrl}). */
    public static boolean isUrl(String text) {
        if (text.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getHost().contains(".")
                    && uri.getUserInfo() == null) {
                return true;
            }
        } catch (URISyntaxException e) {
            // not a web address
        }
        return false;
    }

    /**
     * A country as its ISO 3166-1 alpha-2 code, upper-cased; {@code null} when blank. Since 1.1.
     *
     * @throws InvalidInputException {@code input.invalid.country} for a code that is not a country
     */
    public static @Nullable String optionalCountry(InputField field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!isCountry(code)) {
            throw InvalidInputException.of(field, "input.invalid.country");
        }
        return code;
    }

    /** A country, as {@link #optionalCountry}, refused when blank ({@code input.invalid.required}). Since 1.1. */
    public static String country(InputField field, @Nullable String value) {
        String code = optionalCountry(field, value);
        if (code == null) {
            throw InvalidInputException.of(field, "input.invalid.required");
        }
        return code;
    }

    /** Whether the text is an ISO 3166-1 alpha-2 country code in upper case, e.g. {@code VN}. Since 1.1. */
    public static boolean isCountry(String text) {
        return COUNTRIES.contains(text);
    }

    private static @Nullable String text(InputField field, @Nullable String value, int max, boolean multiline) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw InvalidInputException.of(field, "input.invalid.too-long", max);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                throw InvalidInputException.of(field, "input.invalid.control");
            }
        }
        return text;
    }

    private static String present(InputField field, @Nullable String text) {
        if (text == null) {
            throw InvalidInputException.of(field, "input.invalid.required");
        }
        return text;
    }
}
