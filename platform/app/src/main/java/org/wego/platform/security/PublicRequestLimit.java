package org.wego.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.wego.platform.i18n.Translations;

/**
 * A rate limit on what anonymous visitors reach: the public pages (a view a plugin declares with
 * {@code Access.publicAccess()}, such as the membership application or the certificate check, and the
 * Vaadin requests of their pages), {@link PublicEndpoint}s and the public REST endpoints ({@code
 * ApiAccess.publicAccess()}, {@link PublicApiCalls}). It runs after Spring Security, so it sees only
 * what anonymous callers were let through, and a plugin's public route gets it by declaring public
 * access, nothing more. Signed-in users, callers with a token and static files are not limited.
 *
 * <p>Each client address has a bucket (Bucket4j) of {@link WebSettings#publicRequestsPerMinute()}
 * requests refilled over a minute; the address is the one Tomcat gives after the trusted proxy's
 * {@code X-Forwarded-For} ({@code server.forward-headers-strategy: native}, {@code
 * WEGO_TRUSTED_PROXIES}), so a proxy does not put everyone in one bucket, and a client that is not a
 * trusted proxy cannot choose its bucket with a forged header. Over the limit: 429 with {@code
 * Retry-After}, a translated page for a browser, a problem detail for anything else. Buckets of
 * addresses gone quiet are dropped, and there are at most {@value #MAX_ADDRESSES} (the oldest go).
 */
class PublicRequestLimit extends OncePerRequestFilter {

    static final int MAX_ADDRESSES = 100_000;

    /**
     * Not pages: Vaadin's and the plugins' static files, health. The API is limited: the only anonymous
     * calls that get this far are those of its public endpoints.
     */
    private static final List<String> NOT_LIMITED = PublicEndpoint.NOT_RATE_LIMITED;

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private final int perMinute;
    private final Translations translations;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_ADDRESSES)
            .expireAfterAccess(Duration.ofMinutes(2))
            .build();

    PublicRequestLimit(WebSettings settings, Translations translations) {
        this.perMinute = settings.publicRequestsPerMinute();
        this.translations = translations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (perMinute == 0 || signedIn()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NOT_LIMITED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(
                request.getRemoteAddr(),
                address -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter =
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        refuse(request, response, retryAfter);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfter) throws IOException {
        Locale locale = translations.supported(request.getLocale());
        String title = translations.getTranslation("web.too-many.title", locale);
        String detail = translations.getTranslation("web.too-many.detail", locale, retryAfter);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="%s"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>%s · WeGO Platform</title><link rel="stylesheet" href="%s/styles/problem-page.css"></head>
                    <body><main><h1>%s</h1><p>%s</p></main></body></html>
                    """.formatted(
                            locale.getLanguage(),
                            HtmlUtils.htmlEscape(title),
                            request.getContextPath(),
                            HtmlUtils.htmlEscape(title),
                            HtmlUtils.htmlEscape(detail)));
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"status\":429,\"title\":" + json(title) + ",\"detail\":"
                            + json(detail) + "}");
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static String json(String text) {
        return JSON.writeValueAsString(text);
    }
}
