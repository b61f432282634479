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

    // The inputs the checks refuse, by the same constants the profile form binds (InputErrors).
    static final InputField POPULATION = InputField.of("population");
    static final InputField ADDRESS = InputField.of("address");
    static final InputField LANGUAGES_INPUT = InputField.of("languages");
    static final InputField DESCRIPTION_EN = InputField.of("descriptionEn");
    static final InputField DESCRIPTION_KO = InputField.of("descriptionKo");
    static final InputField NAME_EN = InputField.of("nameEn");
    static final InputField NAME_KO = InputField.of("nameKo");
    static final InputField NAME_LOCAL = InputField.of("nameLocal");
    static final InputField HEAD_NAME = InputField.of("headName");
    static final InputField HEAD_TITLE = InputField.of("headTitle");
    /** The official contacts as a whole; one contact's field is {@code CONTACTS.item(i, "email")}. */
    static final InputField CONTACTS = InputField.of("contacts");

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private ProfileInput() {}

    /** The descriptive fields checked and normalised, without I/O; the focus areas are checked by {@link FocusAreas}. */
    static Descriptive descriptive(Descriptive input) {
        Long population = input.population();
        if (population != null && (population < 0 || population > MAX_POPULATION)) {
            throw InvalidInputException.of(POPULATION, "membership.invalid.population", MAX_POPULATION);
        }
        if (input.languages().size() > MAX_LANGUAGES) {
            throw InvalidInputException.of(LANGUAGES_INPUT, "membership.invalid.languages.too-many", MAX_LANGUAGES);
        }
        var languages = new ArrayList<String>();
        for (String language : input.languages()) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(code)) {
                throw InvalidInputException.of(LANGUAGES_INPUT, "membership.invalid.language");
            }
            if (!languages.contains(code)) {
                languages.add(code);
            }
        }
        return new Descriptive(
                population,
                text(ADDRESS, input.address(), MAX_ADDRESS, false),
                input.focusAreas(),
                languages,
                text(DESCRIPTION_EN, input.descriptionEn(), MAX_DESCRIPTION, true),
                text(DESCRIPTION_KO, input.descriptionKo(), MAX_DESCRIPTION, true));
    }

    static OfficialChange official(OfficialChange input) {
        String nameEn = required(NAME_EN, input.nameEn());
        String nameKo = required(NAME_KO, input.nameKo());
        if (input.contacts().size() > MAX_CONTACTS) {
            throw InvalidInputException.of(CONTACTS, "membership.invalid.contacts.too-many", MAX_CONTACTS);
        }
        var contacts = new ArrayList<OrganisationContact>();
        // A refusal names the contact by its place among those sent, empty rows included, as the form shows them.
        for (int i = 0; i < input.contacts().size(); i++) {
            OrganisationContact contact = input.contacts().get(i);
            String name = text(CONTACTS.item(i, "name"), contact.name(), MAX_NAME, false);
            String role = text(CONTACTS.item(i, "role"), contact.role(), MAX_NAME, false);
            String email = text(CONTACTS.item(i, "email"), contact.email(), MAX_EMAIL, false);
            String phone = text(CONTACTS.item(i, "phone"), contact.phone(), MAX_PHONE, false);
            if (name == null) {
                if (role == null && email == null && phone == null) {
                    continue; // an empty row of the form
                }
                throw InvalidInputException.of(CONTACTS.item(i, "name"), "membership.invalid.contact.name");
            }
            if (email != null && !InputRules.isEmail(email)) {
                throw InvalidInputException.of(CONTACTS.item(i, "email"), "membership.invalid.contact.email");
            }
            if (phone != null && !InputRules.isPhone(phone)) {
                throw InvalidInputException.of(CONTACTS.item(i, "phone"), "membership.invalid.contact.phone");
            }
            contacts.add(new OrganisationContact(name, role, email, phone));
        }
        return new OfficialChange(
                nameEn,
                nameKo,
                text(NAME_LOCAL, input.nameLocal(), MAX_NAME, false),
                text(HEAD_NAME, input.headName(), MAX_NAME, false),
                text(HEAD_TITLE, input.headTitle(), MAX_NAME, false),
                contacts);
    }

    private static String required(InputField input, @Nullable String value) {
        String text = text(input, value, MAX_NAME, false);
        if (text == null) {
            throw InvalidInputException.of(input, "membership.invalid.required");
        }
        return text;
    }

    /** The value trimmed, null when blank; refused when too long or with control characters. */
    public static @Nullable String text(String field, @Nullable String value, int max, boolean multiline) {
        return text(InputField.of(field), value, max, multiline);
    }

    /** The value trimmed, null when blank; refused on {@code input} when too long or with control characters. */
    public static @Nullable String text(InputField input, @Nullable String value, int max, boolean multiline) {
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
