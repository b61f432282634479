package org.wego.plugins.agreements.renewal;

import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;

/**
 * What a member proposes: an amendment with its text in English and/or Korean, or a renewal; a reason either way.
 * {@link ChangeRules} checks it.
 */
public record ChangeInput(
        @Nullable ChangeKind kind,
        @Nullable String textEn,
        @Nullable String textKo,
        @Nullable String reason) {

    public static final InputField KIND = InputField.of("kind");
    public static final InputField TEXT_EN = InputField.of("textEn");
    public static final InputField TEXT_KO = InputField.of("textKo");
    public static final InputField REASON = InputField.of("reason");
}
