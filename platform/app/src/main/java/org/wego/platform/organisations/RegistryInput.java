package org.wego.platform.organisations;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InputRules;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationRegistry;

/**
 * The registry's input rules, free of I/O so they are tested on their own: the plugin API's {@link
 * InputRules} (lengths, control characters, e-mail, phone, web address) with the registry's limits.
 * Each check either returns the value as it will be stored (trimmed, {@code null} for blank optional
 * fields) or throws an {@link InvalidInputException} naming the field.
 */
final class RegistryInput {

    static final int MAX_WEBSITE = 300;
    static final int MAX_CONTACTS = 20;
    static final int MAX_CONTACT_FIELD = 200;
    static final int MAX_PHONE = InputRules.MAX_PHONE;

    /** The inputs of a record's form, shared by the checks and the form's bindings. */
    static final InputField NAME_EN = InputField.of("nameEn");

    static final InputField NAME_KO = InputField.of("nameKo");
    static final InputField NAME_LOCAL = InputField.of("nameLocal");
    static final InputField WEBSITE = InputField.of("website");
    static final InputField CONTACTS = InputField.of("contacts");

    /** The moves {@link OrganisationRegistry#changeStatus} allows; partners keep their status. */
    static final Map<MembershipStatus, Set<MembershipStatus>> MOVES = Map.of(
            MembershipStatus.APPLICANT, Set.of(MembershipStatus.MEMBER, MembershipStatus.FORMER),
            MembershipStatus.MEMBER, Set.of(MembershipStatus.SUSPENDED, MembershipStatus.FORMER),
            MembershipStatus.SUSPENDED, Set.of(MembershipStatus.MEMBER, MembershipStatus.FORMER),
            MembershipStatus.FORMER, Set.of(MembershipStatus.APPLICANT),
            MembershipStatus.PARTNER, Set.of());

    private RegistryInput() {}

    static String requiredText(String field, @Nullable String value, int max) {
        return InputRules.required(InputField.of(field), value, max);
    }

    static @Nullable String optionalText(String field, @Nullable String value, int max) {
        return InputRules.optional(InputField.of(field), value, max);
    }

    /** The plugin API's list of countries; the registry's own wording, which its forms show (a text field). */
    static String country(@Nullable String value) {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!InputRules.isCountry(code)) {
            throw new InvalidInputException("country", "registry.error.country");
        }
        return code;
    }

    static @Nullable String website(@Nullable String value) {
        return InputRules.optionalUrl(WEBSITE, InputRules.optional(WEBSITE, value, MAX_WEBSITE));
    }

    static OrganisationContact contact(int index, OrganisationContact contact) {
        return new OrganisationContact(
                InputRules.required(CONTACTS.item(index, "name"), contact.name(), MAX_CONTACT_FIELD),
                InputRules.optional(CONTACTS.item(index, "role"), contact.role(), MAX_CONTACT_FIELD),
                InputRules.optionalEmail(CONTACTS.item(index, "email"), contact.email()),
                InputRules.optionalPhone(CONTACTS.item(index, "phone"), contact.phone()));
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
