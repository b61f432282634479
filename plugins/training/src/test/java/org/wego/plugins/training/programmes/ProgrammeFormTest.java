package org.wego.plugins.training.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;

/**
 * The programme form on Vaadin's Binder: every input the rules can refuse has its component, a refusal
 * shows next to it (the sessions' on their row, the whole input's above the buttons), and a value the
 * form cannot convert is refused on its field before the service is asked. No UI, no I/O.
 */
class ProgrammeFormTest {

    /** No service: a save that reached it would fail the test, so nothing is half-saved by the form. */
    private final ProgrammeForm form = new ProgrammeForm(null, List.of(), () -> {});

    @Test
    void everyInputTheRulesNameShowsItsRefusalNextToItsComponent() throws Exception {
        List<InputField> inputs = inputs();
        assertThat(inputs).hasSize(16);
        for (InputField input : inputs) {
            if (input.equals(ProgrammeInput.SESSIONS)) {
                continue;
            }
            form.refuse(InvalidInputException.of(input, "training.invalid.required"));
            assertThat(form.shown(input)).as(input.name()).isNotNull();
            assertThat(form.problem()).as(input.name()).isNull();
        }
    }

    @Test
    void aRefusalOfTheWholeInputShowsAboveTheButtons() {
        form.refuse(new InvalidInputException(null, "training.stale", "someone"));
        assertThat(form.problem()).isNotNull();
        assertThat(form.shown(ProgrammeInput.TITLE_EN)).isNull();
    }

    @Test
    void aPartnerKeyThatCannotBeOneIsRefusedOnItsFieldWithoutAskingTheService() {
        form.typePartner("not a key!");
        form.pressSave(); // the service is null: reaching it would throw
        assertThat(form.valid()).isFalse();
        assertThat(form.problem()).isNull();
        form.typePartner("kr-seoul");
        assertThat(form.valid()).isTrue();
    }

    @Test
    void aRefusalLeavesWhenTheValueChanges() {
        form.refuse(InvalidInputException.of(ProgrammeInput.PARTNER, "training.invalid.partner"));
        assertThat(form.shown(ProgrammeInput.PARTNER)).isNotNull();
        form.typePartner("kr-seoul");
        assertThat(form.shown(ProgrammeInput.PARTNER)).isNull();
    }

    /** The input constants of {@link ProgrammeInput}. */
    private static List<InputField> inputs() throws IllegalAccessException {
        var inputs = new ArrayList<InputField>();
        for (Field field : ProgrammeInput.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == InputField.class) {
                inputs.add((InputField) field.get(null));
            }
        }
        return inputs;
    }
}
