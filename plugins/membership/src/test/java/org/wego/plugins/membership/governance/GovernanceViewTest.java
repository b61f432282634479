package org.wego.plugins.membership.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.testkit.UnitTestContext;
import org.wego.plugins.membership.MembershipPlugin;
import org.wego.plugins.membership.NoDatabase;
import org.wego.plugins.membership.governance.GovernanceRecords.Meeting;
import org.wego.plugins.membership.governance.GovernanceRecords.Office;

/**
 * The secretariat's governance forms as a component tree: a missing value and a value the service
 * refuses show their messages next to their own fields (Binder with the InputErrors bridge). The
 * service's checks are the real ones and refuse before writing; the registry is empty (no I/O).
 */
class GovernanceViewTest {

    private static final SignedInUser SECRETARIAT = new SignedInUser(
            "u-s",
            "u-s",
            "Officer",
            "officer@example.org",
            Set.of(Role.SECRETARIAT),
            OrganisationKey.of("wego-secretariat"),
            Locale.ENGLISH);
    /** Not in the (empty) registry: the service refuses it as host or office holder. */
    private static final Organisation UNKNOWN = new Organisation(
            9,
            OrganisationKey.of("xx-atlantis"),
            OrganisationType.CITY,
            "Atlantis",
            "아틀란티스",
            null,
            null,
            null,
            false,
            null,
            MembershipStatus.MEMBER,
            null,
            null,
            null,
            1);

    private final PluginContext platform = NoDatabase.context(
            UnitTestContext.of(
                    "membership",
                    SECRETARIAT,
                    (user, permission) -> permission.equals(MembershipPlugin.EDIT_GOVERNANCE)),
            List.of());
    private final GovernanceView view = new GovernanceView(new Empty(platform), null, platform);

    @Test
    void aMissingMeetingDateAndARefusedHostShowNextToTheirFields() {
        click("membership-add-meeting");
        assertThat(error(DatePicker.class, "membership.governance.field.date")).contains("membership.invalid.required");

        field(DatePicker.class, "membership.governance.field.date").setValue(LocalDate.of(2026, 5, 1));
        hostPicker().setValue(UNKNOWN);
        click("membership-add-meeting");

        assertThat(error(DatePicker.class, "membership.governance.field.date")).isNull();
        assertThat(error(ComboBox.class, "membership.governance.field.host"))
                .contains("membership.invalid.organisation");
    }

    @Test
    void theOfficeFormShowsEachMissingValueByItsField() {
        click("membership-add-office");
        assertThat(error(Select.class, "membership.governance.field.office")).contains("membership.invalid.required");
        assertThat(error(ComboBox.class, "membership.governance.field.city")).contains("membership.invalid.required");
        assertThat(error(DatePicker.class, "membership.governance.field.term-start"))
                .contains("membership.invalid.required");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Organisation> hostPicker() {
        return field(ComboBox.class, "membership.governance.field.host");
    }

    private void click(String className) {
        all(view)
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(b -> b.getClassNames().contains(className))
                .findFirst()
                .orElseThrow()
                .click();
    }

    private <T extends Component & HasLabel> T field(Class<T> type, String labelKey) {
        return all(view)
                .filter(type::isInstance)
                .map(type::cast)
                .filter(c -> c.getLabel() != null && c.getLabel().contains(labelKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + labelKey));
    }

    private <T extends Component & HasLabel> String error(Class<T> type, String labelKey) {
        HasValidation field = (HasValidation) field(type, labelKey);
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(GovernanceViewTest::all));
    }

    /** Governance without records: its writing methods are the real ones, refusing before any write. */
    private static final class Empty extends Governance {
        Empty(PluginContext platform) {
            super(platform, null, null);
        }

        @Override
        List<Office> offices() {
            return List.of();
        }

        @Override
        public List<Meeting> meetings() {
            return List.of();
        }
    }
}
