package org.wego.plugin.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.wego.platform.approvals.ApprovalInbox;
import org.wego.platform.audit.AuditTrail;
import org.wego.platform.files.FileStore;
import org.wego.platform.i18n.Translations;
import org.wego.platform.plugins.PluginRuntime;
import org.wego.platform.reminders.DeadlineReminders;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.ApprovalStatus;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Reminder;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.teststack.TestStack;

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

    // What a plugin's tests need of the platform, offered here so they import none of its internal
    // classes (PluginArchitectureTest checks their test classes too).

    /** The secretariat's own organisation, whose officer decides approvals. */
    public static final OrganisationKey SECRETARIAT = OrganisationKey.of("wego-secretariat");

    /**
     * The user this thread acts as ({@link #as}), as the platform's services and the plugin's {@code
     * PluginContext.currentUser()} see them.
     *
     * @throws IllegalStateException outside {@link #as}
     */
    public SignedInUser currentUser() {
        return platform.getBean(CurrentUser.class)
                .get()
                .orElseThrow(() -> new IllegalStateException("not acting as anyone: call as(...) first"));
    }

    /**
     * How one request came out of a decision.
     *
     * @param requestId the request decided
     * @param status its status afterwards; {@code null} when the decision failed
     * @param problem why the decision failed (e.g. the plugin's handler refused it); {@code null} when
     *     it succeeded
     */
    public record Decision(
            long requestId,
            @Nullable ApprovalStatus status,
            @Nullable String problem) {

        /** Whether the decision was taken. */
        public boolean succeeded() {
            return problem == null;
        }
    }

    /**
     * Decides a request as an officer of the secretariat does in the approvals inbox: the inbox's checks,
     * the plugin's handler and the audit entry, in one transaction. A refusal (the handler's {@code
     * ApprovalException}, a missing comment for a rejection) is thrown as the inbox throws it.
     *
     * @param comment required for a rejection, optional otherwise
     */
    public Decision decideAsSecretariat(long requestId, ApprovalStatus outcome, @Nullable String comment) {
        try (var acting = actingAsSecretariat()) {
            var decided = platform.getBean(ApprovalInbox.class).decide(currentUser(), requestId, outcome, comment);
            return new Decision(requestId, decided.status(), null);
        }
    }

    /**
     * Decides many requests at once as the inbox's bulk action does, each in its own transaction: one
     * failing leaves the others decided.
     *
     * @return one decision per distinct id, in the order given
     */
    public List<Decision> decideAllAsSecretariat(
            List<Long> requestIds, ApprovalStatus outcome, @Nullable String comment) {
        try (var acting = actingAsSecretariat()) {
            return platform.getBean(ApprovalInbox.class).decideAll(currentUser(), requestIds, outcome, comment).stream()
                    .map(done -> done.succeeded()
                            ? new Decision(done.requestId(), outcome, null)
                            : new Decision(
                                    done.requestId(),
                                    null,
                                    String.valueOf(done.problem().getMessage())))
                    .toList();
        }
    }

    /**
     * A request of the approvals inbox as the secretariat's officer reads it.
     *
     * @param id its id
     * @param type its type, {@code {pluginId}.{kind}}
     * @param status where it stands
     * @param details what the officer is shown, label to value
     * @param comment the decision's comment, if decided with one
     */
    public record Approval(
            long id,
            String type,
            ApprovalStatus status,
            Map<String, String> details,
            @Nullable String comment) {}

    /**
     * A request as the secretariat's officer reads it in the inbox.
     *
     * @throws java.util.NoSuchElementException for an unknown id
     */
    public Approval approvalAsSecretariat(long requestId) {
        try (var acting = actingAsSecretariat()) {
            var request = platform.getBean(ApprovalInbox.class)
                    .byId(currentUser(), requestId)
                    .orElseThrow(() -> new java.util.NoSuchElementException("no approval request " + requestId));
            return new Approval(request.id(), request.type(), request.status(), request.details(), request.comment());
        }
    }

    /**
     * One entry of the audit trail.
     *
     * @param at when
     * @param userName who acted, by display name ({@code system} for the platform itself)
     * @param entity the kind of record, e.g. {@code training.nomination}
     * @param entityId the record's id
     * @param before the record before the change, as JSON; {@code null} for a creation
     * @param after the record after the change, as JSON; {@code null} for a deletion
     */
    public record AuditEntry(
            LocalDateTime at,
            String userName,
            String entity,
            String entityId,
            @Nullable String before,
            @Nullable String after) {}

    /** The audit trail of one record, newest first, as the secretariat reads it (at most 1,000 entries). */
    public List<AuditEntry> auditOf(String entity, String entityId) {
        try (var acting = actingAsSecretariat()) {
            return platform
                    .getBean(AuditTrail.class)
                    .read(currentUser(), new AuditTrail.Filter(entity, null), 0, 1_000)
                    .stream()
                    .filter(entry -> entry.entityId().equals(entityId))
                    .map(entry -> new AuditEntry(
                            entry.at(),
                            entry.userName(),
                            entry.entity(),
                            entry.entityId(),
                            entry.before(),
                            entry.after()))
                    .toList();
        }
    }

    /**
     * A text as the platform shows it in a language: a key of the plugin's bundles or the platform's,
     * with its arguments filled in.
     */
    public String text(String key, Locale locale, Object... arguments) {
        return platform.getBean(Translations.class).getTranslation(key, locale, arguments);
    }

    /**
     * A mail the test stack's mail sink received.
     *
     * @param subject its subject
     * @param content its text
     */
    public record Mail(String subject, String content) {}

    /** The mails the platform has sent to an address so far (sent after their transaction commits). */
    public List<Mail> mailsTo(String address) {
        return TestStack.current().mailSink().inbox(address).stream()
                .map(mail -> new Mail(mail.subject(), mail.content()))
                .toList();
    }

    /**
     * Whether a file is held among the platform's own records (e.g. a logo an approval moved into the
     * registry), as the platform's organisation page reads it.
     */
    public boolean isPlatformFile(long attachmentId) {
        return platform.getBean(FileStore.class)
                .forOwner(FileStore.PLATFORM)
                .find(attachmentId)
                .isPresent();
    }

    // ---- deadline reminders: the platform's sweep, run by a test when it wants it

    /**
     * One reminder a sweep queued.
     *
     * @param reminder the reminder's name
     * @param recordId the record it is about
     * @param deadline the deadline
     * @param daysBefore the lead time it was queued for
     */
    public record QueuedReminder(String reminder, String recordId, LocalDate deadline, int daysBefore) {}

    /** Whether the platform runs a reminder sweep for the plugin, i.e. the plugin declared reminders. */
    public boolean declaresReminders() {
        String id = plugin.getBean(PluginContext.class).pluginId();
        return platform.getBean(PluginRuntime.class).registeredJobs().contains(id + "/reminders.sweep");
    }

    /**
     * Sweeps the plugin's reminders once, now, as the platform's job does on each node (the key of
     * record, deadline and lead time makes a second sweep queue nothing); what this sweep queued.
     */
    public List<QueuedReminder> sweepReminders(List<Reminder> reminders) {
        String id = plugin.getBean(PluginContext.class).pluginId();
        return platform.getBean(DeadlineReminders.class).sweep(id, reminders).stream()
                .map(q -> new QueuedReminder(q.reminder(), q.recordId(), q.deadline(), q.daysBefore()))
                .toList();
    }

    private AutoCloseableAs actingAsSecretariat() {
        AutoCloseable acting = as("secretariat@" + SECRETARIAT.value(), Role.SECRETARIAT, SECRETARIAT);
        return () -> {
            try {
                acting.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** An {@link AutoCloseable} whose close throws nothing checked. */
    private interface AutoCloseableAs extends AutoCloseable {
        @Override
        void close();
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
