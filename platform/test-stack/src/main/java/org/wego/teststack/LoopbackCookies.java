package org.wego.teststack;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cookies as a browser keeps them for the local stack. Keycloak marks its cookies {@code Secure}
 * even over http; browsers treat {@code localhost} as a secure origin and send them anyway, Java's
 * {@link CookieManager} does not. For loopback hosts only, the flag is dropped on the way in.
 */
final class LoopbackCookies extends CookieHandler {

    private final CookieManager cookies = new CookieManager();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return cookies.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        if (!isLoopback(uri)) {
            cookies.put(uri, responseHeaders);
            return;
        }
        Map<String, List<String>> relaxed = new LinkedHashMap<>();
        responseHeaders.forEach((name, values) -> relaxed.put(
                name,
                name != null && name.equalsIgnoreCase("Set-Cookie")
                        ? values.stream().map(LoopbackCookies::withoutSecure).toList()
                        : values));
        cookies.put(uri, relaxed);
    }

    static String withoutSecure(String setCookie) {
        return setCookie.replaceAll("(?i);\\s*Secure(?=;|$)", "");
    }

    private static boolean isLoopback(URI uri) {
        String host = uri.getHost();
        return "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
    }
}
