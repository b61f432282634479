package org.wego.plugins.training.certificates;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The public verification page ({@code training/verify}, no sign-in): a code typed in or given as
 * {@code ?code=} is checked and the page says whether it is a real certificate, with the trainee's
 * name, the programme and its dates, nothing else; or that no certificate has that code.
 */
public class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Certificates certificates;
    private final TextField code = new TextField();
    private final Div result = new Div();

    public VerifyView(Certificates certificates) {
        this.certificates = certificates;
        addClassName("training-verify");
        setMaxWidth("48em");
        getStyle().set("margin", "0 auto");
        show();
    }

    /** Builds the page in the current language (again when the visitor picks another). */
    private void show() {
        removeAll();
        // Visitors have no shell and so no language switch: the page offers its own, like the public application form.
        var language = new Select<Locale>();
        language.setItems(Locale.ENGLISH, Locale.KOREAN);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue("ko".equals(getLocale().getLanguage()) ? Locale.KOREAN : Locale.ENGLISH);
        language.setAriaLabel("Language / 언어");
        language.addClassName("training-verify-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().setLocale(e.getValue());
                show();
                if (!code.isEmpty()) {
                    check();
                }
            }
        });
        var header = new HorizontalLayout(new H1(getTranslation("training.certificate.verify.title")), language);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.BASELINE);
        code.setLabel(getTranslation("training.certificate.verify.code"));
        code.setPlaceholder("XXXX-XXXX-XXXX");
        code.setMaxLength(40);
        code.addClassName("training-verify-code");
        var check = new Button(getTranslation("training.certificate.verify.check"), e -> check());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("training-verify-check");
        check.addClickShortcut(Key.ENTER);
        var form = new HorizontalLayout(code, check);
        form.setAlignItems(Alignment.BASELINE);
        result.addClassName("training-verify-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(header, new Paragraph(getTranslation("training.certificate.verify.intro")), form, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.certificate.verify.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(given -> {
            code.setValue(given.length() > 40 ? given.substring(0, 40) : given);
            check();
        });
    }

    private void check() {
        result.removeAll();
        var found = certificates.verify(code.getValue());
        if (found.isEmpty()) {
            var none = new Paragraph(getTranslation("training.certificate.verify.not-found"));
            none.addClassName("training-verify-not-found");
            none.getStyle().set("color", "var(--lumo-error-text-color)");
            result.add(none);
            return;
        }
        var certificate = found.get();
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        var valid = new H2(getTranslation("training.certificate.verify.valid"));
        valid.getStyle().set("color", "var(--lumo-success-text-color)");
        var facts = new Div(
                valid,
                new Paragraph(getTranslation("training.certificate.verify.name", certificate.traineeName())),
                new Paragraph(getTranslation("training.certificate.verify.programme", certificate.title(getLocale()))),
                new Paragraph(getTranslation(
                        "training.certificate.verify.dates",
                        dates.format(certificate.start()),
                        dates.format(certificate.end()))),
                new Paragraph(getTranslation(
                        "training.certificate.verify.code-shown", CertificateCodes.grouped(certificate.code()))));
        facts.addClassName("training-verify-valid");
        result.add(facts);
    }
}
