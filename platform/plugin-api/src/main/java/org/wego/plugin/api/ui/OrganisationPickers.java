package org.wego.plugin.api.ui;

import com.vaadin.flow.component.combobox.ComboBox.ItemFilter;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.function.SerializableSupplier;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Stability;

/** What {@link OrganisationPicker} and {@link OrganisationsPicker} share: the types to offer, loading, names. */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public final class OrganisationPickers {

    /** Members: cities, companies and institutions. */
    public static final Set<OrganisationType> MEMBERS =
            EnumSet.of(OrganisationType.CITY, OrganisationType.COMPANY, OrganisationType.INSTITUTION);

    /** Partners: organisations the secretariat works with that are not members. */
    public static final Set<OrganisationType> PARTNERS = EnumSet.of(OrganisationType.PARTNER);

    /** Members and partners. */
    public static final Set<OrganisationType> MEMBERS_AND_PARTNERS = EnumSet.of(
            OrganisationType.CITY, OrganisationType.COMPANY, OrganisationType.INSTITUTION, OrganisationType.PARTNER);

    /** The registry holds a few hundred organisations; a page per type covers them. */
    private static final int PAGE = 500;

    private OrganisationPickers() {}

    /** How an organisation is shown in a picker: its name in the language, and its country when it has one. */
    public static String label(Organisation organisation, Locale locale) {
        String name = organisation.name(locale);
        return organisation.country() == null ? name : name + " (" + organisation.country() + ")";
    }

    /** Offers the registry's organisations of the types in a picker, found and shown the pickers' way. */
    static List<Organisation> offer(
            ComboBoxBase<?, Organisation, ?> picker,
            OrganisationDirectory directory,
            Set<OrganisationType> types,
            SerializableSupplier<Locale> language) {
        Locale locale = language.get();
        List<Organisation> organisations = load(directory, types, locale);
        picker.setItems(filter(locale), organisations);
        picker.setItemLabelGenerator(organisation -> label(organisation, language.get()));
        picker.addClassName("wego-organisation-picker");
        return organisations;
    }

    static List<Organisation> load(OrganisationDirectory directory, Set<OrganisationType> types, Locale locale) {
        var found = new ArrayList<Organisation>();
        for (OrganisationType type : types) {
            int offset = 0;
            List<Organisation> page;
            do {
                page = directory.search(
                        new OrganisationDirectory.Query(null, type, null, null, null, null, offset, PAGE));
                found.addAll(page);
                offset += PAGE;
            } while (page.size() == PAGE);
        }
        Collator collator = Collator.getInstance(locale);
        found.sort(Comparator.comparing(organisation -> organisation.name(locale), collator));
        return found;
    }

    /** Matches any name or the key, ignoring case. */
    static ItemFilter<Organisation> filter(Locale locale) {
        return (organisation, typed) -> {
            String text = typed.strip().toLowerCase(locale);
            return text.isEmpty()
                    || organisation.nameEn().toLowerCase(locale).contains(text)
                    || organisation.nameKo().contains(text)
                    || organisation.nameLocal() != null
                            && organisation.nameLocal().toLowerCase(locale).contains(text)
                    || organisation.key().value().contains(text);
        };
    }
}
