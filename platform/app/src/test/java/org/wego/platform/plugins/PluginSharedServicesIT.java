package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.ActingUser;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.organisations.DataFindings;
import org.wego.platform.organisations.Organisations;
import org.wego.platform.organisations.PluginSections;
import org.wego.platform.organisations.Registry;
import org.wego.platform.topics.TopicList;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.NewFinding;
import org.wego.plugin.api.NewPartner;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PartnerKind;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.RecordReference;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.ShownReference;
import org.wego.plugin.api.SignedInUser;
import org.wego.plugin.api.Topic;

/**
 * The platform services of issue 14, section 2 as a plugin reaches them, on the real stack: record
 * references (with the owning plugin stopped), organisation-page sections, data-quality findings,
 * topics, partner organisations. The "owner" fixture plugin offers a record type and a section; the
 * tests read them through another plugin's context, as a plugin would.
 */
@SpringBootTest(classes = WegoApplication.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginSharedServicesIT {

    private static final Path PLUGINS = temporaryFolder();

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, PluginSharedServicesIT.class);
        FixturePlugins.declaring("owner", """
                        add.recordType(new RecordType("thing", "owner.thing", lookup -> "42".equals(lookup.id())
                                && lookup.viewer() != null && lookup.viewer().hasRole(Role.SECRETARIAT)
                                ? java.util.Optional.of(new ReferencedRecord("Thing <b>42</b> in " + lookup.locale().getLanguage(), "owner/things/42"))
                                : java.util.Optional.empty()));
                        add.organisationSection(new org.wego.plugin.api.ui.OrganisationSectionContribution(
                                "owner.summary", "owner.summary", 200, Access.forRoles(Role.SECRETARIAT, Role.MEMBER_CITY),
                                section -> section.inScope()
                                        ? java.util.Optional.of(new com.vaadin.flow.component.html.Span(
                                                "things of " + section.organisation().key().value()))
                                        : java.util.Optional.empty()));
                        """)
                .resource("i18n/owner_en.properties", "owner.thing=owned thing\nowner.summary=Things\n")
                .resource("i18n/owner_ko.properties", "owner.thing=소유 항목\nowner.summary=항목\n")
                .buildIn(PLUGINS);
        FixturePlugins.declaring("reader", "").buildIn(PLUGINS);
        registry.add("wego.plugins.dir", PLUGINS::toString);
    }

    @Autowired
    PluginRuntime runtime;

    @Autowired
    PluginSections sections;

    @Autowired
    Organisations organisations;

    @Autowired
    DataFindings findings;

    @Autowired
    TopicList topics;

    @Autowired
    Registry registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1)
    @DisplayName("record references with the owning plugin stopped")
    void recordReferencesWithTheOwningPluginStopped() {
        RecordReference thing = RecordReference.parse("owner:thing:42");
        try (var secretariat = ActingUser.as(Role.SECRETARIAT, "wego-secretariat")) {
            ShownReference shown = reader().references().show(thing, Locale.KOREAN);
            assertThat(shown.available()).isTrue();
            assertThat(shown.text())
                    .as("the title as the owner gives it, as text")
                    .isEqualTo("Thing <b>42</b> in ko");
            assertThat(shown.link()).isEqualTo("owner/things/42");
            assertThat(reader().references().isOffered("owner", "thing")).isTrue();
        }
        try (var city = ActingUser.as(Role.MEMBER_CITY, "kr-seoul")) {
            assertThat(reader().references().show(thing, Locale.ENGLISH))
                    .as("a viewer the owner does not let see it learns nothing more than its kind")
                    .extracting(ShownReference::available, ShownReference::text)
                    .containsExactly(false, "Record of owned thing (not available)");
        }

        runtime.disable("owner");
        try (var secretariat = ActingUser.as(Role.SECRETARIAT, "wego-secretariat")) {
            assertThat(reader().references().show(thing, Locale.ENGLISH))
                    .extracting(ShownReference::available, ShownReference::text, ShownReference::link)
                    .containsExactly(false, "Record of owned thing (not available)", null);
            assertThat(reader().references().show(thing, Locale.KOREAN).text()).isEqualTo("소유 항목 기록 (사용할 수 없음)");
            assertThat(reader().references()
                            .show(RecordReference.parse("gone:programme:7"), Locale.ENGLISH)
                            .text())
                    .as("a plugin never seen here: its id stands in for the label")
                    .isEqualTo("Record of gone (not available)");
            assertThat(reader().references().isOffered("owner", "thing")).isFalse();
        }
        runtime.enable("owner");
        try (var secretariat = ActingUser.as(Role.SECRETARIAT, "wego-secretariat")) {
            assertThat(reader().references().show(thing, Locale.ENGLISH).available())
                    .isTrue();
        }
    }

    @Test
    @Order(2)
    void aPluginsOrganisationSectionIsShownAsTheViewerMaySeeIt() {
        var seoul = organisations.byKey(OrganisationKey.of("kr-seoul")).orElseThrow();
        assertThat(sections.sectionFor(seoul, user(Role.MEMBER_CITY, "kr-seoul")))
                .as("the city's own user")
                .isPresent();
        assertThat(sections.sectionFor(seoul, user(Role.MEMBER_CITY, "vn-hanoi")))
                .as("another city: the section's factory shows nothing out of scope")
                .isEmpty();
        assertThat(sections.sectionFor(seoul, user(Role.REGIONAL_OFFICE, "ro-chengdu")))
                .as("a role the section does not name")
                .isEmpty();
        var shown = sections.sectionFor(seoul, user(Role.SECRETARIAT, "wego-secretariat"))
                .orElseThrow();
        assertThat(shown.getElement().getOuterHTML())
                .contains("data-section=\"owner.summary\"")
                .contains("Things")
                .contains("things of kr-seoul");

        runtime.disable("owner");
        assertThat(sections.sectionFor(seoul, user(Role.SECRETARIAT, "wego-secretariat")))
                .as("a stopped plugin's section is gone")
                .isEmpty();
        runtime.enable("owner");
    }

    @Test
    @Order(3)
    void aPluginRecordsAFindingOnceAndTheSecretariatResolvesIt() {
        var finding = new NewFinding(
                "reported-total-differs", "seed:line-7", OrganisationKey.of("kr-seoul"), "owner.thing", List.of());
        assertThat(owner().dataQuality().record(finding)).isTrue();
        assertThat(owner().dataQuality().record(finding))
                .as("the next start records nothing twice")
                .isFalse();
        assertThatThrownBy(() ->
                        owner().dataQuality().record(new NewFinding("Bad Kind", "x", null, "owner.thing", List.of())))
                .isInstanceOf(InvalidInputException.class);

        SignedInUser secretariat = user(Role.SECRETARIAT, "wego-secretariat");
        DataFindings.Finding recorded = findings.all(secretariat).stream()
                .filter(f -> "owner".equals(f.pluginId()))
                .findFirst()
                .orElseThrow();
        assertThat(recorded.detailEn()).isEqualTo("owned thing");
        assertThat(recorded.detailKo()).isEqualTo("소유 항목");
        assertThat(recorded.orgKey()).isEqualTo("kr-seoul");
        assertThat(findings.resolve(secretariat, recorded.id(), DataFindings.Resolution.ACKNOWLEDGED))
                .isTrue();
        assertThat(audited("platform.data-finding", Long.toString(recorded.id())))
                .isEqualTo(1);
        assertThat(audited("platform.data-finding", "owner:reported-total-differs:seed:line-7"))
                .as("the recording is audited too")
                .isEqualTo(1);
        assertThatThrownBy(() -> findings.all(user(Role.MEMBER_CITY, "kr-seoul")))
                .isInstanceOf(PermissionDeniedException.class);

        // A plugin that acted on its own finding resolves it for the secretariat, once.
        assertThat(owner().dataQuality()
                        .record(new NewFinding("names-differ", "seed:line-8", null, "owner.thing", List.of())))
                .isTrue();
        try (var city = ActingUser.as(Role.MEMBER_CITY, "kr-seoul")) {
            assertThatThrownBy(() -> owner().dataQuality().resolve("names-differ", "seed:line-8"))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        try (var officer = ActingUser.as(Role.SECRETARIAT, "wego-secretariat")) {
            assertThat(owner().dataQuality().resolve("names-differ", "seed:line-8"))
                    .isTrue();
            assertThat(owner().dataQuality().resolve("names-differ", "seed:line-8"))
                    .as("resolved already")
                    .isFalse();
            assertThat(owner().dataQuality().resolve("names-differ", "seed:line-9"))
                    .as("never recorded")
                    .isFalse();
        }
        assertThat(jdbc.sql("""
                                SELECT resolution FROM platform_data_finding
                                WHERE plugin_id = 'owner' AND subject = 'seed:line-8'""").query(String.class).single()).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    @Order(4)
    void theSecretariatMaintainsTopicsAndPluginsReadThem() {
        assertThat(reader().topics().current())
                .extracting(Topic::code)
                .startsWith("mobility", "energy")
                .contains("data-platforms");
        SignedInUser secretariat = user(Role.SECRETARIAT, "wego-secretariat");
        try (var acting = ActingUser.as(Role.SECRETARIAT, "wego-secretariat")) {
            Topic added = topics.add(secretariat, "smart-port", "Smart ports -- logistics", "스마트 항만");
            assertThat(added.position()).isGreaterThan(100);
            topics.rename(secretariat, "smart-port", "Smart ports & logistics", "스마트 항만·물류");
            topics.move(secretariat, "smart-port", true);
            topics.retire(secretariat, "smart-port", true);
        }
        assertThat(reader().topics().current()).extracting(Topic::code).doesNotContain("smart-port");
        assertThat(reader().topics().byCode("smart-port"))
                .as("a retired topic keeps its names for the records that store it")
                .hasValueSatisfying(t -> {
                    assertThat(t.retired()).isTrue();
                    assertThat(t.name(Locale.KOREAN)).isEqualTo("스마트 항만·물류");
                });
        assertThat(audited("platform.topic", "smart-port")).isEqualTo(4);
        assertThatThrownBy(() -> topics.add(secretariat, "smart-port", "Again", "다시"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("topics.error.code-taken");
        assertThatThrownBy(() -> topics.add(user(Role.MEMBER_CITY, "kr-seoul"), "x", "X", "X"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    @Order(5)
    void aPartnerIsRecordedWithoutMemberOnlyFields() {
        try (var acting = ActingUser.as(Role.SECRETARIAT, "wego-secretariat")) {
            var desa = registry.createPartner(new NewPartner(
                    PartnerKind.INTERNATIONAL_ORGANISATION,
                    "UN Department of Economic and Social Affairs (UN DESA)",
                    null,
                    null,
                    "https://desa.un.org"));
            assertThat(desa.type()).isEqualTo(OrganisationType.PARTNER);
            assertThat(desa.status()).isEqualTo(MembershipStatus.PARTNER);
            assertThat(desa.country()).isNull();
            assertThat(desa.regionalOffice()).isNull();
            assertThat(desa.nameKo())
                    .as("one name known: shown in both languages")
                    .isEqualTo(desa.nameEn());
            assertThat(desa.key().value()).startsWith("pa-un-department");
            var kaist = registry.createPartner(new NewPartner(PartnerKind.UNIVERSITY, null, "한국과학기술원", "kr", null));
            assertThat(kaist.country()).isEqualTo("KR");
            assertThat(kaist.name(Locale.ENGLISH)).isEqualTo("한국과학기술원");
            assertThat(organisations.partnerKinds())
                    .containsEntry(desa.key(), PartnerKind.INTERNATIONAL_ORGANISATION)
                    .containsEntry(kaist.key(), PartnerKind.UNIVERSITY)
                    .containsEntry(OrganisationKey.of("pa-world-bank"), PartnerKind.INTERNATIONAL_ORGANISATION);
            assertThat(audited("platform.organisation", desa.key().value())).isEqualTo(1);
            assertThatThrownBy(() -> registry.createPartner(new NewPartner(PartnerKind.COMPANY, " ", null, null, null)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("registry.error.partner-name");
        }
        try (var city = ActingUser.as(Role.MEMBER_CITY, "kr-seoul")) {
            assertThatThrownBy(
                            () -> registry.createPartner(new NewPartner(PartnerKind.COMPANY, "Acme", null, null, null)))
                    .isInstanceOf(PermissionDeniedException.class);
        }
    }

    private PluginContext reader() {
        return runtime.contextOf("reader").orElseThrow().getBean(PluginContext.class);
    }

    private PluginContext owner() {
        return runtime.contextOf("owner").orElseThrow().getBean(PluginContext.class);
    }

    private int audited(String entity, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM platform_audit_entry WHERE entity = :entity AND entity_id = :id")
                .param("entity", entity)
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private static SignedInUser user(Role role, String organisation) {
        return new SignedInUser(
                role.claimValue() + "@" + organisation,
                "Test " + role.claimValue(),
                role.claimValue() + "@example.org",
                Set.of(role),
                OrganisationKey.of(organisation),
                Locale.ENGLISH);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("wego-shared-services");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
