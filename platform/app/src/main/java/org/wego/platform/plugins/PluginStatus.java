package org.wego.platform.plugins;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One installed plugin as the administration sees it.
 *
 * @param id the plugin id, e.g. {@code training}
 * @param version its version, e.g. {@code 1.2.0}
 * @param description what it does, from its manifest
 * @param state started, disabled or failed
 * @param reason why it failed, in words an administrator can act on (English); {@code null} unless failed
 * @param apiRange the plugin-API versions it needs ({@code Plugin-Requires}), e.g. {@code >=1.0.0 & <2.0.0}
 * @param migrations the change sets of its database applied so far, oldest first
 * @param reasonKey the message key of the reason when it is translated (a refused jar: unsigned, reserved
 *     id, …), else {@code null}: screens show {@code getTranslation(reasonKey, reasonArguments)}
 * @param reasonArguments the values of the translated reason
 */
public record PluginStatus(
        String id,
        String version,
        String description,
        PluginState state,
        @Nullable String reason,
        String apiRange,
        List<String> migrations,
        @Nullable String reasonKey,
        List<String> reasonArguments) {}
