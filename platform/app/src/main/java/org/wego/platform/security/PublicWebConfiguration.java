package org.wego.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wego.platform.i18n.Translations;

/**
 * What the platform does for the open web besides signing in: the rate limit of public pages and the
 * short life of anonymous sessions. Headers are set in the filter chains ({@link ResponseHeaders}).
 */
@Configuration
class PublicWebConfiguration {

    /** After Spring Security's filter (order -100), so the limit sees who is signed in. */
    static final int RATE_LIMIT_ORDER = 0;

    @Bean
    FilterRegistrationBean<PublicRequestLimit> publicRequestLimit(WebSettings settings, Translations translations) {
        var registration = new FilterRegistrationBean<>(new PublicRequestLimit(settings, translations));
        registration.setOrder(RATE_LIMIT_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    AnonymousSessions anonymousSessions(
            WebSettings settings, @Value("${server.servlet.session.timeout:30m}") java.time.Duration ordinary) {
        return new AnonymousSessions(settings, ordinary);
    }
}
