package org.wego.plugins.membership.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InputRules;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugins.membership.profiles.ProfileInput;

/**
 * Checks and normalises an application from the public form before anything is saved: required
 * fields, lengths and no control characters (the plugin API's {@link InputRules}, as {@link
 * ProfileInput#text}: quotes, semicolons and markup are ordinary text), an ISO country, an http(s)
 * website, an e-mail address and phone number as the platform accepts them, a contact language the
 * platform writes in, and the ticked consent. Every problem names its field and message
 * key ({@code membership.applications.invalid.*}, {@code membership.invalid.*}, or the platform's {@code
 * input.invalid.*} for a country).
 */
public final class ApplicationInput {

    static final int MAX_NAME = 200;
    static final int MAX_PERSON_NAME = 100;
    static final int MAX_WEBSITE = 500;
    static final int MAX_ADDRESS = 500;
    static final int MAX_MOTIVATION = 4000;
    public static final int MAX_COMMENT = 2000;
    static final int MAX_EMAIL = InputRules.MAX_EMAIL;
    static final int MAX_PHONE = InputRules.MAX_PHONE;

    /** The languages the platform writes to a contact in. */
    static final List<String> CONTACT_LANGUAGES = List.of("en", "ko");

    static final Set<OrganisationType> TYPES =
            Set.of(OrganisationType.CITY, OrganisationType.COMPANY, OrganisationType.INSTITUTION);

    /** The secretariat's comment on an application (a request for information, a rejection's reason). */
    public static final InputField COMMENT = InputField.of("comment");

    // The inputs of the form, as the checks refuse them and the form binds them (InputErrors).
    static final InputField TYPE = InputField.of("type");
    static final InputField NAME_EN = InputField.of("nameEn");
    static final InputField NAME_KO = InputField.of("nameKo");
    static final InputField NAME_LOCAL = InputField.of("nameLocal");
    static final InputField COUNTRY = InputField.of("country");
    static final InputField WEBSITE = InputField.of("website");
    static final InputField HEAD_NAME = InputField.of("headName");
    static final InputField HEAD_TITLE = InputField.of("headTitle");
    static final InputField ADDRESS = InputField.of("address");
    static final InputField MOTIVATION = InputField.of("motivation");
    static final InputField CONTACT_FIRST_NAME = InputField.of("contactFirstName");
    static final InputField CONTACT_LAST_NAME = InputField.of("contactLastName");
    static final InputField CONTACT_POSITION = InputField.of("contactPosition");
    static final InputField CONTACT_EMAIL = InputField.of("contactEmail");
    static final InputField CONTACT_PHONE = InputField.of("contactPhone");
    static final InputField CONTACT_LANGUAGE = InputField.of("contactLanguage");
    static final InputField CONSENT = InputField.of("consent");

    private ApplicationInput() {}

    /** The form's first problem, thrown; otherwise the form trimmed and normalised. */
    static ApplicationForm check(ApplicationForm form) {
        var problems = new ArrayList<InvalidInputException>();
        ApplicationForm clean = normalise(form, problems);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        return clean;
    }

    /** Every problem of the form, each naming its field, so the form can show them all at once. */
    static List<InvalidInputException> problems(ApplicationForm form) {
        var problems = new ArrayList<InvalidInputException>();
        normalise(form, problems);
        return problems;
    }

    /** Whether a robot filled the form: people never see the honeypot field, so they leave it empty. */
    static boolean isRobot(ApplicationForm form) {
        return form.honeypot() != null && !form.honeypot().isEmpty();
    }

    /** A comment of the secretariat: a request for information or the reason of a rejection. */
    public static @Nullable String comment(@Nullable String value, boolean required) {
        String text = ProfileInput.text(COMMENT, value, MAX_COMMENT, true);
        if (text == null && required) {
            throw InvalidInputException.of(COMMENT, "membership.invalid.required");
        }
        return text;
    }

    private static ApplicationForm normalise(ApplicationForm form, List<InvalidInputException> problems) {
        OrganisationType type = form.type();
        if (type == null || !TYPES.contains(type)) {
            problems.add(InvalidInputException.of(TYPE, "membership.applications.invalid.type"));
        }
        String nameEn = required(NAME_EN, form.nameEn(), MAX_NAME, problems);
        String nameKo = optional(NAME_KO, form.nameKo(), MAX_NAME, problems);
        String nameLocal = optional(NAME_LOCAL, form.nameLocal(), MAX_NAME, problems);
        String country = null;
        try {
            country = InputRules.country(COUNTRY, form.country());
        } catch (InvalidInputException e) {
            problems.add(e);
        }
        String website = website(form.website(), problems);
        String headName = optional(HEAD_NAME, form.headName(), MAX_NAME, problems);
        String headTitle = optional(HEAD_TITLE, form.headTitle(), MAX_NAME, problems);
        String address = optional(ADDRESS, form.address(), MAX_ADDRESS, problems);
        String motivation = null;
        try {
            motivation = ProfileInput.text(MOTIVATION, form.motivation(), MAX_MOTIVATION, true);
            if (motivation == null) {
                problems.add(InvalidInputException.of(MOTIVATION, "membership.invalid.required"));
            }
        } catch (InvalidInputException e) {
            problems.add(e);
        }
        String first = personName(CONTACT_FIRST_NAME, form.contactFirstName(), problems);
        String last = personName(CONTACT_LAST_NAME, form.contactLastName(), problems);
        String position = optional(CONTACT_POSITION, form.contactPosition(), MAX_NAME, problems);
        String email = required(CONTACT_EMAIL, form.contactEmail(), MAX_EMAIL, problems);
        if (email != null && !InputRules.isEmail(email)) {
            problems.add(InvalidInputException.of(CONTACT_EMAIL, "membership.applications.invalid.email"));
        }
        String phone = optional(CONTACT_PHONE, form.contactPhone(), MAX_PHONE, problems);
        if (phone != null && !InputRules.isPhone(phone)) {
            problems.add(InvalidInputException.of(CONTACT_PHONE, "membership.applications.invalid.phone"));
        }
        String language =
                form.contactLanguage() == null ? "" : form.contactLanguage().strip();
        if (!CONTACT_LANGUAGES.contains(language)) {
            problems.add(InvalidInputException.of(CONTACT_LANGUAGE, "membership.applications.invalid.language"));
        }
        if (!form.consent()) {
            problems.add(InvalidInputException.of(CONSENT, "membership.applications.invalid.consent"));
        }
        String consentLanguage = CONTACT_LANGUAGES.contains(form.consentLanguage()) ? form.consentLanguage() : "en";
        return new ApplicationForm(
                type,
                nameEn,
                nameKo,
                nameLocal,
                country,
                type == OrganisationType.CITY && form.capital(),
                website,
                headName,
                headTitle,
                address,
                motivation,
                first,
                last,
                position,
                email == null ? null : email.toLowerCase(Locale.ROOT),
                phone,
                language,
                form.consent(),
                consentLanguage,
                null);
    }

    private static @Nullable String required(
            InputField field, @Nullable String value, int max, List<InvalidInputException> problems) {
        String text = optional(field, value, max, problems);
        if (text == null && problems.stream().noneMatch(p -> field.equals(p.input()))) {
            problems.add(InvalidInputException.of(field, "membership.invalid.required"));
        }
        return text;
    }

    private static @Nullable String optional(
            InputField field, @Nullable String value, int max, List<InvalidInputException> problems) {
        try {
            return ProfileInput.text(field, value, max, false);
        } catch (InvalidInputException e) {
            problems.add(e);
            return null;
        }
    }

    private static @Nullable String personName(
            InputField field, @Nullable String value, List<InvalidInputException> problems) {
        // "O'Neil" or "Jean \"JJ\"" are names like any other: stored as typed, escaped where shown.
        return required(field, value, MAX_PERSON_NAME, problems);
    }

    private static @Nullable String website(@Nullable String value, List<InvalidInputException> problems) {
        String text = optional(WEBSITE, value, MAX_WEBSITE, problems);
        if (text == null) {
            return null;
        }
        if (InputRules.isUrl(text)) {
            return text;
        }
        problems.add(InvalidInputException.of(WEBSITE, "membership.applications.invalid.website"));
        return null;
    }
}
