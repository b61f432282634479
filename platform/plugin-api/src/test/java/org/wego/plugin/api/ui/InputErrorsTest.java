package org.wego.plugin.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;

/** A service's refusal lands on the binding of its input, and leaves once the user edits the value. */
class InputErrorsTest {

    private static final InputField NAME = InputField.of("nameEn");
    private static final InputField EMAIL = InputField.of("contacts").item(0, "email");

    static final class Draft {
        String name = "";
    }

    private final Binder<Draft> binder = new Binder<>();
    private final InputErrors<Draft> errors = new InputErrors<>(binder, (key, arguments) -> key + arguments.length);
    private final TextField name = new TextField();
    private final TextField email = new TextField();

    InputErrorsTest() {
        errors.forField(name, NAME).bind(d -> d.name, (d, v) -> d.name = v);
        errors.forComponent(email, EMAIL);
        binder.readBean(new Draft());
    }

    @Test
    void showsTheRefusalOnTheBoundFieldUntilTheValueChanges() {
        name.setValue("Seoul");

        assertThat(errors.show(InvalidInputException.of(NAME, "input.invalid.too-long", 200)))
                .isTrue();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("input.invalid.too-long1");
        assertThat(errors.shown(NAME)).isEqualTo("input.invalid.too-long1");

        name.setValue("Seoul City");
        assertThat(name.isInvalid()).isFalse();
        assertThat(errors.shown(NAME)).isNull();
    }

    @Test
    void aRefusalNamedByStringFindsTheSameBinding() {
        assertThat(errors.show(new InvalidInputException("nameEn", "input.invalid.required")))
                .isTrue();
        assertThat(name.isInvalid()).isTrue();
        errors.clear();
        assertThat(name.isInvalid()).isFalse();
    }

    @Test
    void componentsOutsideTheBinderShowTheirRowsRefusal() {
        assertThat(errors.show(new InvalidInputException("contacts[0].email", "input.invalid.email")))
                .isTrue();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("input.invalid.email0");
        email.setValue("a@b.org");
        assertThat(email.isInvalid()).isFalse();
    }

    @Test
    void refusalsOfTheWholeInputOrAnUnknownFieldAreLeftToTheForm() {
        var whole = new InvalidInputException((String) null, "membership.stale");
        assertThat(errors.show(whole)).isFalse();
        assertThat(errors.message(whole)).isEqualTo("membership.stale0");
        assertThat(errors.show(new InvalidInputException("other", "k"))).isFalse();
        assertThat(name.isInvalid()).isFalse();
    }

    @Test
    void anInputIsBoundOnce() {
        assertThatThrownBy(() -> errors.forField(new TextField(), NAME)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> errors.forComponent(new TextField(), NAME))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
