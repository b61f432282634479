package org.wego.platform.plugins;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.UrlResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wego.platform.security.PublicEndpoint;

/**
 * Plugins' public static files (scripts, styles, images) at {@code /plugins/{id}/...}, served from
 * {@code public/} in the plugin's jar. Public by the plugin contract: put nothing private there.
 */
@RestController
class PluginResources {

    static final String PREFIX = "/plugins/";

    private final PluginRuntime runtime;

    PluginResources(PluginRuntime runtime) {
        this.runtime = runtime;
    }

    @PublicEndpoint
    @GetMapping(PREFIX + "{id}/**")
    ResponseEntity<Resource> file(@PathVariable String id, HttpServletRequest request) {
        String path =
                request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length() + id.length());
        path = path.startsWith("/") ? path.substring(1) : path;
        return runtime.publicResource(id, path)
                .map(url -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                        .contentType(
                                MediaTypeFactory.getMediaType(url.getPath()).orElse(MediaType.APPLICATION_OCTET_STREAM))
                        .body((Resource) new UrlResource(url)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
