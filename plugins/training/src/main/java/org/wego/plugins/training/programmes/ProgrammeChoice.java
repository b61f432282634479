package org.wego.plugins.training.programmes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;

/** The programme picker of the attendance and certificates pages: choosing one opens {@code route?programme=N}. */
public final class ProgrammeChoice {

    private ProgrammeChoice() {}

    public static ComboBox<Programme> of(
            String label,
            List<Programme> programmes,
            @org.jspecify.annotations.Nullable Programme current,
            String route,
            Locale locale) {
        var choice = new ComboBox<Programme>(label);
        choice.setItems(programmes);
        choice.setItemLabelGenerator(p -> p.title(locale) + " (" + p.startDate() + ")");
        choice.setWidth("32em");
        choice.addClassName("training-programme-choice");
        if (current != null) {
            programmes.stream().filter(p -> p.id() == current.id()).findFirst().ifPresent(choice::setValue);
        }
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent()
                        .navigate(
                                route,
                                QueryParameters.of(
                                        "programme", Long.toString(e.getValue().id())));
            }
        });
        return choice;
    }
}
