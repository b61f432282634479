package org.wego.platform.plugins;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The Spring context of each running plugin, by its class loader. It also makes the platform build a
 * plugin's classes (a plugin view Vaadin asks for) in that plugin's context, so their constructors get
 * the plugin's own beans: the platform context hands such a class over before instantiating it.
 * Deliberately without dependencies, because bean post-processors are created before everything else.
 */
@Component
class PluginContexts implements InstantiationAwareBeanPostProcessor {

    private final Map<ClassLoader, ConfigurableApplicationContext> byLoader = new ConcurrentHashMap<>();

    void add(ClassLoader loader, ConfigurableApplicationContext context) {
        byLoader.put(loader, context);
    }

    void remove(ClassLoader loader) {
        byLoader.remove(loader);
    }

    Optional<ConfigurableApplicationContext> of(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        // JDK classes have none (the boot loader).
        return loader == null ? Optional.empty() : Optional.ofNullable(byLoader.get(loader));
    }

    @Override
    public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) throws BeansException {
        return of(beanClass)
                .map(context -> (Object) context.getAutowireCapableBeanFactory().createBean(beanClass))
                .orElse(null);
    }
}
