package org.wego.platform.plugins;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wego.plugins.*}: where plugin jars live and how often the job scheduler looks for due jobs.
 *
 * @param dir the plugins folder; jars dropped here are loaded at start, installs are copied here
 * @param jobPollingInterval how often due plugin jobs are looked for (cluster-wide, in the database)
 */
@ConfigurationProperties("wego.plugins")
record PluginSettings(Path dir, Duration jobPollingInterval) {}
