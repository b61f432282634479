package org.wego.plugin.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.Topic;
import org.wego.plugin.api.TopicChoices;

/**
 * The kit's form fields as components, without a browser or a UI: the registry is an in-memory {@link
 * OrganisationDirectory}.
 */
class KitFieldsTest {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey SEOUL = OrganisationKey.of("kr-seoul");
    private static final OrganisationKey KT = OrganisationKey.of("kr-kt");
    private static final OrganisationKey UNDP = OrganisationKey.of("undp");
    private static final OrganisationKey ASIA = OrganisationKey.of("wego-asia");

    private static final List<Organisation> REGISTRY = List.of(
            organisation(1, HANOI, OrganisationType.CITY, "Hanoi", "하노이", "Hà Nội", "VN"),
            organisation(2, SEOUL, OrganisationType.CITY, "Seoul", "서울", null, "KR"),
            organisation(3, KT, OrganisationType.COMPANY, "KT Corporation", "케이티", null, "KR"),
            organisation(4, UNDP, OrganisationType.PARTNER, "UNDP", "유엔개발계획", null, null),
            organisation(5, ASIA, OrganisationType.REGIONAL_OFFICE, "WeGO Asia", "위고 아시아", null, "KR"));

    private static final TopicChoices TOPICS = TopicChoices.of(List.of(
            new Topic("mobility", "Mobility and transport", "모빌리티·교통", 10, false),
            new Topic("fax", "Fax networks", "팩스망", 5, true),
            new Topic("water", "Water and waste", "물·폐기물", 40, false)));

    /*
     * On a page the fields read the viewer's language from the UI and texts from the platform's bundles;
     * here each field is given its language, and texts that are the key and its arguments, so the test
     * sees which wording was asked for.
     */

    private static TopicsField topicsField(Set<String> stored, Locale locale) {
        return new TopicsField(TOPICS, stored) {
            @Override
            public Locale getLocale() {
                return locale;
            }

            @Override
            public String getTranslation(String key, Object... params) {
                return key + Arrays.toString(params);
            }
        };
    }

    private static CountryField countryField(String label, Locale locale) {
        return new CountryField(label) {
            @Override
            public Locale getLocale() {
                return locale;
            }
        };
    }

    private static OrganisationPicker picker(Set<OrganisationType> types, Locale locale) {
        return new OrganisationPicker("Organisation", new Registry(REGISTRY), types) {
            @Override
            public Locale getLocale() {
                return locale;
            }
        };
    }

    private static OrganisationsPicker pickers(
            OrganisationDirectory registry, Set<OrganisationType> types, Locale locale) {
        return new OrganisationsPicker("Organisations", registry, types) {
            @Override
            public Locale getLocale() {
                return locale;
            }
        };
    }

    @Test
    void aTopicsFieldOffersTheCurrentTopicsAndARetiredOneTheRecordNamesMarkedRetired() {
        var field = topicsField(Set.of("fax", "water"), Locale.ENGLISH);

        assertThat(field.getLabel()).isEqualTo("topics.field[]");
        assertThat(field.getListDataView().getItems()).containsExactly("fax", "mobility", "water");
        assertThat(field.getItemLabelGenerator().apply("fax")).isEqualTo("topics.choice.retired[Fax networks]");
        assertThat(field.getItemLabelGenerator().apply("water")).isEqualTo("Water and waste");

        field.setValue(Set.of("fax", "water"));
        assertThat(field.getValue()).containsExactlyInAnyOrder("fax", "water");
    }

    @Test
    void aNewRecordsTopicsFieldOffersNoRetiredTopicAndNamesThemInTheViewersLanguage() {
        var field = topicsField(Set.of(), Locale.KOREAN);

        assertThat(field.getListDataView().getItems()).containsExactly("mobility", "water");
        assertThat(field.getItemLabelGenerator().apply("mobility")).isEqualTo("모빌리티·교통");
        assertThat(field.getItemLabelGenerator().apply("gone"))
                .as("a code the platform no longer knows shows as itself")
                .isEqualTo("gone");
    }

    @Test
    void aCountryFieldNamesEachCountryInTheViewersLanguageWithItsCode() {
        var english = countryField("Country", Locale.ENGLISH);
        var korean = countryField("국가", Locale.KOREAN);

        assertThat(english.getLabel()).isEqualTo("Country");
        // The JDK's English name (CLDR), shown as the viewer reads it.
        assertThat(english.getItemLabelGenerator().apply("VN")).isEqualTo("Vietnam (VN)");
        assertThat(korean.getItemLabelGenerator().apply("VN")).isEqualTo("베트남 (VN)");
        english.setValue("VN");
        assertThat(english.getValue()).as("the value is the code to store").isEqualTo("VN");
    }

    @Test
    void aCountryFieldOffersEveryCountrySortedAsTheViewersLanguageSorts() {
        List<String> codes =
                countryField("국가", Locale.KOREAN).getListDataView().getItems().toList();

        assertThat(codes).containsExactlyInAnyOrder(Locale.getISOCountries());
        Collator collator = Collator.getInstance(Locale.KOREAN);
        List<String> names = codes.stream()
                .map(code -> CountryField.name(code, Locale.KOREAN))
                .toList();
        var sorted = new ArrayList<>(names);
        sorted.sort(collator);
        assertThat(names).isEqualTo(sorted);
        assertThat(CountryField.name("KR", Locale.ENGLISH)).isEqualTo("South Korea");
    }

    @Test
    void anOrganisationPickerOffersTheTypesAskedForByNameInTheViewersLanguage() {
        var members = picker(OrganisationPickers.MEMBERS, Locale.KOREAN);
        var partners = picker(OrganisationPickers.PARTNERS, Locale.KOREAN);
        var both = pickers(new Registry(REGISTRY), OrganisationPickers.MEMBERS_AND_PARTNERS, Locale.KOREAN);

        assertThat(members.getListDataView().getItems().map(Organisation::key))
                .as("members only, sorted by their Korean names")
                .containsExactly(SEOUL, KT, HANOI);
        assertThat(partners.getListDataView().getItems().map(Organisation::key)).containsExactly(UNDP);
        assertThat(both.getListDataView().getItems().map(Organisation::key))
                .as("never a regional office")
                .containsExactlyInAnyOrder(HANOI, SEOUL, KT, UNDP);
        assertThat(members.getItemLabelGenerator().apply(REGISTRY.getFirst())).isEqualTo("하노이 (VN)");
        assertThat(OrganisationPickers.label(REGISTRY.getFirst(), Locale.ENGLISH))
                .isEqualTo("Hanoi (VN)");
        assertThat(OrganisationPickers.label(REGISTRY.get(3), Locale.ENGLISH))
                .as("no country, the name alone")
                .isEqualTo("UNDP");
    }

    @Test
    void anOrganisationIsFoundByAnyOfItsNamesOrItsKey() {
        var filter = OrganisationPickers.filter(Locale.ENGLISH);
        Organisation hanoi = REGISTRY.getFirst();

        assertThat(filter.test(hanoi, "하노")).as("Korean name").isTrue();
        assertThat(filter.test(hanoi, "HAN")).as("English name, any case").isTrue();
        assertThat(filter.test(hanoi, "hà nội")).as("local name").isTrue();
        assertThat(filter.test(hanoi, "vn-ha")).as("key").isTrue();
        assertThat(filter.test(hanoi, " ")).as("nothing typed").isTrue();
        assertThat(filter.test(hanoi, "서울")).isFalse();
        assertThat(filter.test(REGISTRY.get(1), "hà"))
                .as("Seoul has no local name")
                .isFalse();
    }

    @Test
    void anOrganisationPickerTakesAndGivesAStoredKey() {
        var picker = picker(OrganisationPickers.MEMBERS, Locale.ENGLISH);
        assertThat(picker.getKey()).isNull();

        picker.setKey(HANOI);
        assertThat(picker.getValue()).isEqualTo(REGISTRY.getFirst());
        assertThat(picker.getKey()).isEqualTo(HANOI);

        picker.setKey(UNDP);
        assertThat(picker.getKey()).as("a key the picker does not offer").isNull();
        picker.setKey(SEOUL);
        picker.setKey(null);
        assertThat(picker.getKey()).isNull();

        assertThat(picker.offered(SEOUL)).isEqualTo(REGISTRY.get(1));
        assertThat(picker.offered(UNDP)).isNull();
        assertThat(picker.offered(null)).isNull();
    }

    @Test
    void anOrganisationsPickerTakesAndGivesStoredKeysLeavingOutThoseNotOffered() {
        var picker = pickers(new Registry(REGISTRY), OrganisationPickers.MEMBERS, Locale.ENGLISH);
        assertThat(picker.getKeys()).isEmpty();

        picker.setKeys(List.of(SEOUL, UNDP, HANOI));

        assertThat(picker.getKeys()).containsExactlyInAnyOrder(HANOI, SEOUL);
        picker.setKeys(List.of());
        assertThat(picker.getKeys()).isEmpty();
    }

    @Test
    void aRegistryLargerThanAPageIsReadWhole() {
        var cities = IntStream.range(0, 1234)
                .mapToObj(i -> organisation(
                        100 + i,
                        OrganisationKey.of("xx-city-" + i),
                        OrganisationType.CITY,
                        "City " + i,
                        "도시 " + i,
                        null,
                        null))
                .toList();
        var registry = new Registry(cities);

        var picker = pickers(registry, Set.of(OrganisationType.CITY), Locale.ENGLISH);

        assertThat(picker.getListDataView().getItemCount()).isEqualTo(1234);
        assertThat(registry.searches).as("three pages of 500").isEqualTo(3);
    }

    private static Organisation organisation(
            long id,
            OrganisationKey key,
            OrganisationType type,
            String nameEn,
            String nameKo,
            @Nullable String nameLocal,
            @Nullable String country) {
        return new Organisation(
                id,
                key,
                type,
                nameEn,
                nameKo,
                nameLocal,
                country,
                null,
                false,
                null,
                type == OrganisationType.PARTNER ? MembershipStatus.PARTNER : MembershipStatus.MEMBER,
                null,
                null,
                null,
                1);
    }

    /** The registry in memory: search by type, a page at a time; nothing else is asked of it here. */
    private static final class Registry implements OrganisationDirectory {
        private final List<Organisation> organisations;
        int searches;

        Registry(List<Organisation> organisations) {
            this.organisations = organisations;
        }

        @Override
        public List<Organisation> search(Query query) {
            searches++;
            return organisations.stream()
                    .filter(organisation -> query.type() == null || organisation.type() == query.type())
                    .skip(query.offset())
                    .limit(query.limit())
                    .toList();
        }

        @Override
        public int count(Query query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Organisation> byKey(OrganisationKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Organisation> byId(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Organisation> membersOfRegion(OrganisationKey regionalOffice) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isInScopeOf(@Nullable SignedInUser user, Organisation organisation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<OrganisationKey, LocalDate> joinDates() {
            throw new UnsupportedOperationException();
        }
    }
}
