package org.wego.platform.plugins;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.wego.platform.navigation.Contributions;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.ApprovalType;
import org.wego.plugin.api.AttachedTo;
import org.wego.plugin.api.AttachmentRule;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.PluginContributions;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.RecordType;
import org.wego.plugin.api.Reminder;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.ui.OrganisationSectionContribution;
import org.wego.plugin.api.ui.ViewContribution;
import org.wego.plugin.api.ui.WidgetContribution;

/**
 * What one plugin declared, checked against the contract as it is declared, so the author learns
 * every mistake at once: the whole list goes into the plugin's failure reason.
 */
final class DeclaredContributions implements PluginContributions {

    private static final Pattern JOB_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> VAADIN_ICONS = java.util.Arrays.stream(
                    com.vaadin.flow.component.icon.VaadinIcon.values())
            .map(icon ->
                    "vaadin:" + icon.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final String pluginId;
    private final List<ViewContribution> views = new ArrayList<>();
    private final List<MenuEntry> menuEntries = new ArrayList<>();
    private final List<WidgetContribution> widgets = new ArrayList<>();
    private final Map<String, Set<Role>> permissions = new LinkedHashMap<>();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, ApprovalType> approvalTypes = new LinkedHashMap<>();
    private final Map<String, AttachmentRule> attachmentRules = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, RecordType> recordTypes = new LinkedHashMap<>();
    private final Map<String, OrganisationSectionContribution> organisationSections = new LinkedHashMap<>();
    private final Map<String, Reminder> reminders = new LinkedHashMap<>();
    private org.wego.plugin.api.@org.jspecify.annotations.Nullable DemoData demoData;

    /** A job as declared: its cluster-wide name is {@code {pluginId}/{name}}. */
    record Job(String name, Duration interval, Runnable task) {}

    DeclaredContributions(String pluginId) {
        this.pluginId = pluginId;
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public PluginContributions view(ViewContribution view) {
        checkOwnPath("view", view.path());
        checkAccess("view '" + view.path() + "'", view.access());
        views.add(view);
        return this;
    }

    @Override
    public PluginContributions menu(MenuEntry entry) {
        checkOwnPath("menu entry", entry.path());
        if (entry.icon().startsWith("vaadin:") && !VAADIN_ICONS.contains(entry.icon())) {
            // An unknown name renders as nothing at all: say so now.
            problems.add("menu entry '" + entry.labelKey() + "' names icon '" + entry.icon()
                    + "', which Vaadin's icon set does not have");
        }
        checkAccess("menu entry '" + entry.labelKey() + "'", entry.access());
        menuEntries.add(entry);
        return this;
    }

    @Override
    public PluginContributions widget(WidgetContribution widget) {
        if (!widget.id().startsWith(pluginId + ".")) {
            problems.add("widget id '" + widget.id() + "' must start with '" + pluginId + ".'");
        }
        checkAccess("widget '" + widget.id() + "'", widget.access());
        widgets.add(widget);
        return this;
    }

    @Override
    public PluginContributions permission(String name, Role first, Role... more) {
        String[] parts = name.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(pluginId) || parts[1].isBlank() || parts[2].isBlank()) {
            problems.add("permission '" + name + "' must be named " + pluginId + ".{feature}.{action}");
        } else if (permissions.putIfAbsent(name, EnumSet.of(first, more)) != null) {
            problems.add("permission '" + name + "' is declared twice");
        }
        return this;
    }

    @Override
    public PluginContributions job(String name, Duration interval, Runnable task) {
        if (!JOB_NAME.matcher(name).matches()) {
            problems.add("job name '" + name + "' must be lower-case letters, digits and hyphens");
        } else if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            problems.add("job '" + name + "' runs more often than once a second");
        } else if (jobs.putIfAbsent(name, new Job(name, interval, task)) != null) {
            problems.add("job '" + name + "' is declared twice");
        }
        return this;
    }

    @Override
    public PluginContributions approvalType(ApprovalType type) {
        String kind = type.name().startsWith(pluginId + ".") ? type.name().substring(pluginId.length() + 1) : "";
        if (!JOB_NAME.matcher(kind).matches()) {
            problems.add("approval type '" + type.name() + "' must be named " + pluginId
                    + ".{kind}, the kind in lower-case letters, digits and hyphens");
        } else if (approvalTypes.putIfAbsent(type.name(), type) != null) {
            problems.add("approval type '" + type.name() + "' is declared twice");
        }
        return this;
    }

    @Override
    public PluginContributions recordType(RecordType type) {
        if (!RecordReference.isValidType(type.name())) {
            problems.add("record type '" + type.name() + "' must be lower-case letters, digits and hyphens");
        } else if (recordTypes.putIfAbsent(type.name(), type) != null) {
            problems.add("record type '" + type.name() + "' is declared twice");
        }
        return this;
    }

    @Override
    public PluginContributions organisationSection(OrganisationSectionContribution section) {
        String name = section.id().startsWith(pluginId + ".") ? section.id().substring(pluginId.length() + 1) : "";
        if (!JOB_NAME.matcher(name).matches()) {
            problems.add("organisation section '" + section.id() + "' must be named " + pluginId
                    + ".{name}, the name in lower-case letters, digits and hyphens");
        } else if (organisationSections.putIfAbsent(section.id(), section) != null) {
            problems.add("organisation section '" + section.id() + "' is declared twice");
        }
        if (section.access().isPublic()) {
            // The organisation page shows plugin sections to signed-in users only.
            problems.add("organisation section '" + section.id() + "' cannot be public: name the roles that see it");
        } else {
            checkAccess("organisation section '" + section.id() + "'", section.access());
        }
        return this;
    }

    @Override
    public PluginContributions reminder(Reminder reminder) {
        if (reminders.putIfAbsent(reminder.name(), reminder) != null) {
            problems.add("reminder '" + reminder.name() + "' is declared twice");
        }
        return this;
    }

    @Override
    public PluginContributions attachmentRule(String entity, AttachmentRule rule) {
        if (!AttachedTo.isEntity(entity) || !entity.startsWith(pluginId + ".")) {
            problems.add("attachment rule for '" + entity + "': the entity must be named " + pluginId
                    + ".{record}, as the plugin stores its files");
        } else if (attachmentRules.putIfAbsent(entity, rule) != null) {
            problems.add("attachment rule for '" + entity + "' is declared twice");
        }
        return this;
    }

    @Override
    public PluginContributions demoData(org.wego.plugin.api.DemoData data) {
        if (demoData != null) {
            problems.add("demo data is declared twice: declare one set that loads all of the plugin's demo records");
        }
        demoData = data;
        return this;
    }

    private void checkOwnPath(String what, String path) {
        if (!path.equals(pluginId) && !path.startsWith(pluginId + "/")) {
            problems.add(what + " path '" + path + "' must be '" + pluginId + "' or start with '" + pluginId + "/'");
        }
    }

    private void checkAccess(String what, Access access) {
        if (!access.isPublic() && access.roles().isEmpty()) {
            problems.add(what + " declares no role: name the roles that may use it, or public access");
        }
    }

    /**
     * Every view needs a title in both languages (WCAG 2.4.2: a page without a title is anonymous to
     * a screen reader's window list): a view without a title key, or whose key either of the plugin's
     * bundles lacks, is a problem. Checked once the plugin has declared everything.
     */
    void checkTitles(ClassLoader loader) {
        var english = ViewTitles.keysOf("i18n/" + pluginId + "_en.properties", loader);
        var korean = ViewTitles.keysOf("i18n/" + pluginId + "_ko.properties", loader);
        problems.addAll(ViewTitles.problems(views, english, korean));
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    Contributions navigation() {
        return new Contributions(pluginId, views, menuEntries, widgets);
    }

    Map<String, Set<Role>> permissions() {
        return Map.copyOf(permissions);
    }

    List<ApprovalType> approvalTypes() {
        return List.copyOf(approvalTypes.values());
    }

    List<Job> jobs() {
        return List.copyOf(jobs.values());
    }

    List<RecordType> recordTypes() {
        return List.copyOf(recordTypes.values());
    }

    List<OrganisationSectionContribution> organisationSections() {
        return List.copyOf(organisationSections.values());
    }

    List<Reminder> reminders() {
        return List.copyOf(reminders.values());
    }

    /** The attachment rules by entity, in the order declared. */
    Map<String, AttachmentRule> attachmentRules() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attachmentRules));
    }

    /** The demo data set, if the plugin declared one. */
    java.util.Optional<org.wego.plugin.api.DemoData> demoData() {
        return java.util.Optional.ofNullable(demoData);
    }
}
