package org.wego.plugins.training.nominations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.ui.OrganisationSectionContext;
import org.wego.plugin.api.ui.OrganisationSectionFactory;

/**
 * A city's nominations on its organisation page: per programme, how many of its officials stand in
 * which state. Counts only, and only for those who may see the city's private data (its own users, its
 * regional office, the secretariat); draft programmes only for the secretariat.
 */
@org.springframework.stereotype.Component
public class CityNominations implements OrganisationSectionFactory {

    /** One programme's nominations of one status. */
    record Row(long programmeId, String titleEn, String titleKo, String status, int officials) {

        String title(Messages messages) {
            return "ko".equals(messages.locale().getLanguage()) ? titleKo : titleEn;
        }
    }

    private final JdbcClient jdbc;

    CityNominations(PluginContext platform) {
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    @Override
    public Optional<Component> section(OrganisationSectionContext context) {
        if (!context.inScope()) {
            return Optional.empty();
        }
        List<Row> rows = rows(
                context.organisation().key().value(), context.viewer().hasRole(org.wego.plugin.api.Role.SECRETARIAT));
        Messages messages = context.messages();
        if (rows.isEmpty()) {
            return Optional.of(new Paragraph(messages.get("training.organisation.nominations.none")));
        }
        var grid = new Grid<Row>();
        grid.addColumn(r -> r.title(messages))
                .setHeader(messages.get("training.field.title"))
                .setFlexGrow(3);
        grid.addColumn(r -> messages.get("training.nomination.status." + r.status()))
                .setHeader(messages.get("training.field.status"));
        grid.addColumn(Row::officials).setHeader(messages.get("training.organisation.nominations.officials"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(messages.get("training.organisation.nominations"));
        return Optional.of(grid);
    }

    /** One read; no {@code @Transactional}: a proxy of this interface's type would not be a {@code CityNominations}. */
    List<Row> rows(String organisation, boolean withDrafts) {
        return jdbc.sql("""
                        SELECT p.id AS programme_id, p.title_en, p.title_ko, n.status, COUNT(*) AS officials
                        FROM training_nomination n JOIN training_programme p ON p.id = n.programme_id
                        WHERE n.organisation_key = :organisation AND (:drafts OR p.status <> 'DRAFT')
                        GROUP BY p.id, p.title_en, p.title_ko, p.start_date, n.status
                        ORDER BY p.start_date DESC, p.id DESC, n.status""")
                .param("organisation", organisation)
                .param("drafts", withDrafts)
                .query(Row.class)
                .list();
    }
}
