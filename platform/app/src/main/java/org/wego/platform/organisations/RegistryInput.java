package org.wego.platform.organisations;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationRegistry;

/**
 * The registry's input rules, free of I/O so they are tested on their own. Each check either returns
 * the value as it will be stored (trimmed, {@code null} for blank optional fields) or throws an
 * {@link InvalidInputException} naming the field.
 */
final class RegistryInput {

    static final int MAX_WEBSITE = 300;
    static final int MAX_CONTACTS = 20;
    static final int MAX_CONTACT_FIELD = 200;
    static final int MAX_PHONE = 50;

    /** The moves {@link OrganisationRegistry#changeStatus} allows; partners keep their status. */
    static final Map<MembershipStatus, Set<MembershipStatus>> MOVES = Map.of(
            MembershipStatus.APPLICANT, Set.of(MembershipStatus.MEMBER, MembershipStatus.FORMER),
            MembershipStatus.MEMBER, Set.of(MembershipStatus.SUSPENDED, MembershipStatus.FORMER),
            MembershipStatus.SUSPENDED, Set.of(MembershipStatus.MEMBER, MembershipStatus.FORMER),
            MembershipStatus.FORMER, Set.of(MembershipStatus.APPLICANT),
            MembershipStatus.PARTNER, Set.of());

    // Markup is refused rather than escaped: names travel into e-mails, PDFs and CSV files.
    private static final Pattern MARKUP = Pattern.compile("[<>]|&#|javascript:", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{4,50}$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private RegistryInput() {}

    static String requiredText(String field, @Nullable String value, int max) {
        String text = optionalText(field, value, max);
        if (text == null) {
            throw new InvalidInputException(field, "registry.error.required");
        }
        return text;
    }

    static @Nullable String optionalText(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "registry.error.too-long", max);
        }
        if (MARKUP.matcher(text).find() || CONTROL.matcher(text).find()) {
            throw new InvalidInputException(field, "registry.error.markup");
        }
        return text;
    }

    static String country(@Nullable String value) {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InvalidInputException("country", "registry.error.country");
        }
        return code;
    }

    static @Nullable String website(@Nullable String value) {
        String text = optionalText("website", value, MAX_WEBSITE);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getHost().contains(".")
                    && uri.getUserInfo() == null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // falls through to the message below
        }
        throw new InvalidInputException("website", "registry.error.website");
    }

    static OrganisationContact contact(int index, OrganisationContact contact) {
        String prefix = "contacts[" + index + "].";
        String email = optionalText(prefix + "email", contact.email(), MAX_CONTACT_FIELD);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException(prefix + "email", "registry.error.email");
        }
        String phone = optionalText(prefix + "phone", contact.phone(), MAX_PHONE);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException(prefix + "phone", "registry.error.phone");
        }
        return new OrganisationContact(
                requiredText(prefix + "name", contact.name(), MAX_CONTACT_FIELD),
                optionalText(prefix + "role", contact.role(), MAX_CONTACT_FIELD),
                email,
                phone);
    }

    static void move(MembershipStatus from, MembershipStatus to, LocalDate effective, LocalDate today) {
        if (!MOVES.getOrDefault(from, Set.of()).contains(to)) {
            throw new InvalidInputException("status", "registry.error.status-move");
        }
        if (effective.isAfter(today)) {
            throw new InvalidInputException("effective", "registry.error.future-date");
        }
    }

    /**
     * A key for a new organisation: country code and the English name in lower-case ASCII words, e.g.
     * {@code vn-da-nang} for "Da Nang" in VN. The caller adds a number if it is taken.
     */
    static String keyFor(String country, String nameEn) {
        // Letters that do not decompose into a base letter and a mark (Đà Nẵng, Łódź, Tórshavn's ø).
        String folded = nameEn.replace('Đ', 'D')
                .replace('đ', 'd')
                .replace('Ł', 'L')
                .replace('ł', 'l')
                .replace('Ø', 'O')
                .replace('ø', 'o')
                .replace("ß", "ss")
                .replace("Æ", "Ae")
                .replace("æ", "ae");
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.isEmpty()) {
            ascii = "organisation";
        }
        String key = country.toLowerCase(Locale.ROOT) + "-" + ascii;
        return key.length() <= 56 ? key : key.substring(0, 56).replaceAll("-+$", "");
    }
}
