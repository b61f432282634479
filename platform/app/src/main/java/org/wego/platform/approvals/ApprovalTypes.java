package org.wego.platform.approvals;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.ApprovalType;

/**
 * The approval types of the running plugins. The plugin runtime adds a plugin's types when it starts
 * and removes them when it stops, so a type is found exactly while its handler can be called.
 */
@Component
public class ApprovalTypes {

    /** A type and the plugin that declared it. */
    record Declared(String pluginId, ApprovalType type) {}

    private final Map<String, Declared> byName = new ConcurrentHashMap<>();

    /** Adds the types a plugin declared (already checked against the contract). */
    public void register(String pluginId, List<ApprovalType> types) {
        types.forEach(type -> byName.put(type.name(), new Declared(pluginId, type)));
    }

    /** Removes every type of a plugin; its pending requests wait until it runs again. */
    public void remove(String pluginId) {
        byName.values().removeIf(declared -> declared.pluginId().equals(pluginId));
    }

    Optional<Declared> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The declared types, by name, for the inbox's filter. */
    List<Declared> all() {
        return byName.values().stream()
                .sorted(Comparator.comparing(d -> d.type().name()))
                .toList();
    }
}
