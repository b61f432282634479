package org.wego.plugins.membership.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationContact;

/**
 * Checks and normalises what a member typed, before anything is saved: trimmed, blank to null,
 * bounded lengths, plain text only (no markup, control characters or SQL fragments), known languages
 * and focus areas, plausible e-mail addresses. A problem is an {@link InvalidInputException} naming the
 * field and the message key ({@code membership.invalid.*}).
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
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,50}");
    private static final Pattern SQL = Pattern.compile(
            "(?i)(--|/\\*|\\*/|;\\s*(drop|delete|insert|update|alter|truncate)\\b|\\bunion\\s+(all\\s+)?select\\b"
                    + "|'\\s*or\\s*'?\\d*'?\\s*=|\\bdrop\\s+table\\b)");

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
            if (email != null && !EMAIL.matcher(email).matches()) {
                throw new InvalidInputException("contacts", "membership.invalid.contact.email");
            }
            if (phone != null && !PHONE.matcher(phone).matches()) {
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

    /** The value trimmed, null when blank; refused when too long, with markup, control characters or SQL. */
    public static @Nullable String text(String field, @Nullable String value, int max, boolean multiline) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "membership.invalid.too-long", max);
        }
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            throw new InvalidInputException(field, "membership.invalid.markup");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                throw new InvalidInputException(field, "membership.invalid.control");
            }
        }
        if (SQL.matcher(text).find()) {
            throw new InvalidInputException(field, "membership.invalid.sql");
        }
        return text;
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
