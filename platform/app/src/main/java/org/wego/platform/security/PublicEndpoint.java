package org.wego.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Marks a web endpoint that anyone may call without signing in. The route-access test reads it: an
 * endpoint without it must send anonymous callers to sign in, so a forgotten check fails the build.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicEndpoint {

    /**
     * The API's description: the OpenAPI document and the Swagger UI that browses it. Public on purpose:
     * they describe endpoints and parameters but hold no data, and every call they lead to needs a token.
     */
    List<String> API_DOCS =
            List.of("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**");

    /**
     * The open paths that are not controller methods of ours, so cannot carry the annotation: health for
     * load balancers and probes (status only, no details), the styles of the sign-in problem pages, and
     * the {@linkplain #API_DOCS API's description}. Patterns, as Spring Security matches them.
     */
    List<String> PATHS_WITHOUT_ANNOTATION = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("/actuator/health", "/actuator/health/**", "/styles/**"),
                    API_DOCS.stream())
            .toList();

    /**
     * Path prefixes that {@link PublicRequestLimit} does not count: static files (Vaadin's, the styles,
     * the plugins') and health. Every other route an anonymous caller reaches is rate-limited, public
     * REST endpoints included; the route-access tests check that none of those lies under these.
     */
    List<String> NOT_RATE_LIMITED =
            List.of("/VAADIN/", "/styles/", "/plugins/", "/actuator/", "/icons/", "/favicon.ico", "/sw.js");

    /** The plugins' public static files, served by an annotated controller under this pattern. */
    String PLUGIN_FILES = "/plugins/*/**";
}
