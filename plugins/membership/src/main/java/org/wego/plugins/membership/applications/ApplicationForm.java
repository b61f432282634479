package org.wego.plugins.membership.applications;

import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationType;

/**
 * What an applicant typed into the public form, unchecked.
 *
 * @param type city, company or institution
 * @param country ISO 3166-1 alpha-2 code
 * @param contactLanguage {@code en} or {@code ko}: the language the secretariat writes to the contact in
 * @param consent whether the consent to data processing was ticked
 * @param consentLanguage the language the consent text was shown in
 * @param honeypot a field people never see; anything in it marks the submission as a robot's
 */
record ApplicationForm(
        @Nullable OrganisationType type,
        @Nullable String nameEn,
        @Nullable String nameKo,
        @Nullable String nameLocal,
        @Nullable String country,
        boolean capital,
        @Nullable String website,
        @Nullable String headName,
        @Nullable String headTitle,
        @Nullable String address,
        @Nullable String motivation,
        @Nullable String contactFirstName,
        @Nullable String contactLastName,
        @Nullable String contactPosition,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String contactLanguage,
        boolean consent,
        String consentLanguage,
        @Nullable String honeypot) {}
