package org.wego.platform.plugins;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import org.wego.platform.documents.DocumentRegistry;
import org.wego.plugin.api.AuditLog;
import org.wego.plugin.api.Notifications;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.Permissions;
import org.wego.plugin.api.RecordReferences;
import org.wego.plugin.api.TimeZones;
import org.wego.plugin.api.Topics;
import org.wego.plugin.api.UserInvitations;
import org.wego.plugin.api.VerifiableDocuments;

/**
 * The platform's implementations of the plugin-API service interfaces, and nothing else of the
 * platform: what a plugin may inject, and what its {@code PluginContext} hands out. A new platform
 * service reaches plugins by adding its interface to {@link #TYPES} and an accessor to {@code
 * PluginContext}.
 */
@Component
class PluginApiServices {

    /** The plugin-API interfaces the platform implements as Spring beans. */
    static final List<Class<?>> TYPES = List.of(
            Permissions.class,
            OrganisationDirectory.class,
            OrganisationRegistry.class,
            AuditLog.class,
            Notifications.class,
            UserInvitations.class,
            RecordReferences.class,
            Topics.class,
            TimeZones.class);

    private final ListableBeanFactory platform;
    private volatile Map<Class<?>, Object> services = Map.of();

    PluginApiServices(ListableBeanFactory platform) {
        this.platform = platform;
    }

    /** Looked up on first use, so services that need the plugin runtime themselves can still be built. */
    <T> T get(Class<T> type) {
        Map<Class<?>, Object> resolved = services;
        if (resolved.isEmpty()) {
            resolved = TYPES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), platform::getBean));
            services = resolved;
        }
        Object service = resolved.get(type);
        if (service == null) {
            throw new IllegalArgumentException(type.getName() + " is not a plugin-API service");
        }
        return type.cast(service);
    }

    /** The verifiable documents as one plugin sees them (its own kinds only). */
    VerifiableDocuments documentsFor(String pluginId) {
        return platform.getBean(DocumentRegistry.class).forPlugin(pluginId);
    }
}
