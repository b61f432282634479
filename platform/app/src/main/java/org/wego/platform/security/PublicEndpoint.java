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
     * The open paths that are not controller methods of ours, so cannot carry the annotation: health for
     * load balancers and probes (status only, no details), and the styles of the sign-in problem pages.
     */
    List<String> PATHS_WITHOUT_ANNOTATION = List.of("/actuator/health", "/actuator/health/**", "/styles/**");

    /** The plugins' public static files, served by an annotated controller under this pattern. */
    String PLUGIN_FILES = "/plugins/*/**";
}
