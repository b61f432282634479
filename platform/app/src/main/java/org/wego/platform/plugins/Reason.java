package org.wego.platform.plugins;

import java.util.List;

/**
 * A reason in words the reader understands (why a jar is refused, what the platform trusts): a message key of the platform's bundles
 * ({@code plugins.refused.*}, {@code plugins.trust.*}) and the values it shows.
 */
record Reason(String key, List<String> arguments) {

    static Reason of(String key, String... arguments) {
        return new Reason(key, List.of(arguments));
    }
}
