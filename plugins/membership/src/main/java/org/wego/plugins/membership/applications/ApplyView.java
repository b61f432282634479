package org.wego.plugins.membership.applications;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationType;

/**
 * The public application form ({@code membership/apply}, no sign-in): the organisation, its contact
 * person and the consent to data processing. Every problem shows next to its field, translated, and
 * nothing is saved until all are fixed; a limit reached shows above the button. Sent, the page
 * confirms it and the contact gets an e-mail. A honeypot field, off-screen and hidden from screen
 * readers, catches robots that fill in every field.
 */
public class ApplyView extends VerticalLayout implements HasDynamicTitle {

    private final MembershipApplications applications;
    private final Map<String, HasValidation> fields = new HashMap<>();

    public ApplyView(MembershipApplications applications) {
        this.applications = applications;
        addClassName("membership-apply");
        setMaxWidth("60em");
        getStyle().set("margin", "0 auto");
        showForm();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.applications.apply.title");
    }

    private void showForm() {
        removeAll();
        fields.clear();
        var language = new Select<Locale>();
        language.setItems(Locale.ENGLISH, Locale.KOREAN);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue("ko".equals(getLocale().getLanguage()) ? Locale.KOREAN : Locale.ENGLISH);
        language.setAriaLabel("Language / 언어");
        language.addClassName("membership-apply-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().setLocale(e.getValue());
                showForm();
            }
        });
        var header = new HorizontalLayout(new H1(getTranslation("membership.applications.apply.title")), language);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.BASELINE);
        add(header, new Paragraph(getTranslation("membership.applications.apply.intro")));

        var type = new RadioButtonGroup<OrganisationType>(getTranslation("membership.applications.field.type"));
        type.setItems(OrganisationType.CITY, OrganisationType.COMPANY, OrganisationType.INSTITUTION);
        type.setItemLabelGenerator(t -> getTranslation("membership.applications.type." + t.name()));
        type.setRequiredIndicatorVisible(true);
        fields.put("type", type);
        var nameEn = text("nameEn", "membership.field.name-en", ApplicationInput.MAX_NAME, true);
        var nameKo = text("nameKo", "membership.field.name-ko", ApplicationInput.MAX_NAME, false);
        var nameLocal = text("nameLocal", "membership.field.name-local", ApplicationInput.MAX_NAME, false);
        var country = new ComboBox<String>(getTranslation("membership.applications.field.country"));
        Collator collator = Collator.getInstance(getLocale());
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(getLocale()), collator))
                .toList());
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(getLocale()) + " (" + code + ")");
        country.setRequiredIndicatorVisible(true);
        fields.put("country", country);
        var capital = new Checkbox(getTranslation("membership.applications.field.capital"));
        var website = text("website", "membership.applications.field.website", ApplicationInput.MAX_WEBSITE, false);
        website.setPlaceholder("https://");
        var head = text("headName", "membership.field.head", ApplicationInput.MAX_NAME, false);
        var headTitle = text("headTitle", "membership.field.head-title", ApplicationInput.MAX_NAME, false);
        var address = text("address", "membership.field.address", ApplicationInput.MAX_ADDRESS, false);
        var motivation = new TextArea(getTranslation("membership.applications.field.motivation"));
        motivation.setMaxLength(ApplicationInput.MAX_MOTIVATION);
        motivation.setRequiredIndicatorVisible(true);
        motivation.setMinHeight("8em");
        fields.put("motivation", motivation);
        var organisation = new FormLayout(type, country, nameEn, nameKo, nameLocal, capital, website, head, headTitle);
        organisation.add(address, 2);
        organisation.add(motivation, 2);

        var first = text(
                "contactFirstName", "membership.applications.field.first-name", ApplicationInput.MAX_PERSON_NAME, true);
        var last = text(
                "contactLastName", "membership.applications.field.last-name", ApplicationInput.MAX_PERSON_NAME, true);
        var position =
                text("contactPosition", "membership.applications.field.position", ApplicationInput.MAX_NAME, false);
        var email = new EmailField(getTranslation("membership.applications.field.email"));
        email.setMaxLength(ApplicationInput.MAX_EMAIL);
        email.setRequiredIndicatorVisible(true);
        fields.put("contactEmail", email);
        var phone = text("contactPhone", "membership.applications.field.phone", ApplicationInput.MAX_PHONE, false);
        var contactLanguage = new RadioButtonGroup<String>(getTranslation("membership.applications.field.language"));
        contactLanguage.setItems(ApplicationInput.CONTACT_LANGUAGES);
        contactLanguage.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(Locale.of(code)));
        contactLanguage.setValue("ko".equals(getLocale().getLanguage()) ? "ko" : "en");
        fields.put("contactLanguage", contactLanguage);
        var contact = new FormLayout(first, last, position, email, phone, contactLanguage);

        var consent = new Checkbox(
                getTranslation("membership.applications.consent.text", MembershipApplications.CONSENT_VERSION));
        consent.addClassName("membership-apply-consent");
        fields.put("consent", consent);

        // People never see it; robots that fill every field do.
        var honeypot = new TextField(getTranslation("membership.applications.field.honeypot"));
        honeypot.addClassName("membership-apply-extra");
        honeypot.getElement().setAttribute("aria-hidden", "true");
        honeypot.getElement().setAttribute("autocomplete", "off");
        honeypot.setTabIndex(-1);
        honeypot.getStyle().set("position", "absolute").set("left", "-10000px").set("height", "1px");

        var message = new Paragraph();
        message.addClassName("membership-apply-message");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        var send = new Button(getTranslation("membership.applications.apply.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("membership-apply-send");
        send.addClickListener(click -> {
            message.setText("");
            fields.values().forEach(f -> f.setInvalid(false));
            var form = new ApplicationForm(
                    type.getValue(),
                    nameEn.getValue(),
                    nameKo.getValue(),
                    nameLocal.getValue(),
                    country.getValue(),
                    capital.getValue(),
                    website.getValue(),
                    head.getValue(),
                    headTitle.getValue(),
                    address.getValue(),
                    motivation.getValue(),
                    first.getValue(),
                    last.getValue(),
                    position.getValue(),
                    email.getValue(),
                    phone.getValue(),
                    contactLanguage.getValue(),
                    consent.getValue(),
                    getLocale().getLanguage(),
                    honeypot.getValue());
            List<InvalidInputException> problems =
                    ApplicationInput.isRobot(form) ? List.of() : ApplicationInput.problems(form);
            if (!problems.isEmpty()) {
                message.setText(getTranslation("membership.applications.apply.fix"));
                problems.forEach(p -> show(p, message));
                return;
            }
            try {
                VaadinRequest request = VaadinRequest.getCurrent();
                applications.submit(form, request == null ? null : request.getRemoteAddr());
                showConfirmation(email.getValue());
            } catch (InvalidInputException e) {
                show(e, message);
            }
        });
        add(
                new H2(getTranslation("membership.applications.apply.organisation")),
                organisation,
                new H2(getTranslation("membership.applications.apply.contact")),
                contact,
                new H2(getTranslation("membership.applications.apply.consent")),
                consent,
                honeypot,
                message,
                send);
    }

    private void showConfirmation(String email) {
        removeAll();
        var done = new Div(
                new H1(getTranslation("membership.applications.apply.thanks")),
                new Paragraph(getTranslation("membership.applications.apply.confirmed", email.strip())));
        done.addClassName("membership-apply-confirmation");
        add(done);
    }

    private void show(InvalidInputException e, Paragraph message) {
        String text = getTranslation(e.messageKey(), e.arguments().toArray());
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        } else {
            message.setText(text);
        }
    }

    private TextField text(String field, String labelKey, int max, boolean required) {
        var text = new TextField(getTranslation(labelKey));
        text.setMaxLength(max);
        text.setRequiredIndicatorVisible(required);
        fields.put(field, text);
        return text;
    }
}
