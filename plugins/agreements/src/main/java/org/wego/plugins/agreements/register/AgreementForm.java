package org.wego.plugins.agreements.register;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.ui.InputErrors;
import org.wego.plugin.api.ui.IsoDatePicker;
import org.wego.plugin.api.ui.OrganisationPicker;
import org.wego.plugin.api.ui.OrganisationPickers;
import org.wego.plugin.api.ui.OrganisationsPicker;

/**
 * The secretariat's form for recording an agreement or changing its terms ({@code ?id=}); its stage changes by
 * the moves on its page. Every refusal appears next to its field; nothing is saved until the whole agreement
 * is accepted. The responsible officer is whoever records it, until someone takes it over.
 */
public class AgreementForm extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The form's route. */
    public static final String ROUTE = "agreements/edit";

    /** What the form edits; the service gets it as an {@link AgreementInput}. */
    static final class Draft {
        @Nullable
        AgreementKind kind = AgreementKind.MOU;

        @Nullable
        String titleEn;

        @Nullable
        String titleKo;

        @Nullable
        String purposeEn;

        @Nullable
        String purposeKo;

        @Nullable
        Organisation wegoSignatory;

        @Nullable
        Status stage = Status.DRAFT;

        @Nullable
        Integer signedYear;

        @Nullable
        LocalDate signedDate;

        @Nullable
        LocalDate effective;

        @Nullable
        LocalDate expiry;

        boolean autoRenewal;

        @Nullable
        Integer renewalMonths;

        @Nullable
        Integer noticeDays;

        @Nullable
        String officerId;

        @Nullable
        String officerName;

        Set<String> languages = Set.of();
        Set<Organisation> parties = Set.of();

        @Nullable
        String wegoSignatoryName;

        @Nullable
        String wegoSignatoryTitle;

        @Nullable
        String counterpartSignatoryName;

        @Nullable
        String counterpartSignatoryTitle;

        AgreementInput input() {
            var signatories = new ArrayList<Signatory>();
            if (wegoSignatoryName != null && !wegoSignatoryName.isBlank()) {
                signatories.add(new Signatory(Signatory.Side.WEGO, wegoSignatoryName, wegoSignatoryTitle));
            }
            if (counterpartSignatoryName != null && !counterpartSignatoryName.isBlank()) {
                signatories.add(
                        new Signatory(Signatory.Side.COUNTERPART, counterpartSignatoryName, counterpartSignatoryTitle));
            }
            return new AgreementInput(
                    kind == null ? AgreementKind.MOU : kind,
                    titleEn,
                    titleKo,
                    purposeEn,
                    purposeKo,
                    wegoSignatory == null ? null : wegoSignatory.key().value(),
                    signedYear,
                    signedDate,
                    effective,
                    expiry,
                    autoRenewal,
                    renewalMonths,
                    noticeDays,
                    officerId,
                    officerName,
                    List.copyOf(languages),
                    stage == null ? Status.DRAFT : stage,
                    parties.stream().map(o -> o.key().value()).toList(),
                    signatories);
        }
    }

    private final Agreements agreements;
    private final PluginContext platform;
    private final Binder<Draft> binder = new Binder<>();
    private final InputErrors<Draft> errors = new InputErrors<>(binder);
    private final Paragraph problem = new Paragraph();
    private @Nullable Agreement editing;
    private String title = "";

    public AgreementForm(Agreements agreements, PluginContext platform) {
        this.agreements = agreements;
        this.platform = platform;
        addClassName("agreements-form");
        binder.setDefaultValidatorsEnabled(false); // the service decides, with the kit's messages
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> id = event.getLocation().getQueryParameters().getSingleParameter("id");
        editing = id.filter(text -> text.matches("\\d{1,18}"))
                .flatMap(text -> agreements.find(Long.parseLong(text)))
                .orElse(null);
        if (id.isPresent() && editing == null) {
            title = getTranslation("agreements.heading");
            add(new H1(title), new Paragraph(getTranslation("agreements.not-found")));
            return;
        }
        title = editing == null ? getTranslation("agreements.record") : getTranslation("agreements.edit.title");
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        var kind = new Select<AgreementKind>();
        kind.setLabel(getTranslation("agreements.field.kind"));
        kind.setItems(AgreementKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("agreements.kind." + k.name()));
        var titleEn = new TextField(getTranslation("agreements.field.title-en"));
        var titleKo = new TextField(getTranslation("agreements.field.title-ko"));
        titleEn.setMaxLength(AgreementRules.MAX_TITLE);
        titleKo.setMaxLength(AgreementRules.MAX_TITLE);
        var purposeEn = new TextArea(getTranslation("agreements.field.purpose-en"));
        var purposeKo = new TextArea(getTranslation("agreements.field.purpose-ko"));
        var parties = new OrganisationsPicker(
                getTranslation("agreements.field.parties"),
                platform.organisations(),
                OrganisationPickers.MEMBERS_AND_PARTNERS);
        var wegoSignatory = new OrganisationPicker(
                getTranslation("agreements.field.wego-signatory"),
                platform.organisations(),
                OrganisationPickers.MEMBERS);
        wegoSignatory.setHelperText(getTranslation("agreements.field.wego-signatory.helper"));
        wegoSignatory.setClearButtonVisible(true);
        var stage = new Select<Status>();
        stage.setLabel(getTranslation("agreements.field.stage"));
        stage.setItems(Status.DRAFT, Status.UNDER_NEGOTIATION, Status.SIGNED);
        stage.setItemLabelGenerator(s -> s == null ? "" : getTranslation("agreements.status." + s.name()));
        stage.setEnabled(editing == null); // a stored agreement moves on its page
        var signedYear = new IntegerField(getTranslation("agreements.field.signed-year"));
        signedYear.setHelperText(getTranslation("dates.field.year.helper"));
        var signedDate = new IsoDatePicker(getTranslation("agreements.field.signed-date"));
        var effective = new IsoDatePicker(getTranslation("agreements.field.effective"));
        var expiry = new IsoDatePicker(getTranslation("agreements.field.expiry"));
        expiry.setHelperText(getTranslation("agreements.field.expiry.helper"));
        var autoRenewal = new Checkbox(getTranslation("agreements.field.auto-renewal"));
        var renewalMonths = new IntegerField(getTranslation("agreements.field.renewal-months"));
        var noticeDays = new IntegerField(getTranslation("agreements.field.notice-days"));
        var languages = new MultiSelectComboBox<String>(getTranslation("agreements.field.languages"));
        languages.setItems(Arrays.asList(java.util.Locale.getISOLanguages()));
        languages.setItemLabelGenerator(
                code -> java.util.Locale.of(code).getDisplayLanguage(getLocale()) + " (" + code + ")");
        var officer = new TextField(getTranslation("agreements.field.officer"));
        officer.setReadOnly(true);
        var wegoName = new TextField(getTranslation("agreements.field.wego-signatory-name"));
        var wegoTitle = new TextField(getTranslation("agreements.field.signatory-title"));
        var counterpartName = new TextField(getTranslation("agreements.field.counterpart-signatory-name"));
        var counterpartTitle = new TextField(getTranslation("agreements.field.signatory-title"));

        binder.forField(kind).bind(d -> d.kind, (d, v) -> d.kind = v);
        errors.forField(titleEn, AgreementInput.TITLE_EN).bind(d -> d.titleEn, (d, v) -> d.titleEn = v);
        errors.forField(titleKo, AgreementInput.TITLE_KO).bind(d -> d.titleKo, (d, v) -> d.titleKo = v);
        errors.forField(purposeEn, AgreementInput.PURPOSE_EN).bind(d -> d.purposeEn, (d, v) -> d.purposeEn = v);
        errors.forField(purposeKo, AgreementInput.PURPOSE_KO).bind(d -> d.purposeKo, (d, v) -> d.purposeKo = v);
        errors.forField(parties, AgreementInput.PARTIES).bind(d -> d.parties, (d, v) -> d.parties = v);
        errors.forField(wegoSignatory, AgreementInput.WEGO_SIGNATORY)
                .bind(d -> d.wegoSignatory, (d, v) -> d.wegoSignatory = v);
        errors.forField(stage, AgreementInput.STAGE).bind(d -> d.stage, (d, v) -> d.stage = v);
        errors.forField(signedYear, AgreementInput.SIGNED_YEAR).bind(d -> d.signedYear, (d, v) -> d.signedYear = v);
        binder.forField(signedDate).bind(d -> d.signedDate, (d, v) -> d.signedDate = v);
        errors.forField(effective, AgreementInput.EFFECTIVE).bind(d -> d.effective, (d, v) -> d.effective = v);
        errors.forField(expiry, AgreementInput.EXPIRY).bind(d -> d.expiry, (d, v) -> d.expiry = v);
        binder.forField(autoRenewal).bind(d -> d.autoRenewal, (d, v) -> d.autoRenewal = v);
        errors.forField(renewalMonths, AgreementInput.RENEWAL_MONTHS)
                .bind(d -> d.renewalMonths, (d, v) -> d.renewalMonths = v);
        errors.forField(noticeDays, AgreementInput.NOTICE_DAYS).bind(d -> d.noticeDays, (d, v) -> d.noticeDays = v);
        errors.forField(languages, AgreementInput.LANGUAGES).bind(d -> d.languages, (d, v) -> d.languages = v);
        errors.forField(officer, AgreementInput.OFFICER_NAME).bind(d -> d.officerName, (d, v) -> d.officerName = v);
        errors.forField(wegoName, AgreementInput.SIGNATORIES.item(0, "name"))
                .bind(d -> d.wegoSignatoryName, (d, v) -> d.wegoSignatoryName = v);
        binder.forField(wegoTitle).bind(d -> d.wegoSignatoryTitle, (d, v) -> d.wegoSignatoryTitle = v);
        binder.forField(counterpartName)
                .bind(d -> d.counterpartSignatoryName, (d, v) -> d.counterpartSignatoryName = v);
        binder.forField(counterpartTitle)
                .bind(d -> d.counterpartSignatoryTitle, (d, v) -> d.counterpartSignatoryTitle = v);

        Draft draft = draftOf(editing);
        binder.readBean(draft);
        renewalMonths.setEnabled(draft.autoRenewal);
        autoRenewal.addValueChangeListener(change -> {
            renewalMonths.setEnabled(change.getValue());
            if (!change.getValue()) {
                renewalMonths.clear();
            }
        });
        var takeOver = new Button(getTranslation("agreements.officer.take-over"), click -> {
            SignedInUser me = platform.requireUser();
            draft.officerId = me.id();
            officer.setValue(me.displayName());
        });
        takeOver.addClassName("agreements-officer-take-over");

        var form = new FormLayout(
                kind,
                stage,
                titleEn,
                titleKo,
                purposeEn,
                purposeKo,
                parties,
                wegoSignatory,
                signedYear,
                signedDate,
                effective,
                expiry,
                autoRenewal,
                renewalMonths,
                noticeDays,
                languages);
        form.setColspan(parties, 2);
        var signatories = new FormLayout(wegoName, wegoTitle, counterpartName, counterpartTitle);
        problem.addClassName("agreements-form-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        var save = new Button(getTranslation("agreements.save"), click -> save(draft));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("agreements-save");
        var cancel =
                new Button(getTranslation("agreements.cancel"), click -> leave(editing == null ? null : editing.id()));
        add(
                new H1(title),
                form,
                new H2(getTranslation("agreements.field.signatories")),
                signatories,
                new HorizontalLayout(officer, takeOver),
                problem,
                new HorizontalLayout(save, cancel));
    }

    private void save(Draft draft) {
        errors.clear();
        problem.setVisible(false);
        binder.writeBeanAsDraft(draft, true);
        try {
            long id = editing == null
                    ? agreements.create(draft.input())
                    : agreements
                            .update(editing.id(), editing.version(), draft.input())
                            .id();
            leave(id);
        } catch (InvalidInputException refused) {
            if (!errors.show(refused)) {
                problem.setText(errors.message(refused));
                problem.setVisible(true);
            }
        }
    }

    private void leave(@Nullable Long id) {
        // Query parameters apart from the route: UI.navigate refuses a path with "?".
        getUI().ifPresent(ui -> {
            if (id == null) {
                ui.navigate(AgreementsView.ROUTE);
            } else {
                ui.navigate(AgreementPage.ROUTE, QueryParameters.of("id", Long.toString(id)));
            }
        });
    }

    private Draft draftOf(@Nullable Agreement agreement) {
        var draft = new Draft();
        if (agreement == null) {
            SignedInUser me = platform.requireUser();
            draft.officerId = me.id();
            draft.officerName = me.displayName();
            return draft;
        }
        draft.kind = agreement.kind();
        draft.titleEn = agreement.titleEn();
        draft.titleKo = agreement.titleKo();
        draft.purposeEn = agreement.purposeEn();
        draft.purposeKo = agreement.purposeKo();
        draft.wegoSignatory = organisation(agreement.wegoSignatory());
        draft.stage = agreement.stage();
        draft.signedYear =
                agreement.signed() == null ? null : agreement.signed().year();
        draft.signedDate =
                agreement.signed() == null ? null : agreement.signed().date();
        draft.effective = agreement.effective();
        draft.expiry = agreement.expiry();
        draft.autoRenewal = agreement.autoRenewal();
        draft.renewalMonths = agreement.renewalMonths();
        draft.noticeDays = agreement.noticeDays();
        draft.officerId = agreement.officerId();
        draft.officerName = agreement.officerName();
        draft.languages = new LinkedHashSet<>(agreement.languages());
        var parties = new LinkedHashSet<Organisation>();
        agreement.parties().forEach(key -> {
            Organisation party = organisation(key);
            if (party != null) {
                parties.add(party);
            }
        });
        draft.parties = parties;
        for (Signatory s : agreement.signatories()) {
            if (s.side() == Signatory.Side.WEGO && draft.wegoSignatoryName == null) {
                draft.wegoSignatoryName = s.name();
                draft.wegoSignatoryTitle = s.title();
            } else if (s.side() == Signatory.Side.COUNTERPART && draft.counterpartSignatoryName == null) {
                draft.counterpartSignatoryName = s.name();
                draft.counterpartSignatoryTitle = s.title();
            }
        }
        return draft;
    }

    private @Nullable Organisation organisation(@Nullable String key) {
        return key == null
                ? null
                : platform.organisations().byKey(OrganisationKey.of(key)).orElse(null);
    }
}
