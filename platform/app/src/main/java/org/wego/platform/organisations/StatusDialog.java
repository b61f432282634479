package org.wego.platform.organisations;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationRegistry;

/** The secretariat records a change of membership status: the new status, from when, and why. */
class StatusDialog extends Dialog {

    private final Select<MembershipStatus> status = new Select<>();
    private final DatePicker effective = new DatePicker();
    private final TextArea reason = new TextArea();

    StatusDialog(Registry registry, Organisation record, Clock clock, Consumer<Organisation> onSaved) {
        setHeaderTitle(getTranslation("registry.status.change") + ": " + record.name(getLocale()));
        status.setLabel(getTranslation("registry.status.new"));
        // Only the moves the registry allows are offered; the service checks again.
        status.setItems(
                RegistryInput.MOVES.get(record.status()).stream().sorted().toList());
        status.setItemLabelGenerator(s -> getTranslation("membership.status." + s.name()));
        effective.setLabel(getTranslation("registry.status.effective"));
        effective.setValue(LocalDate.now(clock));
        effective.setMax(LocalDate.now(clock));
        effective.setLocale(getLocale());
        reason.setLabel(getTranslation("registry.status.reason"));
        reason.setMaxLength(OrganisationRegistry.MAX_REASON);
        reason.setWidthFull();
        add(new FormLayout(status, effective, reason));
        var save = new Button(getTranslation("registry.save"), e -> {
            status.setInvalid(false);
            effective.setInvalid(false);
            reason.setInvalid(false);
            if (status.getValue() == null) {
                invalid(status, getTranslation("registry.error.required"));
                return;
            }
            if (effective.getValue() == null) {
                invalid(effective, getTranslation("registry.error.required"));
                return;
            }
            try {
                Organisation saved =
                        registry.changeStatus(record.key(), status.getValue(), effective.getValue(), reason.getValue());
                close();
                Notification.show(getTranslation("registry.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onSaved.accept(saved);
            } catch (InvalidInputException problem) {
                HasValidation target = switch (String.valueOf(problem.field())) {
                    case "reason" -> reason;
                    case "effective" -> effective;
                    default -> status;
                };
                invalid(
                        target,
                        getTranslation(problem.messageKey(), problem.arguments().toArray()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("registry.cancel"), e -> close()), save);
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
