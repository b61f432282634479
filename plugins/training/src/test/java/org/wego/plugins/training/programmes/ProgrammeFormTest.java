package org.wego.plugins.training.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.testkit.TestRegistry;

/**
 * The programme form on Vaadin's Binder: every input the rules can refuse has its component, a refusal
 * shows next to it (the sessions' on their row, the whole input's above the buttons), and the partner is
 * chosen from the registry's members and partners. No UI, no I/O: the registry is in memory.
 */
class ProgrammeFormTest {

    private static final OrganisationKey SEOUL = OrganisationKey.of("kr-seoul");
    private static final OrganisationKey UNDP = OrganisationKey.of("undp");
    private static final OrganisationKey ASIA = OrganisationKey.of("wego-asia");

    /** No service: a save that reached it would fail the test, so nothing is half-saved by the form. */
    private final ProgrammeForm form = new ProgrammeForm(
            null,
            TestRegistry.of(
                    TestRegistry.organisation(SEOUL.value(), OrganisationType.CITY, "Seoul", "서울", "KR"),
                    TestRegistry.organisation(UNDP.value(), OrganisationType.PARTNER, "UNDP", "UNDP", null),
                    TestRegistry.organisation(
                            ASIA.value(), OrganisationType.REGIONAL_OFFICE, "WeGO Asia", "위고 아시아", "KR")),
            List.of(),
            () -> {});

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
    void thePartnerIsAMemberOrAPartnerOfTheRegistryNeverATypedKey() {
        form.choosePartner(SEOUL);
        assertThat(form.partner()).isEqualTo(SEOUL);
        assertThat(form.valid()).isTrue();
        form.choosePartner(UNDP);
        assertThat(form.partner()).isEqualTo(UNDP);
        form.choosePartner(ASIA);
        assertThat(form.partner()).as("a regional office is not offered").isNull();
    }

    @Test
    void theServicesRefusalOfThePartnerShowsNextToThePickerAndLeavesWhenAnotherIsChosen() {
        form.refuse(InvalidInputException.of(ProgrammeInput.PARTNER, "training.invalid.partner"));
        assertThat(form.shown(ProgrammeInput.PARTNER)).isNotNull();
        assertThat(form.problem()).isNull();
        form.choosePartner(SEOUL);
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
