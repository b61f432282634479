package org.wego.platform.plugins;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wego.plugin.api.ApiAccess;
import tools.jackson.databind.ObjectMapper;

/**
 * A plugin's REST endpoints: the {@code @RestController} beans of its own context, mapped into the
 * platform's request mappings while the plugin runs, so they answer beside the platform's own under
 * {@code /api/v1}, behind the same bearer-token chain, access check ({@link ApiAccess}), problem
 * details and OpenAPI document. Removed again when the plugin stops.
 *
 * <p>Checked before anything is mapped, so the plugin either gets all its endpoints or fails with
 * every reason: each path must lie under {@code /api/v1/}, each handler must declare its access, and
 * no mapping may clash with the platform's or another plugin's.
 */
@Component
class PluginEndpoints {

    static final String API_PREFIX = "/api/v1/";

    private static final Logger LOG = LoggerFactory.getLogger(PluginEndpoints.class);

    private final RequestMappingHandlerMapping mapping;
    private final ObjectProvider<RequestMappingHandlerAdapter> adapters;
    private final ObjectProvider<ExceptionHandlerExceptionResolver> exceptionResolvers;
    private final ObjectProvider<ObjectMapper> jsonMappers;
    private final Map<String, List<RequestMappingInfo>> registered = new LinkedHashMap<>();

    PluginEndpoints(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
            ObjectProvider<RequestMappingHandlerAdapter> adapters,
            ObjectProvider<ExceptionHandlerExceptionResolver> exceptionResolvers,
            ObjectProvider<ObjectMapper> jsonMappers) {
        this.mapping = mapping;
        this.adapters = adapters;
        this.exceptionResolvers = exceptionResolvers;
        this.jsonMappers = jsonMappers;
    }

    /** One handler method of a plugin controller, as it will be mapped. */
    record Endpoint(RequestMappingInfo info, Object bean, Method method) {}

    /**
     * Maps every endpoint of the plugin's controllers, or none.
     *
     * @throws PluginException naming each endpoint that breaks the contract or clashes
     */
    synchronized void register(String pluginId, ApplicationContext context) {
        List<Endpoint> endpoints = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(RestController.class).values()) {
            endpoints.addAll(endpointsOf(bean, problems));
        }
        if (!problems.isEmpty()) {
            throw new PluginException("its REST endpoints break the plugin contract: " + String.join("; ", problems));
        }
        List<RequestMappingInfo> done = new ArrayList<>();
        try {
            for (Endpoint endpoint : endpoints) {
                mapping.registerMapping(endpoint.info(), endpoint.bean(), endpoint.method());
                done.add(endpoint.info());
            }
        } catch (IllegalStateException clash) {
            done.forEach(mapping::unregisterMapping);
            throw new PluginException("its REST endpoint clashes with one already there: " + clash.getMessage());
        }
        registered.put(pluginId, done);
    }

    /** Unmaps whatever the plugin had mapped; safe when it had nothing. */
    synchronized void remove(String pluginId) {
        List<RequestMappingInfo> infos = registered.remove(pluginId);
        if (infos != null) {
            infos.forEach(mapping::unregisterMapping);
        }
    }

    /**
     * Forgets what Spring MVC and Jackson remember per controller class, method parameter and
     * serialised type once an endpoint has been called: without it a called endpoint's classes,
     * and with them the uninstalled plugin's class loader, would stay until the platform restarts.
     * Spring offers no public way to do this, so the caches are reached by name; if a Spring
     * version renames one, the plugin still stops cleanly and the log says what stays behind.
     */
    void forget(ClassLoader loader) {
        for (RequestMappingHandlerAdapter adapter : adapters) {
            for (String cache : List.of("sessionAttributesHandlerCache", "initBinderCache", "modelAttributeCache")) {
                removeKeysOf(loader, adapter, cache);
            }
            removeKeysOf(loader, fieldOf(adapter, "argumentResolvers"), "argumentResolverCache");
            removeKeysOf(loader, fieldOf(adapter, "initBinderArgumentResolvers"), "argumentResolverCache");
        }
        for (ExceptionHandlerExceptionResolver resolver : exceptionResolvers) {
            removeKeysOf(loader, resolver, "exceptionHandlerCache");
            removeKeysOf(loader, resolver.getArgumentResolvers(), "argumentResolverCache");
        }
        jsonMappers.forEach(ObjectMapper::clearCaches);
    }

    private static void removeKeysOf(ClassLoader loader, @Nullable Object owner, String cacheField) {
        if (fieldOf(owner, cacheField) instanceof Map<?, ?> cache) {
            cache.keySet().removeIf(key -> loadedBy(loader, key));
        }
    }

    private static @Nullable Object fieldOf(@Nullable Object owner, String name) {
        if (owner == null) {
            return null;
        }
        Field field = ReflectionUtils.findField(owner.getClass(), name);
        if (field == null) {
            LOG.warn(
                    "Spring's {}.{} is gone: a called plugin endpoint may keep its class loader",
                    owner.getClass().getSimpleName(),
                    name);
            return null;
        }
        ReflectionUtils.makeAccessible(field);
        return ReflectionUtils.getField(field, owner);
    }

    private static boolean loadedBy(ClassLoader loader, Object key) {
        Class<?> type = key instanceof Class<?> c
                ? c
                : key instanceof MethodParameter p ? p.getDeclaringClass() : key.getClass();
        return type.getClassLoader() == loader;
    }

    private List<Endpoint> endpointsOf(Object bean, List<String> problems) {
        Class<?> type = ClassUtils.getUserClass(AopUtils.getTargetClass(bean));
        RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
        Map<Method, RequestMapping> handlers =
                MethodIntrospector.selectMethods(type, (MethodIntrospector.MetadataLookup<RequestMapping>)
                        method -> AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class));
        List<Endpoint> endpoints = new ArrayList<>();
        handlers.forEach((method, onMethod) -> {
            String name = type.getSimpleName() + "." + method.getName();
            // Spring's own combination of the class's and the method's mapping (paths, media types).
            RequestMappingInfo info =
                    onType == null ? infoOf(onMethod) : infoOf(onType).combine(infoOf(onMethod));
            for (String path : info.getPatternValues()) {
                if (!path.startsWith(API_PREFIX)) {
                    problems.add(name + " answers on " + path + ", outside " + API_PREFIX);
                }
            }
            if (AnnotatedElementUtils.findMergedAnnotation(method, ApiAccess.class) == null
                    && AnnotatedElementUtils.findMergedAnnotation(type, ApiAccess.class) == null) {
                problems.add(name + " declares no @ApiAccess (who may call it)");
            }
            endpoints.add(new Endpoint(info, bean, AopUtils.selectInvocableMethod(method, bean.getClass())));
        });
        return endpoints;
    }

    private RequestMappingInfo infoOf(RequestMapping mapping) {
        return RequestMappingInfo.paths(mapping.path())
                .methods(mapping.method())
                .params(mapping.params())
                .headers(mapping.headers())
                .consumes(mapping.consumes())
                .produces(mapping.produces())
                .options(this.mapping.getBuilderConfiguration())
                .build();
    }
}
