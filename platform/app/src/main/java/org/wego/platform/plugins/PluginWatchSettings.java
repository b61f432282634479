package org.wego.platform.plugins;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wego.plugins.watch.*}: the development loop of {@code ./wego run}. Empty (the default of every
 * installation): nothing is watched.
 *
 * @param folders folders where plugin jars are built (e.g. {@code plugins/training/target}); a jar
 *     written there is installed, or reinstalled when it was, while the platform runs
 * @param quietPeriod how long a jar must stay unchanged before it is read (a build writes it, then signs
 *     it in place)
 */
@ConfigurationProperties("wego.plugins.watch")
record PluginWatchSettings(
        @Nullable List<Path> folders, @Nullable Duration quietPeriod) {

    List<Path> foldersOrNone() {
        return folders == null ? List.of() : folders;
    }

    Duration quietPeriodOrDefault() {
        return quietPeriod == null ? Duration.ofSeconds(1) : quietPeriod;
    }
}
