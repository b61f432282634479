package org.wego.plugin.api.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Stability;

/**
 * Several organisations of the registry (the participants of an event, the counterparties of an
 * agreement), found and shown as in {@link OrganisationPicker}; store their keys.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public class OrganisationsPicker extends MultiSelectComboBox<Organisation> {

    private final List<Organisation> organisations;

    /** As {@link OrganisationPicker#OrganisationPicker}. */
    public OrganisationsPicker(String label, OrganisationDirectory directory, Set<OrganisationType> types) {
        super(label);
        organisations = OrganisationPickers.offer(this, directory, types, this::getLocale);
    }

    /** Chooses the organisations of stored keys; keys not offered are left out. */
    public void setKeys(Collection<OrganisationKey> keys) {
        setValue(organisations.stream()
                .filter(organisation -> keys.contains(organisation.key()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The chosen organisations' keys. */
    public Set<OrganisationKey> getKeys() {
        return getValue().stream().map(Organisation::key).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
