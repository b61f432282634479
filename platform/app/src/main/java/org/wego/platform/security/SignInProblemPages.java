package org.wego.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;
import org.wego.platform.i18n.Translations;

/**
 * Plain pages for when signing in cannot work: Keycloak is unreachable, or the sign-in came back
 * failed. Served without Vaadin and without a session, in the browser's language, and they retry
 * by themselves so the platform recovers as soon as Keycloak returns.
 */
@Controller
class SignInProblemPages {

    static final String UNAVAILABLE = "sign-in-unavailable";
    static final String FAILED = "sign-in-failed";

    private final Translations translations;

    SignInProblemPages(Translations translations) {
        this.translations = translations;
    }

    @PublicEndpoint
    @GetMapping(value = "/" + UNAVAILABLE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "10");
        return page(request, "signin.unavailable.title", "signin.unavailable.text", 10);
    }

    @PublicEndpoint
    @GetMapping(value = "/" + FAILED, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String failed(HttpServletRequest request) {
        return page(request, "signin.failed.title", "signin.failed.text", 0);
    }

    private String page(HttpServletRequest request, String titleKey, String textKey, int retrySeconds) {
        Locale locale = translations.supported(request.getLocale());
        String title = HtmlUtils.htmlEscape(translations.getTranslation(titleKey, locale));
        String text = HtmlUtils.htmlEscape(translations.getTranslation(textKey, locale));
        String retry = HtmlUtils.htmlEscape(translations.getTranslation("signin.retry", locale));
        String refresh = retrySeconds > 0
                ? "<meta http-equiv=\"refresh\" content=\"" + retrySeconds + ";url=" + request.getContextPath() + "/\">"
                : "";
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">%s
                <title>%s · WeGO Platform</title><link rel="stylesheet" href="%s/styles/problem-page.css"></head>
                <body><main><h1>%s</h1><p>%s</p><p><a href="%s/">%s</a></p></main></body></html>
                """.formatted(
                        locale.getLanguage(),
                        refresh,
                        title,
                        request.getContextPath(),
                        title,
                        text,
                        request.getContextPath(),
                        retry);
    }
}
