package org.wego.plugin.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a REST endpoint, declared on the handler method (or its controller class): the
 * platform's own endpoints and those of plugins. Deny by default: an endpoint under {@code /api}
 * without it answers 403 to everyone, a plugin declaring one without it is refused, and the access
 * test ({@code ApiAccessIT}) fails on it. The same declaration is what the runtime checks and what
 * the test expects, so the two cannot drift apart.
 *
 * <p>The platform checks the roles and client scopes before the handler runs; the organisation rule
 * ({@link #organisations()}) is the service's to enforce (a foreign record answers 404), and the
 * access test checks it with a caller of another organisation.
 *
 * <p>An endpoint anyone may call without a token (e.g. checking a certificate's code) says so
 * explicitly with {@link #publicAccess()}; the platform then lets anonymous calls through and applies
 * its rate limit of public requests to them (429 with {@code Retry-After} over the limit).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public @interface ApiAccess {

    /** The read-only directory scope of integration clients such as the public website. */
    String DIRECTORY_READ = "directory:read";

    /** The platform roles whose users may call the endpoint; empty (the default) for none. */
    Role[] roles() default {};

    /**
     * The scopes that let a client acting for itself (a token without a platform role, e.g. {@code
     * wego-integration}'s) call the endpoint; empty (the default) for none.
     */
    String[] clientScopes() default {};

    /**
     * Whether anyone may call the endpoint, without a token: public data only, since nothing tells the
     * callers apart. The platform rate-limits anonymous calls per client address, as it does public
     * pages; callers with a token are served as signed-in callers. {@code false} (the default) for an
     * endpoint that needs a token.
     */
    @Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
    boolean publicAccess() default false;

    /** Which organisations' records the endpoint serves to a permitted caller. */
    Organisations organisations() default Organisations.ANY;

    /** The organisation rule of an endpoint; the service enforces it, the access test checks it. */
    enum Organisations {
        /** Any organisation: public registry fields, or data that belongs to no organisation. */
        ANY,
        /**
         * Only organisations in the caller's scope (the secretariat all, a regional office its region,
         * anyone else their own); a foreign one answers 404, revealing nothing.
         */
        CALLER_SCOPE,
        /**
         * Member organisations only (cities, companies, institutions; not the secretariat, regional
         * offices or partners), whoever asks: an organisation of another type answers 404.
         */
        MEMBERS
    }
}
