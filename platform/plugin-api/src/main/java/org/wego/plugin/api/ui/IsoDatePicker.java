package org.wego.plugin.api.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.wego.plugin.api.Stability;

/**
 * A date picker that shows and takes dates as {@code 2027-03-01} in every language: unambiguous for people
 * in any country (3/1 is March in one and January in another), and what the platform prints elsewhere.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public class IsoDatePicker extends DatePicker {

    /** A picker labelled {@code label} (already translated). */
    public IsoDatePicker(String label) {
        super(label);
        iso(this);
    }

    /** Makes an existing picker show and take ISO dates; returns it. */
    public static <T extends DatePicker> T iso(T picker) {
        var i18n = new DatePickerI18n();
        i18n.setDateFormat("yyyy-MM-dd");
        picker.setI18n(i18n);
        return picker;
    }
}
