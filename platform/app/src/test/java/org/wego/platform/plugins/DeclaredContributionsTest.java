package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.ApprovalType;
import org.wego.plugin.api.AttachmentRule;
import org.wego.plugin.api.MenuEntry;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.ui.ViewContribution;

class DeclaredContributionsTest {

    private final DeclaredContributions training = new DeclaredContributions("training");

    @Test
    void aCorrectDeclarationHasNoProblems() {
        training.view(new ViewContribution(
                        "training/programmes", Div.class, Access.forRoles(Role.SECRETARIAT), "training.title"))
                .view(new ViewContribution("training", Div.class, Access.publicAccess(), "training.title"))
                .menu(new MenuEntry(
                        "training/programmes", "training.menu", "vaadin:academy-cap", 200, Access.forAllRoles()))
                .permission("training.enrolment.approve", Role.SECRETARIAT)
                .job("close-at-deadline", Duration.ofMinutes(5), () -> {});

        assertThat(training.problems()).isEmpty();
        assertThat(training.navigation().views()).hasSize(2);
        assertThat(training.permissions()).containsKey("training.enrolment.approve");
        assertThat(training.jobs()).extracting(DeclaredContributions.Job::name).containsExactly("close-at-deadline");
    }

    @Test
    void everyBreachOfTheContractIsListed() {
        training.view(new ViewContribution("training/secret", Div.class, Access.nobody(), "training.title"))
                .view(new ViewContribution("members/list", Div.class, Access.forAllRoles(), "training.title"))
                .menu(new MenuEntry("training", "training.menu", "vaadin:bullhorn", 200, Access.forAllRoles()))
                .permission("training.approve", Role.SECRETARIAT)
                .permission("membership.profile.edit", Role.MEMBER_CITY)
                .job("Bad Name", Duration.ofMinutes(1), () -> {})
                .job("too-often", Duration.ofMillis(10), () -> {});

        assertThat(training.problems())
                .containsExactly(
                        "view 'training/secret' declares no role: name the roles that may use it, or public access",
                        "view path 'members/list' must be 'training' or start with 'training/'",
                        "menu entry 'training.menu' names icon 'vaadin:bullhorn', which Vaadin's icon set does not have",
                        "permission 'training.approve' must be named training.{feature}.{action}",
                        "permission 'membership.profile.edit' must be named training.{feature}.{action}",
                        "job name 'Bad Name' must be lower-case letters, digits and hyphens",
                        "job 'too-often' runs more often than once a second");
    }

    @Test
    void approvalTypesAreNamedAfterThePluginAndDeclaredOnce() {
        training.approvalType(new ApprovalType("training.enrolment", "training.approval.enrolment", decision -> {}))
                .approvalType(new ApprovalType("membership.profile", "training.approval.profile", decision -> {}))
                .approvalType(new ApprovalType("training.Bad Kind", "training.approval.bad", decision -> {}))
                .approvalType(new ApprovalType("training.enrolment", "training.approval.again", decision -> {}));

        assertThat(training.approvalTypes()).extracting(ApprovalType::name).containsExactly("training.enrolment");
        assertThat(training.problems())
                .containsExactly(
                        "approval type 'membership.profile' must be named training.{kind}, the kind in lower-case letters, digits and hyphens",
                        "approval type 'training.Bad Kind' must be named training.{kind}, the kind in lower-case letters, digits and hyphens",
                        "approval type 'training.enrolment' is declared twice");
    }

    @Test
    void recordTypesAndOrganisationSectionsAreNamedAfterThePluginAndDeclaredOnce() {
        var section = new org.wego.plugin.api.ui.OrganisationSectionContribution(
                "training.trainees",
                "training.section",
                200,
                Access.forRoles(Role.SECRETARIAT),
                c -> java.util.Optional.empty());
        training.recordType(new org.wego.plugin.api.RecordType(
                        "programme", "training.programme", l -> java.util.Optional.empty()))
                .recordType(new org.wego.plugin.api.RecordType(
                        "programme", "training.programme", l -> java.util.Optional.empty()))
                .recordType(
                        new org.wego.plugin.api.RecordType("Bad Type", "training.bad", l -> java.util.Optional.empty()))
                .organisationSection(section)
                .organisationSection(section)
                .organisationSection(new org.wego.plugin.api.ui.OrganisationSectionContribution(
                        "membership.profile", "m", 1, Access.forAllRoles(), c -> java.util.Optional.empty()))
                .organisationSection(new org.wego.plugin.api.ui.OrganisationSectionContribution(
                        "training.open", "t", 1, Access.publicAccess(), c -> java.util.Optional.empty()))
                .organisationSection(new org.wego.plugin.api.ui.OrganisationSectionContribution(
                        "training.nobody", "t", 1, Access.nobody(), c -> java.util.Optional.empty()));

        assertThat(training.problems())
                .containsExactly(
                        "record type 'programme' is declared twice",
                        "record type 'Bad Type' must be lower-case letters, digits and hyphens",
                        "organisation section 'training.trainees' is declared twice",
                        "organisation section 'membership.profile' must be named training.{name}, the name in lower-case letters, digits and hyphens",
                        "organisation section 'training.open' cannot be public: name the roles that see it",
                        "organisation section 'training.nobody' declares no role: name the roles that may use it, or public access");
        assertThat(training.recordTypes())
                .extracting(org.wego.plugin.api.RecordType::name)
                .containsExactly("programme");
        assertThat(training.organisationSections()).hasSize(3);
    }

    @Test
    void attachmentRulesAreForThePluginsOwnEntitiesOnceEach() {
        AttachmentRule everyone = AttachmentRule.ANY_SIGNED_IN_USER;
        training.attachmentRule("training.certificate", everyone)
                .attachmentRule("membership.logo-request", everyone)
                .attachmentRule("training.Bad Name", everyone)
                .attachmentRule("training.certificate", (user, file) -> false);

        assertThat(training.attachmentRules()).containsOnlyKeys("training.certificate");
        assertThat(training.attachmentRules().get("training.certificate")).isSameAs(everyone);
        assertThat(training.problems())
                .containsExactly(
                        "attachment rule for 'membership.logo-request': the entity must be named"
                                + " training.{record}, as the plugin stores its files",
                        "attachment rule for 'training.Bad Name': the entity must be named"
                                + " training.{record}, as the plugin stores its files",
                        "attachment rule for 'training.certificate' is declared twice");
    }
}
