package org.wego.plugins.membership.applications;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.ui.CountryField;
import org.wego.plugin.api.ui.InputErrors;

/**
 * The public application form ({@code membership/apply}, no sign-in): the organisation, its contact
 * person and the consent to data processing. Every problem shows next to its field, translated (each
 * component bound through {@link Binder} with the {@link InputErrors} bridge, keyed by the
 * {@code InputField} constants of {@link ApplicationInput}), and
 * nothing is saved until all are fixed; a limit reached shows above the button. Sent, the page
 * confirms it and the contact gets an e-mail. A honeypot field, off-screen and hidden from screen
 * readers, catches robots that fill in every field.
 */
public class ApplyView extends VerticalLayout implements HasDynamicTitle {

    private final MembershipApplications applications;
    /** The form's values and their bindings, made anew with the form (a language switch redraws it). */
    private Binder<Draft> binder = new Binder<>();

    private InputErrors<Draft> errors = new InputErrors<>(binder, (key, arguments) -> getTranslation(key, arguments));
    private Draft draft = new Draft();

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
        binder = new Binder<>();
        // The service checks every value (the e-mail field's own check would refuse international addresses).
        binder.setDefaultValidatorsEnabled(false);
        errors = new InputErrors<>(binder, (key, arguments) -> getTranslation(key, arguments));
        draft = new Draft();
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
        errors.forField(type, ApplicationInput.TYPE).bind(d -> d.type, (d, v) -> d.type = v);
        var nameEn = text("membership.field.name-en", ApplicationInput.MAX_NAME, true);
        errors.forField(nameEn, ApplicationInput.NAME_EN).bind(d -> d.nameEn, (d, v) -> d.nameEn = v);
        var nameKo = text("membership.field.name-ko", ApplicationInput.MAX_NAME, false);
        errors.forField(nameKo, ApplicationInput.NAME_KO).bind(d -> d.nameKo, (d, v) -> d.nameKo = v);
        var nameLocal = text("membership.field.name-local", ApplicationInput.MAX_NAME, false);
        errors.forField(nameLocal, ApplicationInput.NAME_LOCAL).bind(d -> d.nameLocal, (d, v) -> d.nameLocal = v);
        var country = new CountryField(getTranslation("membership.applications.field.country"));
        country.setRequiredIndicatorVisible(true);
        errors.forField(country, ApplicationInput.COUNTRY).bind(d -> d.country, (d, v) -> d.country = v);
        var capital = new Checkbox(getTranslation("membership.applications.field.capital"));
        binder.forField(capital).bind(d -> d.capital, (d, v) -> d.capital = v);
        var website = text("membership.applications.field.website", ApplicationInput.MAX_WEBSITE, false);
        website.setPlaceholder("https://");
        errors.forField(website, ApplicationInput.WEBSITE).bind(d -> d.website, (d, v) -> d.website = v);
        var head = text("membership.field.head", ApplicationInput.MAX_NAME, false);
        errors.forField(head, ApplicationInput.HEAD_NAME).bind(d -> d.headName, (d, v) -> d.headName = v);
        var headTitle = text("membership.field.head-title", ApplicationInput.MAX_NAME, false);
        errors.forField(headTitle, ApplicationInput.HEAD_TITLE).bind(d -> d.headTitle, (d, v) -> d.headTitle = v);
        var address = text("membership.field.address", ApplicationInput.MAX_ADDRESS, false);
        errors.forField(address, ApplicationInput.ADDRESS).bind(d -> d.address, (d, v) -> d.address = v);
        var motivation = new TextArea(getTranslation("membership.applications.field.motivation"));
        motivation.setMaxLength(ApplicationInput.MAX_MOTIVATION);
        motivation.setRequiredIndicatorVisible(true);
        motivation.setMinHeight("8em");
        errors.forField(motivation, ApplicationInput.MOTIVATION).bind(d -> d.motivation, (d, v) -> d.motivation = v);
        var organisation = new FormLayout(type, country, nameEn, nameKo, nameLocal, capital, website, head, headTitle);
        organisation.add(address, 2);
        organisation.add(motivation, 2);

        var first = text("membership.applications.field.first-name", ApplicationInput.MAX_PERSON_NAME, true);
        errors.forField(first, ApplicationInput.CONTACT_FIRST_NAME).bind(d -> d.firstName, (d, v) -> d.firstName = v);
        var last = text("membership.applications.field.last-name", ApplicationInput.MAX_PERSON_NAME, true);
        errors.forField(last, ApplicationInput.CONTACT_LAST_NAME).bind(d -> d.lastName, (d, v) -> d.lastName = v);
        var position = text("membership.applications.field.position", ApplicationInput.MAX_NAME, false);
        errors.forField(position, ApplicationInput.CONTACT_POSITION).bind(d -> d.position, (d, v) -> d.position = v);
        var email = new EmailField(getTranslation("membership.applications.field.email"));
        email.setMaxLength(ApplicationInput.MAX_EMAIL);
        email.setRequiredIndicatorVisible(true);
        errors.forField(email, ApplicationInput.CONTACT_EMAIL).bind(d -> d.email, (d, v) -> d.email = v);
        var phone = text("membership.applications.field.phone", ApplicationInput.MAX_PHONE, false);
        errors.forField(phone, ApplicationInput.CONTACT_PHONE).bind(d -> d.phone, (d, v) -> d.phone = v);
        var contactLanguage = new RadioButtonGroup<String>(getTranslation("membership.applications.field.language"));
        contactLanguage.setItems(ApplicationInput.CONTACT_LANGUAGES);
        contactLanguage.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(Locale.of(code)));
        draft.language = "ko".equals(getLocale().getLanguage()) ? "ko" : "en";
        errors.forField(contactLanguage, ApplicationInput.CONTACT_LANGUAGE)
                .bind(d -> d.language, (d, v) -> d.language = v);
        var contact = new FormLayout(first, last, position, email, phone, contactLanguage);

        var consent = new Checkbox(
                getTranslation("membership.applications.consent.text", MembershipApplications.CONSENT_VERSION));
        consent.addClassName("membership-apply-consent");
        errors.forField(consent, ApplicationInput.CONSENT).bind(d -> d.consent, (d, v) -> d.consent = v);

        // People never see it; robots that fill every field do.
        var honeypot = new TextField(getTranslation("membership.applications.field.honeypot"));
        honeypot.addClassName("membership-apply-extra");
        honeypot.getElement().setAttribute("aria-hidden", "true");
        honeypot.getElement().setAttribute("autocomplete", "off");
        honeypot.setTabIndex(-1);
        honeypot.getStyle().set("position", "absolute").set("left", "-10000px").set("height", "1px");
        binder.forField(honeypot).bind(d -> d.honeypot, (d, v) -> d.honeypot = v);
        binder.readBean(draft);

        var message = new Paragraph();
        message.addClassName("membership-apply-message");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        var send = new Button(getTranslation("membership.applications.apply.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("membership-apply-send");
        send.addClickListener(click -> send(message));
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

    /**
     * Checks the whole form and shows every problem next to its field (the service checks again and
     * stores nothing until all are fixed); sent, shows the confirmation.
     */
    void send(Paragraph message) {
        message.setText("");
        errors.clear();
        // As typed, whatever the components think of it: the service's checks decide, in the user's language.
        binder.writeBeanAsDraft(draft, true);
        ApplicationForm form = draft.form(getLocale().getLanguage());
        List<InvalidInputException> problems =
                ApplicationInput.isRobot(form) ? List.of() : ApplicationInput.problems(form);
        if (!problems.isEmpty()) {
            message.setText(getTranslation("membership.applications.apply.fix"));
            problems.forEach(problem -> show(problem, message));
            return;
        }
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            applications.submit(form, request == null ? null : request.getRemoteAddr());
            showConfirmation(draft.email);
        } catch (InvalidInputException e) {
            show(e, message);
        }
    }

    private void showConfirmation(String email) {
        removeAll();
        var done = new Div(
                new H1(getTranslation("membership.applications.apply.thanks")),
                new Paragraph(getTranslation("membership.applications.apply.confirmed", email.strip())));
        done.addClassName("membership-apply-confirmation");
        add(done);
    }

    private void show(InvalidInputException refused, Paragraph message) {
        if (!errors.show(refused)) {
            message.setText(errors.message(refused));
        }
    }

    private TextField text(String labelKey, int max, boolean required) {
        var text = new TextField(getTranslation(labelKey));
        text.setMaxLength(max);
        text.setRequiredIndicatorVisible(required);
        return text;
    }

    /** What the applicant typed, between the fields and the service's {@link ApplicationForm}. */
    static final class Draft implements Serializable {
        @Nullable
        OrganisationType type;

        String nameEn = "";
        String nameKo = "";
        String nameLocal = "";

        @Nullable
        String country;

        boolean capital;
        String website = "";
        String headName = "";
        String headTitle = "";
        String address = "";
        String motivation = "";
        String firstName = "";
        String lastName = "";
        String position = "";
        String email = "";
        String phone = "";
        String language = "en";
        boolean consent;
        String honeypot = "";

        /** The form as sent, the consent shown in {@code consentLanguage}. */
        ApplicationForm form(String consentLanguage) {
            return new ApplicationForm(
                    type,
                    nameEn,
                    nameKo,
                    nameLocal,
                    country,
                    capital,
                    website,
                    headName,
                    headTitle,
                    address,
                    motivation,
                    firstName,
                    lastName,
                    position,
                    email,
                    phone,
                    language,
                    consent,
                    consentLanguage,
                    honeypot);
        }
    }
}
