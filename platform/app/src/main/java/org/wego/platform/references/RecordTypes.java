package org.wego.platform.references;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.wego.plugin.api.RecordType;

/**
 * The record types of the plugins that run now, and the label each type had when it last ran, so a
 * reference to a stopped plugin's record still says what it was ("record of training programme").
 */
@Component
public class RecordTypes {

    /** The last-seen label of a type in each language, by {@code pluginId:type}. */
    private final Map<String, Map<String, String>> labels = new ConcurrentHashMap<>();

    private final Map<String, Map<String, RecordType>> running = new ConcurrentHashMap<>();

    /**
     * Offers a started plugin's types.
     *
     * @param label translates a type's label key into a language, through the plugin's bundle
     */
    public void register(
            String pluginId, List<RecordType> types, java.util.function.BiFunction<String, Locale, String> label) {
        running.put(
                pluginId, types.stream().collect(Collectors.toUnmodifiableMap(RecordType::name, Function.identity())));
        for (RecordType type : types) {
            labels.put(
                    pluginId + ":" + type.name(),
                    Map.of(
                            "en", label.apply(type.labelKey(), Locale.ENGLISH),
                            "ko", label.apply(type.labelKey(), Locale.KOREAN)));
        }
    }

    /** Withdraws a plugin's types (stopped, failed or uninstalled); their labels stay known. */
    public void remove(String pluginId) {
        running.remove(pluginId);
    }

    Optional<RecordType> running(String pluginId, String type) {
        return Optional.ofNullable(running.getOrDefault(pluginId, Map.of()).get(type));
    }

    /** The label last seen for a type in a language, if the type ran since the platform started. */
    Optional<String> lastLabel(String pluginId, String type, Locale locale) {
        return Optional.ofNullable(labels.getOrDefault(pluginId + ":" + type, Map.of())
                .get("ko".equals(locale.getLanguage()) ? "ko" : "en"));
    }
}
