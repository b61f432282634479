package org.wego.platform.security;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The calls under {@code /api} that need no token: those whose endpoint declares {@link
 * org.wego.plugin.api.ApiAccess#publicAccess()}. The API layer knows the endpoints and implements
 * it; the API's filter chain lets these calls through anonymously (where {@link PublicRequestLimit}
 * counts them) and asks every other call for a token.
 */
public interface PublicApiCalls extends RequestMatcher {}
