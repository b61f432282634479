package org.wego.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wego.platform.security.PublicApiCalls;
import org.wego.plugin.api.ApiAccess;

/**
 * Finds the endpoint a call is for in the live request mappings (the platform's and the running
 * plugins') and tells whether it {@linkplain ApiAccess#publicAccess() is public}. An unknown path, a
 * pre-flight or anything that fails to resolve is not public: it still needs a token.
 */
@Component
class PublicApiEndpoints implements PublicApiCalls {

    private final ObjectProvider<RequestMappingHandlerMapping> mapping;

    /** Lazily: the security filter chains are built before Spring MVC's mappings. */
    PublicApiEndpoints(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping) {
        this.mapping = mapping;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = mapping.getObject().getHandler(new OwnAttributes(request));
            return chain != null
                    && chain.getHandler() instanceof HandlerMethod method
                    && ApiAccessRule.isPublic(ApiAccessRule.of(method));
        } catch (Exception unresolved) {
            return false; // e.g. an unsupported media type: the dispatcher answers it after the token check
        }
    }

    /**
     * The lookup writes its findings (matched pattern, path variables) into the request; they stay in
     * this wrapper so the dispatcher later finds the request as it came.
     */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, @Nullable Object> written = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            return written.containsKey(name) ? written.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, @Nullable Object value) {
            written.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            written.put(name, null);
        }
    }
}
