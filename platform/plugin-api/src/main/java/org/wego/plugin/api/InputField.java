package org.wego.plugin.api;

/**
 * The name of one input of a form or request, e.g. {@code nameEn} or {@code contacts[2].email}. A
 * service refuses input with an {@link InvalidInputException} that carries the field, and the form
 * shows the message next to the component bound to the same field (through {@code
 * org.wego.plugin.api.ui.InputErrors}), so neither side spells the name as a loose string.
 *
 * <p>Declare each field once as a constant beside the service's input record and use the constant in
 * the service's checks and in the form's binding. Two fields are equal when their names are.
 *
 * @param name the field's name, e.g. {@code nameEn}; an item of a list as {@code contacts[2].email}
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record InputField(String name) {

    /**
     * @throws IllegalArgumentException for a blank name
     */
    public InputField {
        if (name.isBlank()) {
            throw new IllegalArgumentException("an input field has a name, such as nameEn or contacts[0].email");
        }
    }

    /** The field of the given name, e.g. {@code InputField.of("nameEn")}. */
    public static InputField of(String name) {
        return new InputField(name);
    }

    /**
     * The field {@code property} of the {@code index}-th item of this list field, e.g. {@code
     * contacts[2].email} of {@code contacts}.
     */
    public InputField item(int index, String property) {
        if (index < 0) {
            throw new IllegalArgumentException("an item's index is zero or more: " + index);
        }
        return new InputField(name + "[" + index + "]." + property);
    }

    /** The name, so a field reads as itself in logs and exception messages. */
    @Override
    public String toString() {
        return name;
    }
}
