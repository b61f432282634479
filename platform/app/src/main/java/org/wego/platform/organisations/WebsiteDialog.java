package org.wego.platform.organisations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;

/** An organisation's own users keep its website current; it is descriptive, so it saves at once. */
class WebsiteDialog extends Dialog {

    WebsiteDialog(Registry registry, Organisation record, Consumer<Organisation> onSaved) {
        setHeaderTitle(getTranslation("registry.website.edit"));
        var website = new TextField(getTranslation("registry.website"));
        website.setHelperText(getTranslation("registry.website.helper"));
        website.setValue(record.website() == null ? "" : record.website());
        website.setWidth("min(30rem, 80vw)");
        add(website);
        var save = new Button(getTranslation("registry.save"), e -> {
            try {
                Organisation saved = registry.updateWebsite(record.key(), website.getValue());
                close();
                Notification.show(getTranslation("registry.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onSaved.accept(saved);
            } catch (InvalidInputException problem) {
                website.setErrorMessage(
                        getTranslation(problem.messageKey(), problem.arguments().toArray()));
                website.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("registry.cancel"), e -> close()), save);
    }
}
