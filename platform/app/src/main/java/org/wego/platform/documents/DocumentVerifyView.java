package org.wego.platform.documents;

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
import org.wego.plugin.api.VerifiedDocument;

/**
 * The platform's public verification page ({@code verify}, no sign-in, rate limited as every public
 * page): a code typed in or given as {@code ?code=} is checked and the page says what the document is,
 * to whom and when it was issued, and whether it was revoked; or that no document has that code.
 * Stored texts are shown as text.
 */
public class DocumentVerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentRegistry documents;
    private final TextField code = new TextField();
    private final Div result = new Div();

    DocumentVerifyView(DocumentRegistry documents) {
        this.documents = documents;
        addClassName("wego-verify");
        // No landmark of its own: public pages are shown inside PublicLayout's <main>.
        setMaxWidth("48em");
        getStyle().set("margin", "0 auto");
        show();
    }

    /** Builds the page in the current language (again when the visitor picks another). */
    private void show() {
        removeAll();
        var language = new Select<Locale>();
        language.setItems(Locale.ENGLISH, Locale.KOREAN);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue("ko".equals(getLocale().getLanguage()) ? Locale.KOREAN : Locale.ENGLISH);
        language.setAriaLabel("Language / 언어");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().setLocale(e.getValue());
                show();
                if (!code.isEmpty()) {
                    check();
                }
            }
        });
        var header = new HorizontalLayout(new H1(getTranslation("documents.verify.title")), language);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.BASELINE);
        code.setLabel(getTranslation("documents.verify.code"));
        code.setPlaceholder("XXXX-XXXX-XXXX");
        code.setMaxLength(40);
        code.addClassName("wego-verify-code");
        var check = new Button(getTranslation("documents.verify.check"), e -> check());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        var form = new HorizontalLayout(code, check);
        form.setAlignItems(Alignment.BASELINE);
        result.addClassName("wego-verify-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(header, new Paragraph(getTranslation("documents.verify.intro")), form, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.verify.title") + " · " + getTranslation("app.title");
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
        var found = documents.verify(code.getValue());
        if (found.isEmpty()) {
            var none = new Paragraph(getTranslation("documents.verify.not-found"));
            none.addClassName("wego-verify-not-found");
            none.getStyle().set("color", "var(--lumo-error-text-color)");
            result.add(none);
            return;
        }
        VerifiedDocument document = found.get();
        Locale locale = getLocale();
        var status = new H2(getTranslation(document.valid() ? "documents.verify.valid" : "documents.verify.revoked"));
        status.getStyle()
                .set("color", document.valid() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        var facts = new Div(
                status,
                new Paragraph(getTranslation("documents.verify.kind", document.kindLabel(locale))),
                new Paragraph(getTranslation(
                        "documents.verify.holder", document.facts().holder())),
                new Paragraph(getTranslation("documents.verify.about", document.title(locale))),
                new Paragraph(getTranslation(
                        "documents.verify.issued",
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale)
                                .format(document.facts().issuedOn()))),
                new Paragraph(getTranslation("documents.verify.code-shown", document.grouped())));
        if (!document.valid()) {
            facts.add(new Paragraph(getTranslation("documents.verify.revoked-reason", document.revokedReason())));
        }
        facts.addClassName(document.valid() ? "wego-verify-valid" : "wego-verify-revoked");
        result.add(facts);
    }
}
