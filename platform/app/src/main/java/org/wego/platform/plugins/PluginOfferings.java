package org.wego.platform.plugins;

import org.springframework.stereotype.Component;
import org.wego.platform.i18n.Translations;
import org.wego.platform.organisations.DataFindings;
import org.wego.platform.organisations.PluginSections;
import org.wego.platform.references.RecordTypes;
import org.wego.plugin.api.DataQuality;

/**
 * What a running plugin offers to other features (its record types for references, its sections of
 * the organisation page), registered when it starts and withdrawn when it stops, fails or goes; and
 * the services scoped to one plugin that come with them (its data-quality findings).
 */
@Component
class PluginOfferings {

    private final RecordTypes recordTypes;
    private final PluginSections sections;
    private final Translations translations;
    private final DataFindings findings;

    PluginOfferings(
            RecordTypes recordTypes, PluginSections sections, Translations translations, DataFindings findings) {
        this.recordTypes = recordTypes;
        this.sections = sections;
        this.translations = translations;
        this.findings = findings;
    }

    /** The findings service of one plugin: what it records carries its id. */
    DataQuality dataQuality(String pluginId) {
        return findings.forPlugin(pluginId);
    }

    /** After the plugin's bundle is added, so its type labels translate. */
    void register(String pluginId, DeclaredContributions declared) {
        recordTypes.register(pluginId, declared.recordTypes(), translations::getTranslation);
        sections.register(pluginId, declared.organisationSections());
    }

    void remove(String pluginId) {
        recordTypes.remove(pluginId);
        sections.remove(pluginId);
    }
}
