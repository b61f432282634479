package org.wego.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.platform.navigation.RegisteredView;
import org.wego.platform.security.PublicEndpoint;
import org.wego.plugin.api.Role;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.DemoUser;

/**
 * Deny by default, checked on the live product (the platform with the plugins it ships): every view
 * in the navigation registry (the platform's and the plugins') and every web endpoint Spring knows
 * is requested anonymously and as each role, and must answer exactly as declared. Nothing here lists
 * routes by hand; a new route is checked the day it is registered. Over HTTP, without a browser.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessIT {

    private RunningPlatform platform;

    private NavigationRegistry navigation;

    /** Every annotated-controller mapping in the context: the application's, Actuator's, the plugins'. */
    private java.util.Collection<RequestMappingInfoHandlerMapping> mappings;

    private final Map<Role, BrowserlessSignIn> sessions = new LinkedHashMap<>();

    @BeforeAll
    void signInOnePersonPerRole(RunningPlatform platform) {
        this.platform = platform;
        this.navigation = platform.bean(NavigationRegistry.class);
        this.mappings = platform.beans(RequestMappingInfoHandlerMapping.class);
        for (DemoUser user : DemoUser.all()) {
            Role role = Role.fromClaimValue(user.role()).orElseThrow();
            if (!sessions.containsKey(role)) {
                var session = BrowserlessSignIn.newSession();
                assertThat(session.open(url(""), user.username(), user.password())
                                .status())
                        .isEqualTo(200);
                sessions.put(role, session);
            }
        }
        assertThat(sessions.keySet()).as("a demo user for every role").containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void everyRegisteredViewAnswersAsItsDeclaredAccessSays() {
        List<RegisteredView> views = navigation.views();
        assertThat(views).isNotEmpty();
        var softly = new SoftAssertions();
        for (RegisteredView registered : views) {
            var view = registered.view();
            String path = pathOf(view);
            var anonymous = BrowserlessSignIn.newSession().get(url(path));
            if (view.access().isPublic()) {
                softly.assertThat(anonymous.status())
                        .as("anonymous on public /" + view.path())
                        .isEqualTo(200);
            } else {
                softly.assertThat(anonymous.isKeycloakLoginForm())
                        .as("anonymous on /" + view.path() + " is sent to sign in")
                        .isTrue();
            }
            sessions.forEach((role, session) -> {
                int expected = view.access().permits(userWith(role)) ? 200 : 403;
                softly.assertThat(session.get(url(path)).status())
                        .as(role + " on /" + view.path())
                        .isEqualTo(expected);
            });
        }
        softly.assertAll();
    }

    /**
     * Views that take a parameter are opened with a sample: an organisation none of the demo users
     * belongs to, so each role is also tried on a foreign organisation. A parameterised view without
     * a sample fails the test until one is added here.
     */
    private static final Map<Class<?>, String> SAMPLE_PARAMETERS =
            Map.of(org.wego.platform.organisations.OrganisationView.class, "kr-seoul");

    private static String pathOf(org.wego.plugin.api.ui.ViewContribution view) {
        if (!com.vaadin.flow.router.HasUrlParameter.class.isAssignableFrom(view.viewClass())) {
            return view.path();
        }
        String sample = SAMPLE_PARAMETERS.get(view.viewClass());
        assertThat(sample)
                .as("a sample parameter for " + view.viewClass().getName())
                .isNotNull();
        return view.path() + "/" + sample;
    }

    /**
     * The applicant policy (issue 13): a view about an organisation, opened on an applicant, shows it
     * to the secretariat only; every other role that may open the view gets 404, as for an unknown one.
     */
    @Test
    void viewsAboutAnOrganisationShowAnApplicantToTheSecretariatOnly() {
        Applicants.sample(platform);
        var softly = new SoftAssertions();
        List<String> checked = new ArrayList<>();
        for (RegisteredView registered : navigation.views()) {
            var view = registered.view();
            if (!SAMPLE_PARAMETERS.containsKey(view.viewClass())) {
                continue;
            }
            String path = view.path() + "/" + Applicants.KEY;
            checked.add(path);
            sessions.forEach((role, session) -> {
                if (!view.access().permits(userWith(role))) {
                    return;
                }
                var page = session.get(url(path));
                softly.assertThat(page.status())
                        .as(role + " on /" + path)
                        .isEqualTo(role == Role.SECRETARIAT ? 200 : 404);
                if (role != Role.SECRETARIAT) {
                    softly.assertThat(page.body()).as(role + " on /" + path).doesNotContain("Applicant Sample");
                }
            });
        }
        softly.assertAll();
        assertThat(checked).as("the organisation views").isNotEmpty();
    }

    private static final org.springframework.util.AntPathMatcher PATHS = new org.springframework.util.AntPathMatcher();

    @Test
    void everyWebEndpointIsClosedToAnonymousCallersUnlessMarkedPublic() {
        List<String> checked = new ArrayList<>();
        var softly = new SoftAssertions();
        mappings.stream()
                .flatMap(m -> m.getHandlerMethods().entrySet().stream())
                .forEach(entry -> {
                    var info = entry.getKey();
                    var method = entry.getValue();
                    Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
                    if (!verbs.isEmpty() && !verbs.contains(RequestMethod.GET)) {
                        return;
                    }
                    for (String pattern : info.getPatternValues()) {
                        if (pattern.contains("{") || pattern.contains("*")) {
                            continue; // no such endpoint yet; when one comes, this test must learn to fill it in
                        }
                        checked.add(pattern);
                        var page = BrowserlessSignIn.newSession().get(url(pattern.substring(1)));
                        if (method.hasMethodAnnotation(PublicEndpoint.class)
                                || org.wego.platform.api.ApiAccessRule.isPublic(
                                        org.wego.platform.api.ApiAccessRule.of(method))
                                || PublicEndpoint.PATHS_WITHOUT_ANNOTATION.stream()
                                        .anyMatch(open -> PATHS.match(open, pattern))) {
                            softly.assertThat(page.isKeycloakLoginForm())
                                    .as("public " + pattern)
                                    .isFalse();
                        } else {
                            softly.assertThat(
                                            page.isKeycloakLoginForm() || page.status() == 401 || page.status() == 403)
                                    .as("anonymous GET " + pattern + " answered " + page.status())
                                    .isTrue();
                        }
                    }
                });
        softly.assertAll();
        assertThat(checked).as("the endpoints found").isNotEmpty();
    }

    @Test
    void healthIsPublicForProbesAndRevealsNoDetails() {
        var page = BrowserlessSignIn.newSession().get(url("actuator/health"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        var env = BrowserlessSignIn.newSession().get(url("actuator/env"));
        assertThat(env.isKeycloakLoginForm() || env.status() == 404)
                .as("other actuator endpoints are not exposed: " + env.status())
                .isTrue();
    }

    private URI url(String path) {
        return platform.baseUrl().resolve(path);
    }

    private static org.wego.plugin.api.SignedInUser userWith(Role role) {
        return new org.wego.plugin.api.SignedInUser(
                "x",
                "x",
                "x@x.org",
                Set.of(role),
                org.wego.plugin.api.OrganisationKey.of("vn-hanoi"),
                java.util.Locale.ENGLISH);
    }
}
