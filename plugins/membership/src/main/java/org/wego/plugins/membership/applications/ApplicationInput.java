package org.wego.plugins.membership.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
 * key ({@code membership.applications.invalid.*} or {@code membership.invalid.*}).
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

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

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
        String text = ProfileInput.text("comment", value, MAX_COMMENT, true);
        if (text == null && required) {
            throw new InvalidInputException("comment", "membership.invalid.required");
        }
        return text;
    }

    private static ApplicationForm normalise(ApplicationForm form, List<InvalidInputException> problems) {
        OrganisationType type = form.type();
        if (type == null || !TYPES.contains(type)) {
            problems.add(new InvalidInputException("type", "membership.applications.invalid.type"));
        }
        String nameEn = required("nameEn", form.nameEn(), MAX_NAME, problems);
        String nameKo = optional("nameKo", form.nameKo(), MAX_NAME, problems);
        String nameLocal = optional("nameLocal", form.nameLocal(), MAX_NAME, problems);
        String country = form.country() == null ? "" : form.country().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            problems.add(new InvalidInputException("country", "membership.applications.invalid.country"));
        }
        String website = website(form.website(), problems);
        String headName = optional("headName", form.headName(), MAX_NAME, problems);
        String headTitle = optional("headTitle", form.headTitle(), MAX_NAME, problems);
        String address = optional("address", form.address(), MAX_ADDRESS, problems);
        String motivation = null;
        try {
            motivation = ProfileInput.text("motivation", form.motivation(), MAX_MOTIVATION, true);
            if (motivation == null) {
                problems.add(new InvalidInputException("motivation", "membership.invalid.required"));
            }
        } catch (InvalidInputException e) {
            problems.add(e);
        }
        String first = personName("contactFirstName", form.contactFirstName(), problems);
        String last = personName("contactLastName", form.contactLastName(), problems);
        String position = optional("contactPosition", form.contactPosition(), MAX_NAME, problems);
        String email = required("contactEmail", form.contactEmail(), MAX_EMAIL, problems);
        if (email != null && !InputRules.isEmail(email)) {
            problems.add(new InvalidInputException("contactEmail", "membership.applications.invalid.email"));
        }
        String phone = optional("contactPhone", form.contactPhone(), MAX_PHONE, problems);
        if (phone != null && !InputRules.isPhone(phone)) {
            problems.add(new InvalidInputException("contactPhone", "membership.applications.invalid.phone"));
        }
        String language =
                form.contactLanguage() == null ? "" : form.contactLanguage().strip();
        if (!CONTACT_LANGUAGES.contains(language)) {
            problems.add(new InvalidInputException("contactLanguage", "membership.applications.invalid.language"));
        }
        if (!form.consent()) {
            problems.add(new InvalidInputException("consent", "membership.applications.invalid.consent"));
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
            String field, @Nullable String value, int max, List<InvalidInputException> problems) {
        String text = optional(field, value, max, problems);
        if (text == null && problems.stream().noneMatch(p -> field.equals(p.field()))) {
            problems.add(new InvalidInputException(field, "membership.invalid.required"));
        }
        return text;
    }

    private static @Nullable String optional(
            String field, @Nullable String value, int max, List<InvalidInputException> problems) {
        try {
            return ProfileInput.text(field, value, max, false);
        } catch (InvalidInputException e) {
            problems.add(e);
            return null;
        }
    }

    private static @Nullable String personName(
            String field, @Nullable String value, List<InvalidInputException> problems) {
        // "O'Neil" or "Jean \"JJ\"" are names like any other: stored as typed, escaped where shown.
        return required(field, value, MAX_PERSON_NAME, problems);
    }

    private static @Nullable String website(@Nullable String value, List<InvalidInputException> problems) {
        String text = optional("website", value, MAX_WEBSITE, problems);
        if (text == null) {
            return null;
        }
        if (InputRules.isUrl(text)) {
            return text;
        }
        problems.add(new InvalidInputException("website", "membership.applications.invalid.website"));
        return null;
    }
}
