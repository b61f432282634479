package org.wego.plugins.training.nominations;

import org.wego.plugin.api.InvalidInputException;
import org.wego.plugins.training.programmes.TextRules;

/** The rules a trainee's input passes (pure, no I/O). */
public final class TraineeRules {

    private TraineeRules() {}

    /**
     * The input trimmed and checked: name, organisation, e-mail and language required, gender
     * undisclosed when not given.
     *
     * @throws InvalidInputException naming the first bad field
     */
    public static TraineeInput clean(TraineeInput input) {
        String name = TextRules.required(TraineeInput.NAME, input.name(), TextRules.MAX_NAME);
        String position = TextRules.optional(TraineeInput.POSITION, input.position(), TextRules.MAX_NAME, false);
        String department = TextRules.optional(TraineeInput.DEPARTMENT, input.department(), TextRules.MAX_NAME, false);
        if (input.organisation() == null) {
            throw InvalidInputException.of(TraineeInput.ORGANISATION, "training.invalid.required");
        }
        String email = TextRules.email(TraineeInput.EMAIL, input.email());
        String language = TextRules.language(TraineeInput.LANGUAGE, input.language());
        Gender gender = input.gender() == null ? Gender.UNDISCLOSED : input.gender();
        return new TraineeInput(name, position, department, input.organisation(), email, language, gender);
    }
}
