package org.wego.platform.security;

import java.net.URI;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The browser's security headers of each filter chain. Spring Security sends {@code
 * X-Content-Type-Options}, cache control and, over HTTPS only, {@code Strict-Transport-Security}
 * (here with the configured max-age, or not at all with 0); this adds a Content-Security-Policy and a
 * referrer policy. Cookies: the session cookie is {@code HttpOnly}, {@code SameSite=Lax} (set in
 * application.yaml; {@code Lax}, not {@code Strict}, or the browser would drop it on the way back from
 * Keycloak's sign-in page) and {@code Secure} when the request came over HTTPS (Tomcat does that by
 * itself, also behind a trusted proxy that says {@code X-Forwarded-Proto: https}).
 */
final class ResponseHeaders {

    /**
     * The screens' policy, as loose as Vaadin needs and no looser: Vaadin's client runs server-sent
     * JavaScript through {@code new Function} ({@code 'unsafe-eval'}) and its bootstrap page carries
     * inline scripts and styles ({@code 'unsafe-inline'}); everything else comes from the platform
     * itself. No other site may frame the platform; forms post only to it and to the sign-in service
     * (Keycloak's sign-out confirmation).
     */
    static String screensPolicy(String issuer) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self';"
                + " object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self' "
                + origin(issuer);
    }

    /** The API answers JSON only: nothing in it may run, load or be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private ResponseHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> forScreens(WebSettings settings, String issuer) {
        return headers -> common(headers, settings)
                .contentSecurityPolicy(csp -> csp.policyDirectives(screensPolicy(issuer)))
                .frameOptions(frame -> frame.sameOrigin());
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> forApi(WebSettings settings) {
        return headers -> common(headers, settings).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    private static HeadersConfigurer<HttpSecurity> common(
            HeadersConfigurer<HttpSecurity> headers, WebSettings settings) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
        if (settings.hstsMaxAge().isZero()) {
            headers.httpStrictTransportSecurity(hsts -> hsts.disable());
        } else {
            headers.httpStrictTransportSecurity(hsts ->
                    hsts.maxAgeInSeconds(settings.hstsMaxAge().toSeconds()).includeSubDomains(false));
        }
        return headers;
    }

    /** {@code scheme://host[:port]} of the sign-in service, the only other origin a form may post to. */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
