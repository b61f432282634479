package org.wego.plugins.membership;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Topic;
import org.wego.plugin.api.Topics;

/**
 * The kit's unit-test context with an empty registry and a fixed topic list, for unit tests of views
 * whose constructors read both (no I/O): every other service is the kit's double.
 */
public final class NoDatabase {

    private NoDatabase() {}

    /** {@code kit} with an empty organisation directory and these topics. */
    public static PluginContext context(PluginContext kit, List<Topic> topics) {
        var organisations = (OrganisationDirectory) Proxy.newProxyInstance(
                NoDatabase.class.getClassLoader(),
                new Class<?>[] {OrganisationDirectory.class},
                (proxy, method, arguments) -> {
                    Class<?> type = method.getReturnType();
                    if (type == List.class) {
                        return List.of();
                    }
                    return type == int.class ? 0 : type == long.class ? 0L : Optional.empty();
                });
        Topics list = new Topics() {
            @Override
            public List<Topic> current() {
                return topics.stream().filter(t -> !t.retired()).toList();
            }

            @Override
            public List<Topic> all() {
                return topics;
            }

            @Override
            public Optional<Topic> byCode(String code) {
                return topics.stream().filter(t -> t.code().equals(code)).findFirst();
            }
        };
        return (PluginContext) Proxy.newProxyInstance(
                NoDatabase.class.getClassLoader(),
                new Class<?>[] {PluginContext.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "organisations" -> organisations;
                    case "topics" -> list;
                    default -> method.invoke(kit, arguments);
                });
    }
}
