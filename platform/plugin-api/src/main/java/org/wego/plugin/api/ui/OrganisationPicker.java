package org.wego.plugin.api.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Stability;

/**
 * One organisation of the registry, of the types a form allows (members, partners, both), found by any of
 * its names or its key as the user types, shown as "name (country)" in the viewer's language. Its value is
 * the {@link Organisation}; store its {@link Organisation#key()}. {@link OrganisationsPicker} picks several.
 * The registry is read once, when the field is made.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public class OrganisationPicker extends ComboBox<Organisation> {

    private final List<Organisation> organisations;

    /**
     * @param label the field's label, translated
     * @param directory the registry ({@code context.organisations()})
     * @param types the types offered, e.g. {@link OrganisationPickers#MEMBERS} or {@code
     *     Set.of(OrganisationType.PARTNER)}
     */
    public OrganisationPicker(String label, OrganisationDirectory directory, Set<OrganisationType> types) {
        super(label);
        organisations = OrganisationPickers.offer(this, directory, types, this::getLocale);
    }

    /** Chooses the organisation of a stored key; none when the key is {@code null} or not offered. */
    public void setKey(@Nullable OrganisationKey key) {
        setValue(
                key == null
                        ? null
                        : organisations.stream()
                                .filter(organisation -> organisation.key().equals(key))
                                .findFirst()
                                .orElse(null));
    }

    /** The chosen organisation's key, or {@code null}. */
    public @Nullable OrganisationKey getKey() {
        Organisation chosen = getValue();
        return chosen == null ? null : chosen.key();
    }
}
