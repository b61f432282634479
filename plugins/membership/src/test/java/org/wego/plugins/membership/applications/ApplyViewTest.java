package org.wego.plugins.membership.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public form as a component tree: every problem shows next to its own field (Binder with the
 * InputErrors bridge, keyed by {@link ApplicationInput}'s inputs) and nothing is sent; no browser.
 */
class ApplyViewTest {

    /** Nothing reaches the service while the form has problems: it is never called here. */
    private final ApplyView view = new ApplyView(null);

    @Test
    void everyProblemShowsNextToItsFieldAndNothingIsSent() {
        field(TextField.class, "membership.field.name-en").setValue("Seoul\u0007");
        field(EmailField.class, "membership.applications.field.email").setValue("not-an-address");

        send();

        assertThat(error(TextField.class, "membership.field.name-en")).contains("input.invalid.control");
        assertThat(error(EmailField.class, "membership.applications.field.email"))
                .contains("membership.applications.invalid.email");
        assertThat(error(TextField.class, "membership.applications.field.first-name"))
                .contains("membership.invalid.required");
        assertThat(error(TextField.class, "membership.field.name-ko"))
                .as("optional and fine")
                .isNull();
        assertThat(message()).contains("membership.applications.apply.fix");

        field(TextField.class, "membership.field.name-en").setValue("Seoul");
        assertThat(error(TextField.class, "membership.field.name-en"))
                .as("cleared when edited")
                .isNull();
    }

    private void send() {
        all(view)
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(b -> b.getClassNames().contains("membership-apply-send"))
                .findFirst()
                .orElseThrow()
                .click();
    }

    private String message() {
        return all(view)
                .filter(Paragraph.class::isInstance)
                .map(Paragraph.class::cast)
                .filter(p -> p.getClassNames().contains("membership-apply-message"))
                .findFirst()
                .orElseThrow()
                .getText();
    }

    private <T extends Component & HasLabel> T field(Class<T> type, String labelKey) {
        return all(view)
                .filter(type::isInstance)
                .map(type::cast)
                .filter(c -> c.getLabel() != null && c.getLabel().contains(labelKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + labelKey));
    }

    private <T extends Component & HasLabel> String error(Class<T> type, String labelKey) {
        HasValidation field = (HasValidation) field(type, labelKey);
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ApplyViewTest::all));
    }
}
