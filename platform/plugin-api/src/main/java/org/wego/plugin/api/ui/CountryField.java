package org.wego.plugin.api.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.wego.plugin.api.InputRules;
import org.wego.plugin.api.Stability;

/**
 * A country chosen from the ISO 3166-1 list, named in the viewer's language and sorted as that language
 * sorts ("Vietnam (VN)", "베트남 (VN)"); its value is the two-letter code to store. Check it in the service
 * with {@link InputRules#optionalCountry} or {@link InputRules#country}.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public class CountryField extends ComboBox<String> {

    /** A country field labelled {@code label} (already translated). */
    public CountryField(String label) {
        super(label);
        Locale locale = getLocale();
        Collator collator = Collator.getInstance(locale);
        setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> name(code, locale), collator))
                .toList());
        setItemLabelGenerator(code -> name(code, getLocale()) + " (" + code + ")");
        addClassName("wego-country-field");
    }

    /** A country's name in a language, e.g. "Vietnam" or "베트남" for {@code VN}. */
    public static String name(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }
}
