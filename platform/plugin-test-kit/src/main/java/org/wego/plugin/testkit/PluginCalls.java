package org.wego.plugin.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;

/**
 * Calls the beans of the plugin under test inside a running platform, as a chosen user, the way the
 * plugin's own views call them.
 *
 * <p>The plugin's classes come from its own class loader, not the test's, so a test names a plugin
 * type by its test-side class (same name) and gets objects of the plugin's loader back: {@link
 * #bean} finds the plugin's bean, {@link #make} builds a record or enum of the plugin's loader from
 * arguments, {@link #read} reads a record component. Platform types (the plugin API, {@code java.*})
 * are shared, so arguments and results of those types need no conversion.
 *
 * <pre>{@code
 * var calls = platform.calls();
 * try (var as = calls.as(Role.MEMBER_CITY, OrganisationKey.of("vn-hanoi"))) {
 *     Object input = calls.make(Descriptive.class, 250_000L, "1 Main St", Set.of(), List.of("en"), "…", null);
 *     calls.bean(MemberProfiles.class).invoke("saveDescriptive", OrganisationKey.of("vn-hanoi"), input, 0L);
 * }
 * }</pre>
 */
public final class PluginCalls {

    private final ConfigurableApplicationContext platform;
    private final ConfigurableApplicationContext plugin;

    PluginCalls(ConfigurableApplicationContext platform, ConfigurableApplicationContext plugin) {
        this.platform = platform;
        this.plugin = plugin;
    }

    /**
     * Acts as a signed-in user of the role and organisation on this thread until closed, with the
     * subject {@code {role}@{organisation}}; the platform's services see it as a signed-in session.
     */
    public AutoCloseable as(Role role, OrganisationKey organisation) {
        return as(role.claimValue() + "@" + organisation.value(), role, organisation);
    }

    /** Acts as a user with the given subject (Keycloak user id), role and organisation until closed. */
    public AutoCloseable as(String subject, Role role, OrganisationKey organisation) {
        var token = new OidcIdToken(
                "test-token",
                Instant.now(),
                Instant.now().plusSeconds(3600),
                Map.of(
                        "sub",
                        subject,
                        "name",
                        "Test " + role.claimValue() + " of " + organisation.value(),
                        "email",
                        subject.replace('@', '.') + "@example.org",
                        "org_id",
                        organisation.value()));
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role.claimValue()));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new OAuth2AuthenticationToken(
                        new DefaultOidcUser(authorities, token), authorities, "keycloak"));
        return () -> SecurityContextHolder.getContext().setAuthentication(previous);
    }

    /** A platform bean, e.g. {@code OrganisationRegistry} or the approvals inbox, to set up or check. */
    public <T> T platformBean(Class<T> type) {
        return platform.getBean(type);
    }

    /** The plugin's bean of the type named like the test-side class. */
    public PluginBean bean(Class<?> testSideType) {
        return new PluginBean(plugin.getBean(pluginClass(testSideType)));
    }

    /**
     * An object of the plugin's loader: the constant of an enum by name, or a new instance built with
     * the constructor taking as many arguments (records have one).
     */
    public Object make(Class<?> testSideType, @Nullable Object... arguments) {
        Class<?> type = pluginClass(testSideType);
        if (type.isEnum() && arguments.length == 1 && arguments[0] instanceof String name) {
            return Arrays.stream(type.getEnumConstants())
                    .filter(constant -> ((Enum<?>) constant).name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No " + type.getName() + "." + name));
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == arguments.length) {
                constructor.setAccessible(true);
                try {
                    return constructor.newInstance(arguments);
                } catch (InvocationTargetException e) {
                    throw rethrown(e);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(
                type.getName() + " has no constructor of " + arguments.length + " arguments");
    }

    /** A record component (or any no-argument method) of an object of the plugin's loader. */
    public static @Nullable Object read(Object pluginObject, String accessor) {
        try {
            Method method = pluginObject.getClass().getDeclaredMethod(accessor);
            method.setAccessible(true);
            return method.invoke(pluginObject);
        } catch (InvocationTargetException e) {
            throw rethrown(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("No " + accessor + "() on " + pluginObject.getClass(), e);
        }
    }

    /** The plugin's class of the same name as a class the test compiled against. */
    public Class<?> pluginClass(Class<?> testSideType) {
        try {
            return Class.forName(testSideType.getName(), true, plugin.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("The plugin has no " + testSideType.getName(), e);
        }
    }

    /**
     * Runs test code with the plugin's real types: {@code code} (compiled in the test against the plugin's
     * classes, in the package of {@code samePackage}) is defined in the plugin's class loader and package,
     * so its calls of package-private services are checked by the compiler and need no reflection.
     *
     * <pre>{@code
     * Map<String, Callable<Object>> calls = platform.calls().inPlugin(MemberDirectory.class, DirectoryCalls.class);
     * }</pre>
     *
     * @param samePackage a class of the plugin in the package {@code code} is in
     * @param code a top-level {@link InPlugin} class with a no-argument constructor
     * @param <R> a type both sides share (JDK, plugin API, this kit)
     * @return what the code returned
     */
    public <R> R inPlugin(Class<?> samePackage, Class<? extends InPlugin<R>> code) {
        Class<?> defined = InPluginCode.define(pluginClass(samePackage), code);
        try {
            var constructor = defined.getDeclaredConstructor();
            constructor.setAccessible(true);
            @SuppressWarnings("unchecked")
            InPlugin<R> instance = (InPlugin<R>) constructor.newInstance();
            return instance.run(plugin::getBean);
        } catch (InvocationTargetException e) {
            throw rethrown(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bean of the plugin; its methods are called by name and number of arguments. */
    public static final class PluginBean {

        private final Object bean;

        PluginBean(Object bean) {
            this.bean = bean;
        }

        /**
         * Calls the bean's method of that name taking as many arguments (package-private ones too),
         * through the bean's proxy so transactions apply; rethrows what the method threw.
         */
        public @Nullable Object invoke(String method, @Nullable Object... arguments) {
            for (Class<?> type = bean.getClass(); type != null; type = type.getSuperclass()) {
                for (Method candidate : type.getDeclaredMethods()) {
                    if (candidate.getName().equals(method)
                            && candidate.getParameterCount() == arguments.length
                            && !candidate.isBridge()) {
                        candidate.setAccessible(true);
                        try {
                            return candidate.invoke(bean, arguments);
                        } catch (InvocationTargetException e) {
                            throw rethrown(e);
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
            throw new IllegalArgumentException(
                    bean.getClass().getName() + " has no " + method + " of " + arguments.length + " arguments");
        }

        /** The bean itself (an object of the plugin's loader). */
        public Object target() {
            return bean;
        }
    }

    private static RuntimeException rethrown(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
