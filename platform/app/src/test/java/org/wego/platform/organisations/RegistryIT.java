package org.wego.platform.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.ActingUser;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.MembershipStatus;
import org.wego.plugin.api.NewOrganisation;
import org.wego.plugin.api.Organisation;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationType;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;

/** The registry's writes on MariaDB: who may change what, bad input, history, concurrent edits, audit. */
@SpringBootTest(classes = WegoApplication.class)
class RegistryIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, RegistryIT.class);
    }

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey SEOUL = OrganisationKey.of("kr-seoul");

    @Autowired
    Registry registry;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theSecretariatEditsAWholeRecordInOneStepAndEachChangeIsAudited() {
        try (var secretariat = ActingUser.as(Role.SECRETARIAT, "wego-secretariat")) {
            Organisation before = organisations.byKey(HANOI).orElseThrow();
            Organisation after = registry.edit(
                    HANOI,
                    before.version(),
                    new Registry.Edit(
                            "Hanoi",
                            "하노이",
                            "Hà Nội",
                            "https://hanoi.gov.vn",
                            before.regionalOffice(),
                            List.of(new OrganisationContact(
                                    "Nguyen Lan", "International relations", "lan@hanoi.gov.vn", "+84 24 3825 3536"))));
            assertThat(after.nameLocal()).isEqualTo("Hà Nội");
            assertThat(after.website()).isEqualTo("https://hanoi.gov.vn");
            assertThat(after.version()).isGreaterThan(before.version());
            assertThat(registry.contacts(HANOI))
                    .extracting(OrganisationContact::name)
                    .containsExactly("Nguyen Lan");
            assertThat(auditEntries("platform.organisation", "vn-hanoi")).isGreaterThanOrEqualTo(2);
            assertThat(auditEntries("platform.organisation.contacts", "vn-hanoi"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aStaleFormIsRefusedAndShowsTheCurrentRecord() {
        try (var secretariat = ActingUser.as(Role.SECRETARIAT, "wego-secretariat")) {
            Organisation read = organisations.byKey(SEOUL).orElseThrow();
            registry.updateWebsite(SEOUL, "https://english.seoul.go.kr");
            assertThatThrownBy(
                            () -> registry.edit(SEOUL, read.version(), editOf(read, "Seoul Metropolitan Government")))
                    .isInstanceOfSatisfying(
                            Registry.ConcurrentEditException.class,
                            e -> assertThat(e.current().website()).isEqualTo("https://english.seoul.go.kr"));
            assertThat(organisations.byKey(SEOUL).orElseThrow().nameEn()).isEqualTo(read.nameEn());
        }
    }

    @Test
    void aBadContactInTheLastRowSavesNothingOfTheForm() {
        try (var secretariat = ActingUser.as(Role.SECRETARIAT, "wego-secretariat")) {
            OrganisationKey ulaanbaatar = OrganisationKey.of("mn-ulaanbaatar");
            Organisation before = organisations.byKey(ulaanbaatar).orElseThrow();
            var edit = new Registry.Edit(
                    "Renamed",
                    before.nameKo(),
                    null,
                    null,
                    before.regionalOffice(),
                    List.of(
                            new OrganisationContact("Bat", null, "bat@ub.gov.mn", null),
                            new OrganisationContact("Dorj", null, "no mail", null)));
            assertThatThrownBy(() ->
                            transactions.executeWithoutResult(tx -> registry.edit(ulaanbaatar, before.version(), edit)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("contacts[1].email"));
            Organisation after = organisations.byKey(ulaanbaatar).orElseThrow();
            assertThat(after.nameEn()).isEqualTo(before.nameEn());
            assertThat(after.version()).isEqualTo(before.version());
            assertThat(registry.contacts(ulaanbaatar)).isEmpty();
        }
    }

    @Test
    void aMemberCityChangesItsOwnWebsiteButNoOfficialFieldAndNothingOfAnotherCity() {
        try (var hanoi = ActingUser.as(Role.MEMBER_CITY, "vn-hanoi")) {
            assertThat(registry.updateWebsite(HANOI, "https://www.hanoi.gov.vn").website())
                    .isEqualTo("https://www.hanoi.gov.vn");
            assertThatThrownBy(() -> registry.updateWebsite(SEOUL, "https://evil.example.org"))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> registry.updateNames(HANOI, "Ha Noi", "하노이", null))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> registry.changeStatus(HANOI, MembershipStatus.FORMER, LocalDate.now(), "leaving"))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> registry.contacts(SEOUL)).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> registry.statusHistory(SEOUL)).isInstanceOf(PermissionDeniedException.class);
            assertThat(registry.contacts(HANOI)).isNotNull();
        }
        try (var chengdu = ActingUser.as(Role.REGIONAL_OFFICE, "ro-chengdu")) {
            assertThat(registry.contacts(HANOI))
                    .as("Hanoi is in Chengdu's region")
                    .isNotNull();
            assertThatThrownBy(() -> registry.replaceContacts(HANOI, List.of()))
                    .isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void statusChangesFollowTheLifecycleAndStayInHistory() {
        try (var secretariat = ActingUser.as(Role.SECRETARIAT, "wego-secretariat")) {
            Organisation applicant = registry.createApplicant(new NewOrganisation(
                    OrganisationType.CITY, "Cần Thơ", "껀터", "Cần Thơ", "vn", false, "https://cantho.gov.vn"));
            assertThat(applicant.key()).isEqualTo(OrganisationKey.of("vn-can-tho"));
            assertThat(applicant.status()).isEqualTo(MembershipStatus.APPLICANT);
            assertThat(applicant.regionalOffice())
                    .as("the region most Vietnamese members are in")
                    .isEqualTo(OrganisationKey.of("ro-chengdu"));
            assertThatThrownBy(() ->
                            registry.changeStatus(applicant.key(), MembershipStatus.SUSPENDED, LocalDate.now(), "x"))
                    .hasMessageContaining("registry.error.status-move");
            assertThatThrownBy(
                            () -> registry.changeStatus(applicant.key(), MembershipStatus.MEMBER, LocalDate.now(), " "))
                    .hasMessageContaining("input.invalid.required");
            LocalDate committee = LocalDate.now().minusDays(10);
            registry.changeStatus(applicant.key(), MembershipStatus.MEMBER, committee, "Executive committee decision");
            assertThat(organisations.joinDates())
                    .as("the join date is the decision's, public for statistics")
                    .containsEntry(applicant.key(), committee)
                    .doesNotContainKey(HANOI);
            registry.changeStatus(applicant.key(), MembershipStatus.FORMER, LocalDate.now(), "Withdrew");
            Organisation former = organisations.byKey(applicant.key()).orElseThrow();
            assertThat(former.status()).isEqualTo(MembershipStatus.FORMER);
            assertThat(registry.statusHistory(applicant.key()))
                    .extracting(c -> c.from() + ">" + c.to() + "@" + c.effective())
                    .containsExactly("APPLICANT>MEMBER@" + committee, "MEMBER>FORMER@" + LocalDate.now());
            Organisation second = registry.createApplicant(
                    new NewOrganisation(OrganisationType.CITY, "Can Tho", "껀터", null, "VN", false, null));
            assertThat(second.key()).as("a taken key gets a number").isEqualTo(OrganisationKey.of("vn-can-tho-2"));
        }
    }

    private Registry.Edit editOf(Organisation o, String nameEn) {
        return new Registry.Edit(nameEn, o.nameKo(), o.nameLocal(), o.website(), o.regionalOffice(), List.of());
    }

    private int auditEntries(String entity, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM platform_audit_entry WHERE entity = :entity AND entity_id = :id")
                .param("entity", entity)
                .param("id", id)
                .query(Integer.class)
                .single();
    }
}
