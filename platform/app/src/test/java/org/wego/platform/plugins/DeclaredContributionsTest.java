package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Access;
import org.wego.plugin.api.ApprovalType;
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
}
