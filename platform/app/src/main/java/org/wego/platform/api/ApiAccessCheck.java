package org.wego.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.ApiAccess;

/**
 * Checks every call under {@code /api} against its endpoint's {@link ApiAccess} before the controller
 * runs; an endpoint without one is closed to everybody. The filter chain has already made sure there
 * is a valid token, or that the endpoint is declared public ({@link PublicApiEndpoints}).
 */
@Configuration
class ApiAccessCheck implements WebMvcConfigurer, HandlerInterceptor {

    private final CurrentUser currentUser;

    ApiAccessCheck(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true; // not an endpoint (e.g. an unknown path), nothing to reveal
        }
        if (!ApiAccessRule.permits(
                ApiAccessRule.of(method), currentUser.get().orElse(null), currentUser.clientScopes())) {
            throw ApiException.forbidden();
        }
        return true;
    }
}
