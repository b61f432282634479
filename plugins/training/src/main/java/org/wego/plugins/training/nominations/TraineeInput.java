package org.wego.plugins.training.nominations;

import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.OrganisationKey;

/** A person a nominator enters; checked by {@link TraineeRules#clean}. */
public record TraineeInput(
        @Nullable String name,
        @Nullable String position,
        @Nullable String department,
        @Nullable OrganisationKey organisation,
        @Nullable String email,
        @Nullable String language,
        @Nullable Gender gender) {

    // The inputs as the rules refuse them and forms bind them (InputErrors), upload columns too.
    public static final InputField NAME = InputField.of("name");
    public static final InputField POSITION = InputField.of("position");
    public static final InputField DEPARTMENT = InputField.of("department");
    public static final InputField ORGANISATION = InputField.of("organisation");
    public static final InputField EMAIL = InputField.of("email");
    public static final InputField LANGUAGE = InputField.of("language");
    public static final InputField GENDER = InputField.of("gender");
    /** The trainee's own zone for their mails' session times (an IANA id), beside the input. */
    public static final InputField TIME_ZONE = InputField.of("timeZone");
}
