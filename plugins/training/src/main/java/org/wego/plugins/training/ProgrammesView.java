package org.wego.plugins.training;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;

/**
 * The training programmes (not drafts, except for the secretariat), newest start first; the
 * secretariat also sees the form to create one. Server-side refusals show next to their field.
 */
public class ProgrammesView extends VerticalLayout {

    private final Programmes programmes;
    private final Grid<Programme> grid = new Grid<>(Programme.class, false);
    private final Paragraph empty = new Paragraph();
    private final Map<String, Component> fields = new LinkedHashMap<>();

    public ProgrammesView(Programmes programmes, PluginContext platform) {
        this.programmes = programmes;
        addClassName("training-programmes");
        add(new H1(getTranslation("training.programmes.title")));
        boolean mayManage = platform.currentUser().map(programmes::mayManage).orElse(false);
        var locale = getLocale();
        grid.addColumn(p -> p.title(locale))
                .setHeader(getTranslation("training.field.title"))
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(p -> p.partner().value()).setHeader(getTranslation("training.field.partner"));
        grid.addColumn(p -> getTranslation("training.mode." + p.mode().name()))
                .setHeader(getTranslation("training.field.mode"));
        grid.addColumn(Programme::startDate)
                .setHeader(getTranslation("training.field.start"))
                .setSortable(true)
                .setComparator(Programme::startDate);
        grid.addColumn(Programme::deadline).setHeader(getTranslation("training.field.deadline"));
        grid.addColumn(p -> p.capacity() + " / " + p.quota()).setHeader(getTranslation("training.field.seats"));
        grid.addColumn(p -> getTranslation("training.status." + p.status().name()))
                .setHeader(getTranslation("training.field.status"));
        grid.setAllRowsVisible(true);
        // A programme opens its page (details, nominations, waitlist).
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ProgrammeNominationsView.ROUTE,
                com.vaadin.flow.router.QueryParameters.of(
                        "id", Long.toString(e.getItem().id())))));
        empty.setText(
                getTranslation(mayManage ? "training.programmes.empty.secretariat" : "training.programmes.empty"));
        add(empty, grid);
        if (mayManage) {
            add(new H2(getTranslation("training.programmes.create")), form());
        }
        refresh();
    }

    private FormLayout form() {
        var titleEn = field("titleEn", new TextField(getTranslation("training.field.title-en")));
        var titleKo = field("titleKo", new TextField(getTranslation("training.field.title-ko")));
        var descriptionEn = field("descriptionEn", new TextArea(getTranslation("training.field.description-en")));
        var descriptionKo = field("descriptionKo", new TextArea(getTranslation("training.field.description-ko")));
        var partner = field("partner", new TextField(getTranslation("training.field.partner")));
        var mode = field("mode", new ComboBox<ProgrammeMode>(getTranslation("training.field.mode")));
        mode.setItems(ProgrammeMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("training.mode." + m.name()));
        var venue = field("venue", new TextField(getTranslation("training.field.venue")));
        var language = field("language", new TextField(getTranslation("training.field.language")));
        var start = field("startDate", new DatePicker(getTranslation("training.field.start")));
        var end = field("endDate", new DatePicker(getTranslation("training.field.end")));
        var deadline = field("deadline", new DatePicker(getTranslation("training.field.deadline")));
        var capacity = field("capacity", new IntegerField(getTranslation("training.field.capacity")));
        var quota = field("quota", new IntegerField(getTranslation("training.field.quota")));
        var status = field("status", new ComboBox<ProgrammeStatus>(getTranslation("training.field.status")));
        status.setItems(ProgrammeStatus.DRAFT, ProgrammeStatus.OPEN);
        status.setItemLabelGenerator(s -> getTranslation("training.status." + s.name()));
        status.setValue(ProgrammeStatus.DRAFT);
        var save = new Button(getTranslation("training.programmes.save"), click -> {
            fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
            try {
                OrganisationKey partnerKey = partner.getValue().isBlank()
                        ? null
                        : OrganisationKey.of(partner.getValue().strip());
                programmes.create(new ProgrammeInput(
                        titleEn.getValue(),
                        titleKo.getValue(),
                        descriptionEn.getValue(),
                        descriptionKo.getValue(),
                        partnerKey,
                        mode.getValue(),
                        venue.getValue(),
                        language.getValue(),
                        start.getValue(),
                        end.getValue(),
                        deadline.getValue(),
                        capacity.getValue() == null ? 0 : capacity.getValue(),
                        quota.getValue() == null ? 0 : quota.getValue(),
                        status.getValue()));
                fields.values().forEach(f -> {
                    if (f instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
                        value.clear();
                    }
                });
                status.setValue(ProgrammeStatus.DRAFT);
                refresh();
            } catch (IllegalArgumentException e) {
                show("partner", getTranslation("training.invalid.partner"));
            } catch (InvalidInputException e) {
                show(
                        e.field() == null ? "titleEn" : e.field(),
                        getTranslation(e.messageKey(), e.arguments().toArray()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout();
        form.addClassName("training-programme-form");
        form.add(fields.values().toArray(Component[]::new));
        form.add(save);
        return form;
    }

    private <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        return component;
    }

    private void show(String field, String message) {
        Component component = fields.getOrDefault(field, fields.get("titleEn"));
        ((HasValidation) component).setErrorMessage(message);
        ((HasValidation) component).setInvalid(true);
    }

    private void refresh() {
        List<Programme> all = programmes.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }
}
