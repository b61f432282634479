package org.wego.platform.references;

import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.wego.platform.i18n.Translations;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.RecordLookup;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.RecordReferences;
import org.wego.plugin.api.RecordType;
import org.wego.plugin.api.ReferencedRecord;
import org.wego.plugin.api.ShownReference;

/** Shows references by asking the owning plugin, and never fails for a plugin that is not there. */
@Service
class PlatformRecordReferences implements RecordReferences {

    static final String UNAVAILABLE_KEY = "references.unavailable";

    private static final Logger LOG = LoggerFactory.getLogger(PlatformRecordReferences.class);

    private final RecordTypes types;
    private final CurrentUser currentUser;
    private final Translations translations;

    PlatformRecordReferences(RecordTypes types, CurrentUser currentUser, Translations translations) {
        this.types = types;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    @Override
    public ShownReference show(RecordReference reference, Locale locale) {
        Locale language = translations.supported(locale);
        Optional<ReferencedRecord> found = types.running(reference.pluginId(), reference.type())
                .flatMap(type -> resolve(type, reference, language));
        return found.map(r -> new ShownReference(reference, r.title(), r.link(), true))
                .orElseGet(() -> new ShownReference(reference, unavailable(reference, language), null, false));
    }

    @Override
    public boolean isOffered(String pluginId, String type) {
        return types.running(pluginId, type).isPresent();
    }

    private Optional<ReferencedRecord> resolve(RecordType type, RecordReference reference, Locale language) {
        try {
            return type.resolver()
                    .resolve(new RecordLookup(reference.id(), currentUser.get().orElse(null), language));
        } catch (RuntimeException e) {
            // The owning plugin's fault must not break the page of the plugin that shows the reference.
            LOG.warn("The resolver of {} failed for {}", type.name(), reference, e);
            return Optional.empty();
        }
    }

    /** "Record of training programme (not available)"; the plugin's id when the type never ran here. */
    private String unavailable(RecordReference reference, Locale language) {
        String what = types.lastLabel(reference.pluginId(), reference.type(), language)
                .orElse(reference.pluginId());
        return translations.getTranslation(UNAVAILABLE_KEY, language, what);
    }
}
