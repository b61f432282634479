package org.wego.plugins.membership.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InputRules;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationContact;

/**
 * Checks and normalises what a member typed, before anything is saved: trimmed, blank to null,
 * bounded lengths and no control characters (the plugin API's {@link InputRules}: markup and
 * SQL-looking text are ordinary text), known languages and focus areas, e-mail addresses and phone
 * numbers as the platform accepts them. A problem is an {@link InvalidInputException} naming the field
 * and the message key ({@code membership.invalid.*} or {@code input.invalid.*}).
 */
public final class ProfileInput {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_LANGUAGES = 10;
    static final int MAX_CONTACTS = 10;
    static final int MAX_EMAIL = 254;
    static final int MAX_PHONE = 50;
    static final long MAX_POPULATION = 100_000_000L;

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private ProfileInput() {}

    static Descriptive descriptive(Descriptive input) {
        Long population = input.population();
        if (population != null && (population < 0 || population > MAX_POPULATION)) {
            throw new InvalidInputException("population", "membership.invalid.population", MAX_POPULATION);
        }
        if (input.languages().size() > MAX_LANGUAGES) {
            throw new InvalidInputException("languages", "membership.invalid.languages.too-many", MAX_LANGUAGES);
        }
        var languages = new ArrayList<String>();
        for (String language : input.languages()) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(code)) {
                throw new InvalidInputException("languages", "membership.invalid.language");
            }
            if (!languages.contains(code)) {
                languages.add(code);
            }
        }
        return new Descriptive(
                population,
                text("address", input.address(), MAX_ADDRESS, false),
                input.focusAreas(),
                languages,
                text("descriptionEn", input.descriptionEn(), MAX_DESCRIPTION, true),
                text("descriptionKo", input.descriptionKo(), MAX_DESCRIPTION, true));
    }

    static OfficialChange official(OfficialChange input) {
        String nameEn = required("nameEn", input.nameEn());
        String nameKo = required("nameKo", input.nameKo());
        if (input.contacts().size() > MAX_CONTACTS) {
            throw new InvalidInputException("contacts", "membership.invalid.contacts.too-many", MAX_CONTACTS);
        }
        var contacts = new ArrayList<OrganisationContact>();
        for (OrganisationContact contact : input.contacts()) {
            String name = text("contacts", contact.name(), MAX_NAME, false);
            String role = text("contacts", contact.role(), MAX_NAME, false);
            String email = text("contacts", contact.email(), MAX_EMAIL, false);
            String phone = text("contacts", contact.phone(), MAX_PHONE, false);
            if (name == null) {
                if (role == null && email == null && phone == null) {
                    continue; // an empty row of the form
                }
                throw new InvalidInputException("contacts", "membership.invalid.contact.name");
            }
            if (email != null && !InputRules.isEmail(email)) {
                throw new InvalidInputException("contacts", "membership.invalid.contact.email");
            }
            if (phone != null && !InputRules.isPhone(phone)) {
                throw new InvalidInputException("contacts", "membership.invalid.contact.phone");
            }
            contacts.add(new OrganisationContact(name, role, email, phone));
        }
        return new OfficialChange(
                nameEn,
                nameKo,
                text("nameLocal", input.nameLocal(), MAX_NAME, false),
                text("headName", input.headName(), MAX_NAME, false),
                text("headTitle", input.headTitle(), MAX_NAME, false),
                contacts);
    }

    private static String required(String field, @Nullable String value) {
        String text = text(field, value, MAX_NAME, false);
        if (text == null) {
            throw new InvalidInputException(field, "membership.invalid.required");
        }
        return text;
    }

    /** The value trimmed, null when blank; refused when too long or with control characters. */
    public static @Nullable String text(String field, @Nullable String value, int max, boolean multiline) {
        InputField input = InputField.of(field);
        return multiline ? InputRules.optionalMultiline(input, value, max) : InputRules.optional(input, value, max);
    }

    /** The labels keys of the descriptive fields that differ between two versions of a profile. */
    static List<String> changedFields(Descriptive before, Descriptive after) {
        var changed = new ArrayList<String>();
        if (!java.util.Objects.equals(before.population(), after.population())) {
            changed.add("membership.field.population");
        }
        if (!java.util.Objects.equals(before.address(), after.address())) {
            changed.add("membership.field.address");
        }
        if (!before.focusAreas().equals(after.focusAreas())) {
            changed.add("membership.field.focus-areas");
        }
        if (!before.languages().equals(after.languages())) {
            changed.add("membership.field.languages");
        }
        if (!java.util.Objects.equals(before.descriptionEn(), after.descriptionEn())) {
            changed.add("membership.field.description-en");
        }
        if (!java.util.Objects.equals(before.descriptionKo(), after.descriptionKo())) {
            changed.add("membership.field.description-ko");
        }
        return changed;
    }
}
