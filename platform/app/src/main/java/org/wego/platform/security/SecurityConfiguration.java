package org.wego.platform.security;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.wego.platform.i18n.Translations;
import org.wego.platform.navigation.NavigationRegistry;
import org.wego.platform.navigation.RegistryAccessChecker;

/**
 * Two filter chains. The API's ({@code /api/**}, first): stateless, bearer tokens from the same
 * Keycloak realm, answers 401/403 as problem details, never a session or a redirect; which caller may
 * call which endpoint is declared on the endpoint and checked by the API layer, and only an endpoint
 * declared public ({@link PublicApiCalls}) takes a call without a token. The UI's: Vaadin's,
 * signing in through Keycloak. Deny by default: besides Vaadin's own resources only health, the
 * sign-in problem pages and the API's description are open; every view is checked against the
 * navigation registry on the server.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** The REST API: a stateless bearer-token resource server apart from the UI's sign-in. */
    static final String API_PATHS = "/api/**";

    /** Downloads of attached files; the files feature checks each request against the record's rule. */
    static final String SIGNED_IN_DOWNLOADS = "/files/*";

    static final String SIGN_IN_PAGE = "/oauth2/authorization/" + IdentityProvider.REGISTRATION_ID;

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            OidcSettings settings,
            ApiTokenSettings tokens,
            Translations translations,
            WebSettings web,
            PublicApiCalls publicApiCalls)
            throws Exception {
        var problems = new ApiProblemResponses(translations);
        http.securityMatcher(API_PATHS)
                // Anonymous only where the endpoint declares public access; PublicRequestLimit counts those.
                .authorizeHttpRequests(requests -> requests.requestMatchers(publicApiCalls)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // No cookies are read here, so there is no cross-site request to forge.
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(server -> server.jwt(
                                jwt -> jwt.decoder(BearerTokens.decoder(settings.issuer(), tokens))
                                        .jwtAuthenticationConverter(new BearerTokens()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        http.headers(ResponseHeaders.forApi(web));
        return http.build();
    }

    @Bean
    SecurityFilterChain platformFilterChain(
            HttpSecurity http,
            IdentityProvider identityProvider,
            KeycloakUserService users,
            PlatformSessions sessions,
            WebSettings web,
            OidcSettings settings)
            throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers(PublicEndpoint.PATHS_WITHOUT_ANNOTATION.toArray(String[]::new))
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PublicEndpoint.PLUGIN_FILES)
                        .permitAll()
                        .requestMatchers("/" + SignInProblemPages.UNAVAILABLE, "/" + SignInProblemPages.FAILED)
                        .permitAll()
                        // Attachment downloads (files feature): any signed-in user reaches the controller,
                        // which checks the record's rule itself and answers 404 for what the user may not see.
                        .requestMatchers(HttpMethod.GET, SIGNED_IN_DOWNLOADS)
                        .authenticated());
        // Our own login page setting, so Spring never generates its "Please sign in" chooser page.
        http.oauth2Login(login -> login.loginPage(SIGN_IN_PAGE)
                .clientRegistrationRepository(identityProvider)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler((request, response, exception) ->
                        response.sendRedirect(request.getContextPath() + "/" + SignInProblemPages.FAILED)));
        http.addFilterBefore(
                new IdentityProviderGate(identityProvider), OAuth2AuthorizationRequestRedirectFilter.class);
        // Sessions end with the account's Keycloak session: back-channel logout, revocations, revalidation.
        sessions.applyTo(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(SIGN_IN_PAGE, "{baseUrl}"));
        http.headers(ResponseHeaders.forScreens(web, settings.issuer()));
        return http.build();
    }

    /** Replaces Vaadin's annotation-based check with the registry's: routes come from the registry. */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(NavigationRegistry registry) {
        return new NavigationAccessControlConfigurer()
                .withNavigationAccessChecker(new RegistryAccessChecker(
                        registry, principal -> PlatformUsers.from(principal, Locale.ENGLISH)));
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
