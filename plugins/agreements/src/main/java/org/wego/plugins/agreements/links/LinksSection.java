package org.wego.plugins.agreements.links;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.ui.ReferenceLink;
import org.wego.plugins.agreements.register.Agreement;
import org.wego.plugins.agreements.register.AgreementSection;

/**
 * The section "What came out of it" on an agreement's page: each linked record as its plugin shows it to the
 * viewer ("not available" when that plugin is stopped or the record gone); for the secretariat a field to add
 * a link by its reference and a button to remove each.
 */
@org.springframework.stereotype.Component
@Order(300)
class LinksSection implements AgreementSection {

    private final AgreementLinks links;
    private final PluginContext platform;

    LinksSection(AgreementLinks links, PluginContext platform) {
        this.links = links;
        this.platform = platform;
    }

    @Override
    public int order() {
        return 400; // below the documents and the renewal chain
    }

    @Override
    public Optional<Component> render(Agreement agreement) {
        var section = new Div();
        section.addClassName("agreements-links");
        fill(section, agreement);
        return Optional.of(section);
    }

    private void fill(Div section, Agreement agreement) {
        section.removeAll();
        section.add(new H2(section.getTranslation("agreements.links.title")));
        boolean manager = links.mayManage();
        Locale locale =
                UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        var list = links.list(agreement.id());
        if (list.isEmpty()) {
            var none = new Paragraph(section.getTranslation("agreements.links.none"));
            none.addClassName("agreements-links-none");
            section.add(none);
        }
        for (AgreementLinks.Link link : list) {
            var shown = platform.references().show(link.reference(), locale);
            var row = new HorizontalLayout(new ReferenceLink(shown));
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.addClassName("agreements-link");
            if (manager) {
                var remove = new Button(section.getTranslation("agreements.links.remove"), click -> {
                    try {
                        links.remove(agreement.id(), link.id());
                    } catch (InvalidInputException e) {
                        // removed by someone else meanwhile: the list below shows what is there now
                    }
                    fill(section, agreement);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.addClassName("agreements-link-remove");
                remove.getElement()
                        .setAttribute(
                                "aria-label", section.getTranslation("agreements.links.remove.label", shown.text()));
                row.add(remove);
            }
            section.add(row);
        }
        if (manager) {
            var reference = new TextField(section.getTranslation("agreements.links.reference"));
            reference.setHelperText(section.getTranslation("agreements.links.reference.helper"));
            reference.setMaxLength(RecordReference.MAX_LENGTH);
            reference.setWidth("24em");
            reference.addClassName("agreements-link-reference");
            var add = new Button(section.getTranslation("agreements.links.add"), click -> {
                try {
                    links.add(agreement.id(), reference.getValue());
                    fill(section, agreement);
                } catch (InvalidInputException e) {
                    reference.setInvalid(true);
                    reference.setErrorMessage(
                            section.getTranslation(e.messageKey(), e.arguments().toArray()));
                }
            });
            add.addClassName("agreements-link-add");
            var form = new HorizontalLayout(reference, add);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            section.add(form);
        }
    }
}
