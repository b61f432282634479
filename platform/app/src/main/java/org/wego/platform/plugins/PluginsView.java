package org.wego.platform.plugins;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.SignedInUser;

/**
 * The secretariat's plugin administration: every plugin with its state and the reason of a failure;
 * upload a jar to install or upgrade it while the platform runs; enable, disable, uninstall.
 */
public class PluginsView extends VerticalLayout {

    /** Larger jars are refused before they are read: plugins bundle little, the platform provides the rest. */
    static final long MAX_JAR_BYTES = 50L * 1024 * 1024;

    private final PluginAdministration administration;
    private final SignedInUser user;
    private final Grid<PluginStatus> grid = new Grid<>();

    PluginsView(PluginAdministration administration, CurrentUser currentUser) {
        this.administration = administration;
        this.user = currentUser.require();
        setSizeFull();
        add(new H1(getTranslation("plugins.title")), new Paragraph(getTranslation("plugins.intro")));
        Reason trust = administration.trust(user);
        var trustText =
                new Paragraph(getTranslation(trust.key(), trust.arguments().toArray()));
        trustText.setId("plugin-trust");
        if (!trust.key().equals("plugins.trust.status")) {
            // No plugin can run: say so where the secretariat looks first, not only in each row.
            trustText.getElement().getThemeList().add("badge error");
        }
        add(trustText);

        UI ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            // PF4J reads a manifest only from a file named *.jar: give the upload its own (safe) name.
            String name = metadata.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
            Path folder = Files.createTempDirectory("wego-plugin-upload");
            Path jar = folder.resolve(name.endsWith(".jar") ? name : name + ".jar");
            Files.move(file.toPath(), jar);
            try {
                PluginStatus status = administration.installOrUpgrade(user, jar);
                ui.access(() -> report(status));
            } catch (PluginException e) {
                ui.access(() -> error(getTranslation("plugins.refused", reasonOf(e))));
            } finally {
                Files.deleteIfExists(jar);
                Files.deleteIfExists(folder);
            }
        }));
        upload.setAcceptedFileTypes(".jar", "application/java-archive");
        upload.setMaxFileSize((int) MAX_JAR_BYTES);
        upload.setDropLabel(new Span(getTranslation("plugins.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("plugins.upload")));
        upload.addFileRejectedListener(
                e -> error(getTranslation("plugins.upload.rejected", MAX_JAR_BYTES / 1024 / 1024)));
        add(upload);

        grid.addColumn(PluginStatus::id).setHeader(getTranslation("plugins.id")).setAutoWidth(true);
        grid.addColumn(PluginStatus::version)
                .setHeader(getTranslation("plugins.version"))
                .setAutoWidth(true);
        grid.addColumn(PluginStatus::apiRange)
                .setHeader(getTranslation("plugins.api-range"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::migrations)
                .setHeader(getTranslation("plugins.migrations"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("plugins.state"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.reason() == null ? p.description() : reasonOf(p))
                .setHeader(getTranslation("plugins.detail"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("plugins.actions"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("plugins.title"));
        addAndExpand(grid);
        refresh();
    }

    /** How many change sets are applied, the list on demand: an upgrade shows its new ones here. */
    private Component migrations(PluginStatus plugin) {
        if (plugin.migrations().isEmpty()) {
            return new Span(getTranslation("plugins.migrations.none"));
        }
        var details = new Details(
                getTranslation("plugins.migrations.count", plugin.migrations().size()));
        var list = new UnorderedList();
        plugin.migrations().forEach(m -> list.add(new ListItem(m)));
        details.add(list);
        return details;
    }

    private Span state(PluginStatus plugin) {
        var badge = new Span(getTranslation("plugins.state." + plugin.state().name()));
        String theme = switch (plugin.state()) {
            case STARTED -> "badge success";
            case DISABLED -> "badge contrast";
            case FAILED -> "badge error";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private HorizontalLayout actions(PluginStatus plugin) {
        var actions = new HorizontalLayout();
        if (plugin.state() == PluginState.STARTED) {
            actions.add(action("plugins.disable", plugin, () -> administration.disable(user, plugin.id())));
        } else {
            actions.add(action("plugins.enable", plugin, () -> report(administration.enable(user, plugin.id()))));
        }
        var uninstall = new Button(getTranslation("plugins.uninstall"), click -> {
            var confirm = new ConfirmDialog(
                    getTranslation("plugins.uninstall.title", plugin.id()),
                    getTranslation("plugins.uninstall.text"),
                    getTranslation("plugins.uninstall.drop"),
                    e -> run(() -> administration.uninstall(user, plugin.id(), true)),
                    getTranslation("plugins.uninstall.keep"),
                    e -> run(() -> administration.uninstall(user, plugin.id(), false)));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("plugins.cancel"));
            confirm.open();
        });
        uninstall.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        uninstall.setAriaLabel(getTranslation("plugins.uninstall") + " " + plugin.id());
        actions.add(uninstall);
        return actions;
    }

    private Button action(String key, PluginStatus plugin, Runnable task) {
        var button = new Button(getTranslation(key), click -> run(task));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key) + " " + plugin.id());
        return button;
    }

    private void run(Runnable task) {
        try {
            task.run();
        } catch (PluginException e) {
            error(getTranslation("plugins.refused", reasonOf(e)));
        }
        refresh();
    }

    /** A refusal in the reader's language when it has a message key, else the runtime's own words. */
    private String reasonOf(PluginException e) {
        return e.messageKey()
                .map(key -> getTranslation(key, e.arguments().toArray()))
                .orElse(String.valueOf(e.getMessage()));
    }

    private String reasonOf(PluginStatus plugin) {
        return plugin.reasonKey() != null
                ? getTranslation(plugin.reasonKey(), plugin.reasonArguments().toArray())
                : String.valueOf(plugin.reason());
    }

    private void report(PluginStatus status) {
        if (status.state() == PluginState.FAILED) {
            error(getTranslation("plugins.failed", status.id(), reasonOf(status)));
        } else {
            Notification.show(getTranslation(
                            "plugins.done",
                            status.id(),
                            status.version(),
                            getTranslation("plugins.state." + status.state().name())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        refresh();
    }

    private void error(String message) {
        var notification = Notification.show(message, 10_000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        grid.setItems(administration.plugins(user));
    }
}
