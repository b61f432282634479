package org.wego.platform.topics;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Topic;

/** Renames a topic in English and Korean; a refused name is shown next to its field. */
class RenameDialog extends Dialog {

    /** What saving does; throws {@link InvalidInputException} for a refused name. */
    interface Save {
        void save(Topic topic, String nameEn, String nameKo);
    }

    RenameDialog(Topic topic, Save save) {
        setHeaderTitle(getTranslation("topics.rename") + ": " + topic.name(getLocale()));
        var nameEn = new TextField(getTranslation("topics.name-en"), topic.nameEn(), "");
        var nameKo = new TextField(getTranslation("topics.name-ko"), topic.nameKo(), "");
        add(nameEn, nameKo);
        var ok = new Button(getTranslation("topics.save"), e -> {
            nameEn.setInvalid(false);
            nameKo.setInvalid(false);
            try {
                save.save(topic, nameEn.getValue(), nameKo.getValue());
                close();
            } catch (InvalidInputException problem) {
                TextField field = "nameKo".equals(problem.field()) ? nameKo : nameEn;
                field.setErrorMessage(
                        getTranslation(problem.messageKey(), problem.arguments().toArray()));
                field.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("topics.cancel"), e -> close()), ok);
    }
}
