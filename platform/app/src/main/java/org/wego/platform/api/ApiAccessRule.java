package org.wego.platform.api;

import java.util.Arrays;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.SignedInUser;

/**
 * Reads an endpoint's {@link ApiAccess} and decides whether a caller passes it; free of I/O. Public
 * for the whole-product access test, which expects of every live endpoint what this rule decides.
 */
public final class ApiAccessRule {

    private ApiAccessRule() {}

    /** The endpoint's declaration (method first, then its class), or {@code null} if it has none. */
    public static @Nullable ApiAccess of(HandlerMethod handler) {
        ApiAccess onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ApiAccess.class);
        return onMethod != null
                ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ApiAccess.class);
    }

    /**
     * Whether a caller may call an endpoint: anyone if it is {@linkplain ApiAccess#publicAccess()
     * public}, else a platform user holding one of its roles, or a client (no user) holding one of its
     * client scopes. No declaration, no access.
     */
    public static boolean permits(@Nullable ApiAccess access, @Nullable SignedInUser user, Set<String> clientScopes) {
        if (access == null) {
            return false;
        }
        if (access.publicAccess()) {
            return true;
        }
        if (user != null) {
            return user.hasAnyRole(Set.of(access.roles()));
        }
        return Arrays.stream(access.clientScopes()).anyMatch(clientScopes::contains);
    }

    /** Whether an endpoint declares itself open to anonymous callers. */
    public static boolean isPublic(@Nullable ApiAccess access) {
        return access != null && access.publicAccess();
    }
}
