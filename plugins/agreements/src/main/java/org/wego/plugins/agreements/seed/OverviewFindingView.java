package org.wego.plugins.agreements.seed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.NewPartner;
import org.wego.plugins.agreements.register.AgreementsView;

/**
 * The secretariat's side of the 2020 finding: the overview's line, its likely reading, and the action that
 * confirms it (creates the three agreements and resolves the finding on the data-quality screen).
 */
public class OverviewFindingView extends VerticalLayout {

    /** The page's route (secretariat only). */
    public static final String ROUTE = "agreements/overview-2020";

    public OverviewFindingView(OverviewFinding finding) {
        addClassName("agreements-seed-2020");
        add(new Anchor(AgreementsView.ROUTE, getTranslation("agreements.back")));
        add(new H1(getTranslation("agreements.seed.2020.title")));
        add(new Paragraph(getTranslation(
                "agreements.seed.finding.mou-2020",
                Integer.toString(OverviewFinding.REPORTED_COUNT),
                OverviewFinding.RAW_LINE)));
        var reading = new UnorderedList();
        boolean korean = "ko".equals(getLocale().getLanguage());
        for (NewPartner partner : OverviewFinding.READING) {
            reading.add(new ListItem(korean ? partner.nameKo() : partner.nameEn()));
        }
        add(new Paragraph(getTranslation("agreements.seed.2020.reading")), reading);
        var outcome = new Paragraph();
        outcome.addClassName("agreements-seed-2020-outcome");
        var confirm = new Button(getTranslation("agreements.seed.2020.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("agreements-seed-2020-confirm");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            try {
                int created = finding.confirm().size();
                outcome.setText(getTranslation("agreements.seed.2020.confirmed", created));
            } catch (InvalidInputException e) {
                outcome.setText(getTranslation(e.messageKey(), e.arguments().toArray()));
            }
        });
        add(confirm, outcome);
    }
}
