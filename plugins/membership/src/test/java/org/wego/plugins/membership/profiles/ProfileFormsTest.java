package org.wego.plugins.membership.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.Topic;
import org.wego.plugin.api.TopicChoices;
import org.wego.plugin.testkit.UnitTestContext;

/**
 * The profile's forms as component trees: a value the service refuses shows its message next to its own
 * field (Binder with the InputErrors bridge), a refusal of the whole form under it, and nothing is saved.
 * The service is the real one, refusing before any I/O; no browser.
 */
class ProfileFormsTest {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final SignedInUser OFFICIAL = new SignedInUser(
            "u-hanoi",
            "u-hanoi",
            "Hanoi official",
            "hanoi@example.org",
            Set.of(Role.MEMBER_CITY),
            HANOI,
            Locale.ENGLISH);

    private final MemberProfiles profiles =
            new MemberProfiles(UnitTestContext.of("membership", OFFICIAL, MemberProfilesTest.DECLARED));
    private final List<Descriptive> saved = new ArrayList<>();

    private DescriptiveForm descriptive() {
        return new DescriptiveForm(Descriptive.empty(), FocusAreasTest.seeded(), input -> {
            profiles.saveDescriptive(HANOI, 0, Descriptive.empty(), input);
            saved.add(input);
        });
    }

    @Test
    void aRefusedDescriptiveValueShowsNextToItsFieldAndClearsWhenChanged() {
        var form = descriptive();
        form.address.setValue("Hoan Kiem\u0007");

        form.send();

        assertThat(form.address.isInvalid()).isTrue();
        assertThat(form.address.getErrorMessage()).contains("input.invalid.control");
        assertThat(form.errors.shown(ProfileInput.ADDRESS)).isEqualTo(form.address.getErrorMessage());
        assertThat(form.population.isInvalid()).isFalse();
        assertThat(form.message.getText()).isEmpty();
        assertThat(saved).as("nothing is saved").isEmpty();

        form.address.setValue("Hoan Kiem");
        assertThat(form.address.isInvalid()).isFalse();
    }

    @Test
    void aPopulationOutOfRangeOrNotWholeShowsOnThePopulationField() {
        var form = descriptive();
        form.population.setValue(new BigDecimal("1.5"));
        form.send();
        assertThat(form.population.getErrorMessage()).contains("membership.invalid.population");

        form.population.setValue(BigDecimal.valueOf(-3));
        form.send();
        assertThat(form.population.isInvalid()).isTrue();
        assertThat(form.population.getErrorMessage()).contains("membership.invalid.population");
        assertThat(saved).isEmpty();
    }

    @Test
    void unknownLanguagesShowOnTheLanguagesField() {
        var form = descriptive();
        form.languages.setValue(Set.of("xx"));

        form.send();

        assertThat(form.languages.isInvalid()).isTrue();
        assertThat(form.languages.getErrorMessage()).contains("membership.invalid.language");
    }

    @Test
    void theFocusAreasAreTheKitsTopicsFieldKeepingARetiredTopicTheProfileNames() {
        var topics = TopicChoices.of(List.of(
                new Topic("mobility", "Mobility and transport", "모빌리티·교통", 10, false),
                new Topic("fax", "Fax networks", "팩스망", 5, true),
                new Topic("energy", "Energy", "에너지", 20, false)));
        var stored = new Descriptive(null, null, Set.of("fax", "energy"), List.of(), null, null);

        var form = new DescriptiveForm(stored, topics, saved::add);

        assertThat(form.focus.getLabel()).as("membership's wording").contains("membership.field.focus-areas");
        assertThat(form.focus.getListDataView().getItems()).containsExactly("fax", "mobility", "energy");
        assertThat(form.focus.getValue()).containsExactlyInAnyOrder("fax", "energy");
        assertThat(new DescriptiveForm(Descriptive.empty(), topics, saved::add)
                        .focus
                        .getListDataView()
                        .getItems())
                .as("a retired topic is no new choice")
                .containsExactly("mobility", "energy");
    }

    @Test
    void aRefusalOfTheWholeFormShowsUnderIt() {
        var form = new DescriptiveForm(Descriptive.empty(), FocusAreasTest.seeded(), input -> {
            throw new org.wego.plugin.api.InvalidInputException((String) null, "membership.stale", "Ana", "Address");
        });

        form.send();

        assertThat(form.message.getText()).contains("membership.stale");
        assertThat(form.address.isInvalid()).isFalse();
    }

    @Test
    void aRefusedOfficialFieldOrContactShowsNextToItself() {
        var fields = new OfficialFields(profile());
        fields.nameEn.setValue(" ");
        assertThat(refuse(fields)).isTrue();
        assertThat(fields.nameEn.isInvalid()).isTrue();
        assertThat(fields.nameEn.getErrorMessage()).contains("membership.invalid.required");

        fields.nameEn.setValue("Hanoi");
        assertThat(fields.nameEn.isInvalid()).isFalse();
        TextFieldRow second = new TextFieldRow(fields, 1);
        second.set("Lan", "Delegate", "not-an-address", "");
        assertThat(refuse(fields)).isTrue();
        assertThat(second.email().isInvalid()).isTrue();
        assertThat(second.email().getErrorMessage()).contains("membership.invalid.contact.email");
        assertThat(new TextFieldRow(fields, 0).email().isInvalid())
                .as("the first line is fine")
                .isFalse();
    }

    /** Sends the official fields through the service's checks, as the page does; whether a field showed it. */
    private boolean refuse(OfficialFields fields) {
        try {
            profiles.requestOfficialChange(HANOI, fields.value());
            return false;
        } catch (org.wego.plugin.api.InvalidInputException e) {
            return fields.show(e);
        }
    }

    private record TextFieldRow(OfficialFields fields, int line) {
        void set(String name, String role, String email, String phone) {
            var row = fields.contacts.get(line);
            row[0].setValue(name);
            row[1].setValue(role);
            row[2].setValue(email);
            row[3].setValue(phone);
        }

        com.vaadin.flow.component.textfield.TextField email() {
            return fields.contacts.get(line)[2];
        }
    }

    private static Profile profile() {
        var hanoi = new Organisation(
                7,
                HANOI,
                OrganisationType.CITY,
                "Hanoi",
                "하노이",
                null,
                "VN",
                null,
                true,
                null,
                MembershipStatus.MEMBER,
                null,
                null,
                null,
                1);
        return new Profile(
                hanoi,
                List.of(new OrganisationContact("Minh", "Director", "minh@hanoi.example.org", null)),
                "Tran Sy Thanh",
                "Chairman",
                Descriptive.empty(),
                1,
                null,
                null,
                null,
                null);
    }
}
