package org.wego.platform.plugins;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wego.plugins.*}: where plugin jars live, which keys may sign them, and how often the job
 * scheduler looks for due jobs.
 *
 * @param dir the plugins folder; jars dropped here are loaded at start, installs are copied here
 * @param jobPollingInterval how often due plugin jobs are looked for (cluster-wide, in the database)
 * @param trustStore the keystore (PKCS12 or JKS) whose certificates sign the plugins the platform runs;
 *     empty: none is trusted, so no plugin is installed or started (deny by default)
 * @param trustStorePassword its password, if it has one
 */
@ConfigurationProperties("wego.plugins")
record PluginSettings(
        Path dir,
        Duration jobPollingInterval,
        @Nullable String trustStore,
        @Nullable String trustStorePassword) {}
