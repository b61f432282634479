package org.wego.plugins.agreements.register;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.ui.DownloadLink;

/**
 * The register for those who may see it (each their scope): search, kind, today's status, the counterparties'
 * type and the year signed; a CSV file of what is shown; the secretariat records new agreements from here.
 */
public class AgreementsView extends VerticalLayout implements HasDynamicTitle {

    /** The list's route. */
    public static final String ROUTE = "agreements";

    private final Agreements agreements;
    private final AgreementExport export;
    private final TextField search = new TextField();
    private final Select<AgreementKind> kind = new Select<>();
    private final Select<Status> status = new Select<>();
    private final Select<OrganisationType> counterpart = new Select<>();
    private final IntegerField year = new IntegerField();
    private final Grid<Agreement> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    public AgreementsView(Agreements agreements, AgreementExport export, PluginContext platform) {
        this.agreements = agreements;
        this.export = export;
        addClassName("agreements-list");
        Messages messages = platform.messages(getLocale());
        search.setLabel(getTranslation("agreements.search"));
        search.setClearButtonVisible(true);
        search.setWidth("20em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        filter(kind, "agreements.field.kind", List.of(AgreementKind.values()), k -> "agreements.kind." + k.name());
        filter(status, "agreements.field.status", List.of(Status.values()), s -> "agreements.status." + s.name());
        filter(
                counterpart,
                "agreements.field.counterpart-type",
                List.of(
                        OrganisationType.CITY,
                        OrganisationType.COMPANY,
                        OrganisationType.INSTITUTION,
                        OrganisationType.PARTNER),
                t -> "agreements.counterpart." + t.name());
        year.setLabel(getTranslation("agreements.field.year"));
        year.setClearButtonVisible(true);
        year.setValueChangeMode(ValueChangeMode.LAZY);
        year.addValueChangeListener(change -> refresh());
        var toolbar = new HorizontalLayout(search, kind, status, counterpart, year);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        var actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (agreements.mayManage()) {
            var record = new Button(
                    getTranslation("agreements.record"),
                    VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(AgreementForm.ROUTE)));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.addClassName("agreements-record");
            actions.add(record);
        }
        var csv = new DownloadLink(
                getTranslation("agreements.export.csv"),
                locale -> DownloadLink.File.csv("wego-agreements.csv", export.csv(currentFilter(), locale)));
        csv.addClassName("agreements-export-csv");
        actions.add(csv);
        var xlsx = new DownloadLink(
                getTranslation("agreements.export.xlsx"),
                locale -> DownloadLink.File.xlsx("wego-agreements.xlsx", export.xlsx(currentFilter(), locale)));
        xlsx.addClassName("agreements-export-xlsx");
        actions.add(xlsx);
        grid.addColumn(a -> AgreementTexts.signed(a, messages))
                .setHeader(getTranslation("agreements.field.signed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> new Anchor(AgreementPage.ROUTE + "?id=" + a.id(), a.title(getLocale())))
                .setHeader(getTranslation("agreements.field.title"))
                .setFlexGrow(3);
        grid.addColumn(a -> getTranslation("agreements.kind." + a.kind().name()))
                .setHeader(getTranslation("agreements.field.kind"));
        grid.addColumn(a -> AgreementTexts.parties(a.parties(), messages, platform.organisations()))
                .setHeader(getTranslation("agreements.field.parties"))
                .setFlexGrow(2);
        grid.addColumn(a -> AgreementTexts.status(a, messages)).setHeader(getTranslation("agreements.field.status"));
        grid.addColumn(a -> AgreementTexts.expiry(a, messages)).setHeader(getTranslation("agreements.field.expiry"));
        grid.setAriaLabel(getTranslation("agreements.heading"));
        grid.addClassName("agreements-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H1(getTranslation("agreements.heading")), actions, toolbar, count, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.heading");
    }

    private <T> void filter(
            Select<T> select, String labelKey, List<T> items, java.util.function.Function<T, String> key) {
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("agreements.filter.all"));
        select.setItems(items);
        // Select asks for the empty item's label too.
        select.setItemLabelGenerator(
                item -> item == null ? getTranslation("agreements.filter.all") : getTranslation(key.apply(item)));
        select.addValueChangeListener(change -> refresh());
    }

    private Agreements.Filter currentFilter() {
        return new Agreements.Filter(
                search.getValue(),
                kind.getValue(),
                status.getValue(),
                counterpart.getValue(),
                year.getValue(),
                null,
                0,
                Agreements.MAX_PAGE);
    }

    private void refresh() {
        List<Agreement> found = agreements.list(currentFilter());
        grid.setItems(found);
        count.setText(getTranslation("agreements.count", found.size()));
    }
}
