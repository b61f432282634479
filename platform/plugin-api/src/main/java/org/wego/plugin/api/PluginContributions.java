package org.wego.plugin.api;

import java.time.Duration;
import org.wego.plugin.api.ui.OrganisationSectionContribution;
import org.wego.plugin.api.ui.ViewContribution;
import org.wego.plugin.api.ui.WidgetContribution;

/**
 * What a plugin adds to the platform, declared in {@link WegoPlugin#contribute}. The platform checks
 * each declaration and refuses the whole plugin, with the reason, if one is wrong: a view or menu
 * entry whose access names no role and is not explicitly public, a route path outside the plugin's
 * own ({@code {pluginId}} or {@code {pluginId}/...}), a permission not named
 * {@code {pluginId}.{feature}.{action}}, an approval type not named {@code {pluginId}.{kind}}.
 *
 * <p>Stable for 1.x: plugins call it, only the platform implements it. A minor version may add
 * kinds of contribution; none of 1.0 is removed or changed before 2.0.
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public interface PluginContributions {

    /** The id of the plugin declaring, e.g. {@code training}. */
    String pluginId();

    /** A view at a route path under the plugin's id, with the roles that may open it. */
    PluginContributions view(ViewContribution view);

    /** An entry of the side navigation, shown to the roles its access names. */
    PluginContributions menu(MenuEntry entry);

    /** A card on the home dashboard. */
    PluginContributions widget(WidgetContribution widget);

    /**
     * A permission and the roles that hold it, e.g. {@code training.enrolment.approve} for the
     * secretariat. Check it with {@link Permissions}.
     */
    PluginContributions permission(String name, Role first, Role... more);

    /**
     * A job that runs every {@code interval} once in the whole cluster (not once per node), first one
     * interval after the plugin starts. Its name is unique within the plugin. An exception is logged
     * and the job runs again at the next interval.
     */
    PluginContributions job(String name, Duration interval, Runnable task);

    /**
     * A kind of request this plugin submits to the secretariat's approvals inbox through {@link
     * Approvals}, and what to do when one is decided. Its name is {@code {pluginId}.{kind}}, unique
     * within the plugin.
     */
    PluginContributions approvalType(ApprovalType type);

    // Record references and organisation page sections (issue 14, section 2).

    /**
     * A kind of this plugin's records that other plugins may refer to as {@code
     * {pluginId}:{name}:{id}} (see {@link RecordReference}), with the resolver that finds one record
     * as a viewer may see it. Its name is unique within the plugin.
     */
    PluginContributions recordType(RecordType type);

    /**
     * A section of the organisation page (e.g. a city's trainees), shown to the roles its access
     * names, built for each organisation and viewer. Its id is {@code {pluginId}.{name}}, unique.
     */
    PluginContributions organisationSection(OrganisationSectionContribution section);
    /**
     * A deadline reminder: {@code N} days before each deadline its {@link DueDates} returns, the
     * platform notifies the deadline's recipients, once per record, deadline and lead time in the
     * whole cluster (see {@link Reminder}). Its name is unique within the plugin; the platform sweeps
     * every {@code wego.reminders.sweep-interval} (an hour by default), first one interval after the
     * plugin starts.
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
    PluginContributions reminder(Reminder reminder);
    // Attachment rules (issue 14, section 1): declared, not set as a side effect of contribute.

    /**
     * Who may see and download the files of one kind of this plugin's records, replacing the default
     * organisation scope (see {@link AttachmentRule}). The entity is the one the plugin stores files
     * under ({@link AttachedTo#entity()}), named {@code {pluginId}.{record}}, with one rule each. The
     * platform applies the rule while the plugin runs and drops it when the plugin stops.
     */
    PluginContributions attachmentRule(String entity, AttachmentRule rule);

    // Demo data (issue 14, section 5): optional, so a default that declares nothing keeps 1.0 callers compiling.

    /**
     * The plugin's demo data set, loaded once into a database made by {@code ./wego run --demo} (see
     * {@link DemoData}); never into any other database. One set per plugin: a second is refused.
     * The default declares nothing (a platform before 1.1 loads no demo data).
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
    default PluginContributions demoData(DemoData data) {
        return this;
    }
}
