package org.wego.plugins.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.wego.platform.approvals.ApprovalInbox;
import org.wego.platform.plugins.PluginRuntime;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.OrganisationContact;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.Role;
import org.wego.plugin.testkit.RunningPlatform;
import org.wego.plugin.testkit.WegoPluginTest;

/**
 * The membership plugin in a real platform on MariaDB: a member edits its own profile, not another's
 * (forged key, by service and by route); an official change waits as pending, a second is refused,
 * the secretariat approves it in the platform's inbox and the registry has it; a stale save is refused.
 *
 * <p>The service is the plugin's own bean, reached through the platform that loaded it (its classes
 * come from the plugin's class loader, so it is called reflectively), as a user set in Spring
 * Security's context the way a signed-in session is.
 */
@WegoPluginTest
class MembershipIT {

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final OrganisationKey NAIROBI = OrganisationKey.of("ke-nairobi");

    @Test
    void thePluginStartsAndItsPageIsThereForMembersAndTheSecretariat(RunningPlatform platform) {
        assertThat(platform.pluginFailure()).isEmpty();
        assertThat(platform.pluginStarted()).isTrue();
        assertThat(platform.open("membership/profile", Role.MEMBER_CITY).body())
                .contains("Member profile")
                .contains("About the organisation")
                .contains("Request the change");
        assertThat(platform.open("membership/profile", Role.SECRETARIAT).body())
                .contains("Choose a member above to open its profile.");
        assertThat(platform.open("", Role.MEMBER_CITY).body()).contains("My profile");
    }

    @Test
    void aMemberCannotOpenAnotherMembersProfileByItsKey(RunningPlatform platform) {
        String own = platform.userOf(Role.MEMBER_CITY).organisation();
        String other = own.equals("ke-nairobi") ? "vn-hanoi" : "ke-nairobi";

        assertThat(platform.open("membership/profile?org=" + other, Role.MEMBER_CITY)
                        .body())
                .contains("You can only open your own organisation's profile.")
                .doesNotContain("Request the change");
        assertThat(platform.open("membership/profile?org=" + other, Role.SECRETARIAT)
                        .body())
                .contains("Request the change");
        assertThat(platform.open("membership/profile?org='%20OR%201=1", Role.MEMBER_CITY)
                        .body())
                .contains("You can only open your own organisation's profile.");
    }

    @Test
    void aMemberSavesItsOwnDescriptionButNotAnothersAndAStaleSaveIsRefused(RunningPlatform platform) throws Exception {
        var calls = new PluginCalls(platform);
        Object saved;
        try (var acting = calls.as(Role.MEMBER_CITY, HANOI)) {
            Object empty = calls.descriptive(null, null, List.of(), null);
            saved = calls.invoke(
                    "saveDescriptive",
                    HANOI,
                    0L,
                    empty,
                    calls.descriptive(8_500_000L, "12 Le Lai, Hoan Kiem", List.of("vi", "en"), "Capital of Viet Nam"));
            assertThat(saved.toString()).contains("12 Le Lai, Hoan Kiem").contains("version=1");

            assertThatThrownBy(() -> calls.invoke(
                            "saveDescriptive", NAIROBI, 0L, empty, calls.descriptive(1L, "Forged", List.of(), null)))
                    .hasMessageContaining(MembershipPlugin.EDIT_OWN);

            // A second editor who opened version 0 saves after the first: refused, saying what changed.
            assertThatThrownBy(() -> calls.invoke(
                            "saveDescriptive", HANOI, 0L, empty, calls.descriptive(1L, "Other", List.of(), null)))
                    .hasMessageContaining("membership.stale");
            assertThat(calls.invoke("profileOf", HANOI).toString())
                    .contains("12 Le Lai, Hoan Kiem")
                    .contains("version=1");
        }
        try (var acting = calls.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"))) {
            assertThat(calls.invoke("profileOf", NAIROBI).toString()).contains("version=0");
        }
    }

    @Test
    void anOfficialChangeWaitsForTheSecretariatAndIsAppliedWhenApproved(RunningPlatform platform) throws Exception {
        var calls = new PluginCalls(platform);
        var contact =
                new OrganisationContact("Nguyen Thi Lan", "Delegate", "lan@hanoi.example.org", "+84 24 1234 5678");
        long request;
        try (var acting = calls.as(Role.MEMBER_CITY, HANOI)) {
            request = (Long) calls.invoke(
                    "requestOfficialChange",
                    HANOI,
                    calls.official(
                            "Hanoi City", "하노이시", "Thành phố Hà Nội", "Tran Sy Thanh", "Chairman", List.of(contact)));
            assertThat(calls.invoke("profileOf", HANOI).toString()).contains("pendingRequest=" + request);
            assertThat(calls.directory().byKey(HANOI).orElseThrow().nameEn()).isEqualTo("Hanoi");
            assertThat(platform.userOf(Role.MEMBER_CITY).organisation()).isEqualTo(HANOI.value());
            assertThat(platform.open("membership/profile", Role.MEMBER_CITY).body())
                    .contains("Pending change: the secretariat has not decided your official change yet.");

            assertThatThrownBy(() -> calls.invoke(
                            "requestOfficialChange",
                            HANOI,
                            calls.official("Ha Noi", "하노이", null, null, null, List.of())))
                    .hasMessageContaining("membership.change.pending");
        }
        try (var acting = calls.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"))) {
            calls.inbox().decide(calls.currentUser(), request, ApprovalStatus.APPROVED, "Welcome");

            var organisation = calls.directory().byKey(HANOI).orElseThrow();
            assertThat(organisation.nameEn()).isEqualTo("Hanoi City");
            assertThat(organisation.nameKo()).isEqualTo("하노이시");
            assertThat(calls.registry().contacts(HANOI)).containsExactly(contact);
            assertThat(calls.invoke("profileOf", HANOI).toString())
                    .contains("headName=Tran Sy Thanh")
                    .contains("pendingRequest=null");
        }
        try (var acting = calls.as(Role.MEMBER_CITY, HANOI)) {
            long second = (Long) calls.invoke(
                    "requestOfficialChange", HANOI, calls.official("Hanoi", "하노이", null, null, null, List.of()));
            try (var secretariat = calls.as(Role.SECRETARIAT, OrganisationKey.of("wego-secretariat"))) {
                calls.inbox().decide(calls.currentUser(), second, ApprovalStatus.REJECTED, "Keep the official name");
                assertThat(calls.directory().byKey(HANOI).orElseThrow().nameEn())
                        .isEqualTo("Hanoi City");
            }
        }
    }

    /** The running platform's beans and the plugin's service, called as a user. */
    private static final class PluginCalls {

        private final ApplicationContext platformContext;
        private final Object profiles;
        private final Class<?> profilesType;
        private final ClassLoader pluginLoader;

        PluginCalls(RunningPlatform platform) throws Exception {
            platformContext = (ApplicationContext) field(platform, "context");
            var runtime = platformContext.getBean(PluginRuntime.class);
            var installed = (Map<?, ?>) field(runtime, "installed");
            var plugin = (ConfigurableApplicationContext) field(installed.get("membership"), "context");
            pluginLoader = plugin.getClassLoader();
            profilesType = pluginLoader.loadClass(MemberProfiles.class.getName());
            profiles = plugin.getBean(profilesType);
        }

        AutoCloseable as(Role role, OrganisationKey organisation) {
            String subject = role.claimValue() + "@" + organisation.value();
            var token = new OidcIdToken(
                    "test-token",
                    Instant.now(),
                    Instant.now().plusSeconds(3600),
                    Map.of(
                            "sub",
                            subject,
                            "name",
                            "Test " + role.claimValue() + " of " + organisation.value(),
                            "email",
                            subject.replace('@', '.') + "@example.org",
                            "org_id",
                            organisation.value()));
            var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role.claimValue()));
            var previous = SecurityContextHolder.getContext().getAuthentication();
            SecurityContextHolder.getContext()
                    .setAuthentication(new OAuth2AuthenticationToken(
                            new DefaultOidcUser(authorities, token), authorities, "keycloak"));
            return () -> SecurityContextHolder.getContext().setAuthentication(previous);
        }

        org.wego.plugin.api.SignedInUser currentUser() {
            return platformContext.getBean(CurrentUser.class).get().orElseThrow();
        }

        ApprovalInbox inbox() {
            return platformContext.getBean(ApprovalInbox.class);
        }

        OrganisationDirectory directory() {
            return platformContext.getBean(OrganisationDirectory.class);
        }

        OrganisationRegistry registry() {
            return platformContext.getBean(OrganisationRegistry.class);
        }

        Object descriptive(Long population, String address, List<String> languages, String descriptionEn)
                throws Exception {
            return construct(
                    Descriptive.class.getName(), population, address, Set.of(), languages, descriptionEn, null);
        }

        Object official(
                String en, String ko, String local, String head, String title, List<OrganisationContact> contacts)
                throws Exception {
            return construct(OfficialChange.class.getName(), en, ko, local, head, title, contacts);
        }

        Object invoke(String name, Object... arguments) throws Exception {
            for (Method method : profilesType.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                    method.setAccessible(true);
                    try {
                        return method.invoke(profiles, arguments);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof Error error) {
                            throw error;
                        }
                        throw (Exception) e.getCause();
                    }
                }
            }
            throw new NoSuchMethodException(name);
        }

        private Object construct(String type, Object... arguments) throws Exception {
            var constructor = pluginLoader.loadClass(type).getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        }

        private static Object field(Object owner, String name) throws Exception {
            Field field = owner.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(owner);
        }
    }
}
