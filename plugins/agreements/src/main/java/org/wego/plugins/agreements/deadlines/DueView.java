package org.wego.plugins.agreements.deadlines;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugins.agreements.register.Agreement;
import org.wego.plugins.agreements.register.AgreementPage;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.Status;

/**
 * What needs a decision: the notice deadlines and expiries of the live agreements in the reader's scope within
 * the next N days (120 by default), soonest first. "Expiring" is this view, not a status. The secretariat also
 * keeps its calendar feed here: make a secret address (shown once), or revoke it.
 */
public class DueView extends VerticalLayout implements HasDynamicTitle {

    /** The view's route. */
    public static final String ROUTE = "agreements/due";

    /** How many days ahead the view looks unless the reader chooses otherwise. */
    static final int DEFAULT_DAYS = 120;

    static final int MAX_DAYS = 3660;

    private final Agreements agreements;
    private final PluginContext platform;
    private final IntegerField within = new IntegerField();
    private final Grid<Deadline> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Map<Long, Agreement> shown = new HashMap<>();

    public DueView(Agreements agreements, FeedTokens tokens, PluginContext platform, Environment environment) {
        this.agreements = agreements;
        this.platform = platform;
        addClassName("agreements-due");
        within.setLabel(getTranslation("agreements.due.within"));
        within.setValue(DEFAULT_DAYS);
        within.setMin(1);
        within.setMax(MAX_DAYS);
        within.setStepButtonsVisible(true);
        within.setValueChangeMode(ValueChangeMode.LAZY);
        within.addClassName("agreements-due-within");
        within.addValueChangeListener(change -> refresh());
        var toolbar = new HorizontalLayout(within);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        LocalDate today = LocalDate.now(platform.clock());
        grid.addColumn(d -> d.date().toString())
                .setHeader(getTranslation("agreements.due.field.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> getTranslation("agreements.due.kind." + d.kind().name()))
                .setHeader(getTranslation("agreements.due.field.kind"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.daysFrom(today) == 0
                        ? getTranslation("agreements.due.today")
                        : getTranslation("agreements.days", d.daysFrom(today)))
                .setHeader(getTranslation("agreements.due.field.left"))
                .setAutoWidth(true);
        grid.addComponentColumn(d -> new Anchor(
                        AgreementPage.ROUTE + "?id=" + d.term().id(), d.term().title(getLocale())))
                .setHeader(getTranslation("agreements.field.title"))
                .setFlexGrow(3);
        grid.addColumn(d -> {
                    Agreement a = shown.get(d.term().id());
                    return a == null || a.officerName() == null ? "" : a.officerName();
                })
                .setHeader(getTranslation("agreements.due.field.officer"));
        grid.setAriaLabel(getTranslation("agreements.due.heading"));
        grid.addClassName("agreements-due-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H1(getTranslation("agreements.due.heading")), toolbar, count, grid);
        if (agreements.mayManage()) {
            add(new FeedSection(tokens, environment.getProperty("wego.base-url", "")));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.due.heading");
    }

    private void refresh() {
        Integer days = within.getValue();
        if (days == null || days < 1 || days > MAX_DAYS) {
            within.setInvalid(true);
            within.setErrorMessage(getTranslation("agreements.due.within.invalid", MAX_DAYS));
            return;
        }
        within.setInvalid(false);
        LocalDate today = LocalDate.now(platform.clock());
        shown.clear();
        var terms = new ArrayList<Term>();
        // The live statuses, each through the register and so in the reader's scope.
        for (Status status : List.of(Status.ACTIVE, Status.SIGNED)) {
            for (Agreement a : agreements.list(
                    new Agreements.Filter(null, null, status, null, null, null, 0, Agreements.MAX_PAGE))) {
                shown.put(a.id(), a);
                terms.add(Term.of(a));
            }
        }
        List<Deadline> due = Deadline.between(
                terms, List.of(Deadline.Kind.NOTICE, Deadline.Kind.EXPIRY), today, today.plusDays(days));
        grid.setItems(due);
        count.setText(getTranslation("agreements.due.count", due.size()));
    }

    /** The secretariat user's own calendar feed: make a secret address, shown once, or revoke it. */
    private static final class FeedSection extends VerticalLayout {

        private final FeedTokens tokens;
        private final String baseUrl;

        FeedSection(FeedTokens tokens, String baseUrl) {
            this.tokens = tokens;
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            addClassName("agreements-due-feed");
            setPadding(false);
            show(null);
        }

        private void show(@Nullable String made) {
            removeAll();
            add(new H2(getTranslation("agreements.due.feed.heading")));
            add(new Paragraph(getTranslation("agreements.due.feed.explain")));
            var problem = new Paragraph();
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            var live = tokens.current();
            if (made != null) {
                var address = new TextField(getTranslation("agreements.due.feed.address"));
                address.setValue(baseUrl + DeadlineFeed.PATH + made);
                address.setReadOnly(true);
                address.setWidthFull();
                address.addClassName("agreements-due-feed-address");
                add(address, new Paragraph(getTranslation("agreements.due.feed.once")));
            } else if (live.isPresent()) {
                add(new Paragraph(getTranslation(
                        "agreements.due.feed.since",
                        live.get().createdAt().toLocalDate().toString())));
            } else {
                add(new Paragraph(getTranslation("agreements.due.feed.none")));
            }
            var create = new Button(
                    getTranslation(live.isPresent() ? "agreements.due.feed.replace" : "agreements.due.feed.create"),
                    click -> show(tokens.create(getLocale())));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClassName("agreements-due-feed-create");
            var actions = new HorizontalLayout(create);
            live.ifPresent(token -> {
                var revoke = new Button(getTranslation("agreements.due.feed.revoke"), click -> {
                    try {
                        tokens.revoke(token.id(), token.version());
                        show(null);
                    } catch (InvalidInputException e) {
                        problem.setText(
                                getTranslation(e.messageKey(), e.arguments().toArray()));
                    }
                });
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
                revoke.addClassName("agreements-due-feed-revoke");
                actions.add(revoke);
            });
            add(actions, problem);
        }
    }
}
