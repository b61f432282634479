package org.wego.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.AuditLog;
import org.wego.plugin.api.NotAudited;

/**
 * The audit contract every plugin passes: every write to the database is audited on every way into the
 * plugin. Read from the compiled classes, so it covers every method, including those no test calls. Run
 * in every plugin module through Surefire's {@code dependenciesToScan}.
 *
 * <ul>
 *   <li>A <b>write</b> is a JDBC update ({@code JdbcClient}'s {@code update}, {@code JdbcTemplate}'s and
 *       {@code NamedParameterJdbcTemplate}'s {@code update}/{@code batchUpdate}, {@code SimpleJdbcInsert}'s
 *       {@code execute…}, {@code java.sql}'s {@code executeUpdate}/{@code executeBatch}).
 *   <li>A <b>way in</b> is every non-private method or constructor that the plugin's own code does not call
 *       (Spring, Vaadin, the platform and the plugin's REST clients call it), and every method handed out as a
 *       method reference: approval handlers ({@code new ApprovalType(…, profiles::decided)}), job tasks
 *       ({@code job(…, notices::expireOld)}), reminders' due dates, listeners. Lambdas count as part of the
 *       method that writes them (a click listener's call is the view's; an approval handler or job written as
 *       a lambda is the {@code contribute} method's).
 *   <li>From each way in, the contract follows the calls through the plugin's own classes (private,
 *       package-private and public, interface calls into every implementation) down to each write. The write is
 *       <b>audited</b> when a method on that path calls {@link AuditLog#record} (directly, in a lambda, or
 *       through a helper of the plugin that records and writes nothing itself) or is marked {@link NotAudited}
 *       with its reason.
 * </ul>
 *
 * <p>Every non-private method on a path to an unaudited write fails the contract, the way in and the
 * package-private helpers alike. A helper that writes and is called only by methods that audit passes: the
 * caller records the change.
 */
public class PluginAuditContractTest {

    private static final Set<String> WRITES = Set.of(
            "update",
            "batchUpdate",
            "executeUpdate",
            "executeLargeUpdate",
            "executeBatch",
            "executeLargeBatch",
            "executeAndReturnKey",
            "executeAndReturnKeyHolder");

    @Test
    void everyMethodThatWritesRecordsAnAuditEntry() {
        Path classes = Path.of("target/classes");
        Assumptions.assumeTrue(Files.isDirectory(classes), "no compiled classes in this module");
        assertThat(unauditedWritePaths(new ClassFileImporter().importPath(classes)))
                .as("methods on a way to a database write that no method on the way audits (call"
                        + " platform.audit().record(...) where the change is decided, or mark the method"
                        + " @NotAudited with the reason); each with one such way")
                .isEmpty();
    }

    /**
     * The non-private methods among these classes that lie on a way to an unaudited write, as {@code
     * Class.method}, sorted.
     */
    public static List<String> unauditedWrites(JavaClasses classes) {
        return List.copyOf(new Walk(classes).findings().keySet());
    }

    /** As {@link #unauditedWrites}, each with one of its ways to the write, e.g. {@code A.b -> C.d -> write}. */
    public static List<String> unauditedWritePaths(JavaClasses classes) {
        var found = new ArrayList<String>();
        new Walk(classes).findings().forEach((method, path) -> found.add(method + ": " + path));
        return found;
    }

    /** What a way into a method reaches: an unaudited write, the non-private methods on its way, one example. */
    private record Uncovered(boolean writes, Set<String> methods, String example) {
        static final Uncovered NONE = new Uncovered(false, Set.of(), "");
    }

    /** The call graph of the given classes and the memoized answers on it. */
    private static final class Walk {

        private final JavaClasses classes;
        private final Map<JavaCodeUnit, Set<JavaCodeUnit>> callees = new HashMap<>();
        private final Map<JavaCodeUnit, Uncovered> uncovered = new HashMap<>();
        private final Map<JavaCodeUnit, Boolean> reachesAudit = new HashMap<>();
        private final Map<JavaCodeUnit, Boolean> reachesWrite = new HashMap<>();

        Walk(JavaClasses classes) {
            this.classes = classes;
        }

        /** Each failing method with one way to its unaudited write, sorted by method. */
        Map<String, String> findings() {
            var called = new HashSet<JavaCodeUnit>();
            var referenced = new HashSet<JavaCodeUnit>();
            for (JavaClass type : classes) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    for (JavaCodeUnit callee : callees(unit)) {
                        if (!callee.equals(unit)) {
                            called.add(callee);
                        }
                    }
                    unit.getMethodReferencesFromSelf().forEach(reference -> referenced.addAll(inPlugin(reference)));
                }
            }
            var found = new TreeMap<String, String>();
            for (JavaClass type : classes) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    // A method handed out (a job task, a handler) is a way in even when private.
                    boolean handedOut = referenced.contains(unit);
                    if (!handedOut && (called.contains(unit) || !visible(unit))) {
                        continue;
                    }
                    Uncovered reach = uncovered(unit, new HashSet<>());
                    if (reach.writes()) {
                        found.putIfAbsent(name(unit), reach.example());
                        for (String method : reach.methods()) {
                            found.putIfAbsent(method, reach.example());
                        }
                    }
                }
            }
            return found;
        }

        private Uncovered uncovered(JavaCodeUnit unit, Set<JavaCodeUnit> onTheWay) {
            Uncovered known = uncovered.get(unit);
            if (known != null) {
                return known;
            }
            if (audits(unit)) {
                uncovered.put(unit, Uncovered.NONE);
                return Uncovered.NONE;
            }
            if (!onTheWay.add(unit)) {
                return Uncovered.NONE; // a cycle: its writes are found from where it was entered
            }
            boolean writes = writesItself(unit);
            String example = writes ? name(unit) + " -> write" : "";
            var methods = new LinkedHashSet<String>();
            for (JavaCodeUnit callee : callees(unit)) {
                Uncovered below = uncovered(callee, onTheWay);
                if (below.writes()) {
                    if (!writes) {
                        example = name(unit) + " -> " + below.example();
                    }
                    writes = true;
                    methods.addAll(below.methods());
                }
            }
            onTheWay.remove(unit);
            if (writes && visible(unit)) {
                methods.add(name(unit));
            }
            Uncovered result = writes ? new Uncovered(true, Set.copyOf(methods), example) : Uncovered.NONE;
            uncovered.put(unit, result);
            return result;
        }

        /** Whether the method takes care of the audit of what it and its callees write. */
        private boolean audits(JavaCodeUnit unit) {
            if (unit.isAnnotatedWith(NotAudited.class) || recordsItself(unit)) {
                return true;
            }
            for (JavaCodeUnit callee : callees(unit)) {
                if (reaches(callee, reachesAudit, this::recordsItself, new HashSet<>())
                        && !reaches(callee, reachesWrite, this::writesItself, new HashSet<>())) {
                    return true; // a helper of the plugin that records the entry and writes nothing itself
                }
            }
            return false;
        }

        private boolean reaches(
                JavaCodeUnit unit,
                Map<JavaCodeUnit, Boolean> known,
                java.util.function.Predicate<JavaCodeUnit> itself,
                Set<JavaCodeUnit> onTheWay) {
            Boolean answer = known.get(unit);
            if (answer != null) {
                return answer;
            }
            if (!onTheWay.add(unit)) {
                return false;
            }
            boolean result = itself.test(unit);
            for (var callee = callees(unit).iterator(); !result && callee.hasNext(); ) {
                result = reaches(callee.next(), known, itself, onTheWay);
            }
            known.put(unit, result);
            return result;
        }

        private boolean writesItself(JavaCodeUnit unit) {
            for (var call : unit.getCallsFromSelf()) {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                boolean jdbc = owner.startsWith("org.springframework.jdbc.") || owner.startsWith("java.sql.");
                if (jdbc
                        && (WRITES.contains(name)
                                || owner.endsWith("SimpleJdbcInsert") && name.startsWith("execute"))) {
                    return true;
                }
            }
            return false;
        }

        private boolean recordsItself(JavaCodeUnit unit) {
            for (var call : unit.getCallsFromSelf()) {
                if (call.getName().equals("record") && call.getTargetOwner().isAssignableTo(AuditLog.class)) {
                    return true;
                }
            }
            return false;
        }

        /** The plugin's code units a method calls: the declared target and its overrides among the classes. */
        private Set<JavaCodeUnit> callees(JavaCodeUnit unit) {
            return callees.computeIfAbsent(unit, u -> {
                var found = new LinkedHashSet<JavaCodeUnit>();
                for (var call : u.getCallsFromSelf()) {
                    found.addAll(inPlugin(call));
                }
                return found;
            });
        }

        private Set<JavaCodeUnit> inPlugin(JavaAccess<?> access) {
            var found = new LinkedHashSet<JavaCodeUnit>();
            JavaClass owner = access.getTargetOwner();
            if (!classes.contain(owner.getName())) {
                return found;
            }
            String name = access.getName();
            List<String> parameters = parameterNames(access);
            if (parameters == null) {
                return found;
            }
            var types = new ArrayList<JavaClass>();
            types.add(owner);
            types.addAll(owner.getAllSubclasses());
            types.addAll(owner.getAllRawSuperclasses());
            for (JavaClass type : types) {
                if (classes.contain(type.getName())) {
                    type.tryGetCodeUnitWithParameterTypeNames(name, parameters).ifPresent(found::add);
                }
            }
            return found;
        }

        private static List<String> parameterNames(JavaAccess<?> access) {
            if (access instanceof com.tngtech.archunit.core.domain.JavaCodeUnitAccess<?> codeUnitAccess) {
                return codeUnitAccess.getTarget().getRawParameterTypes().stream()
                        .map(HasName::getName)
                        .toList();
            }
            return null;
        }

        private static boolean visible(JavaCodeUnit unit) {
            return !unit.getModifiers().contains(JavaModifier.PRIVATE)
                    && !unit.getModifiers().contains(JavaModifier.SYNTHETIC)
                    && !unit.getModifiers().contains(JavaModifier.BRIDGE)
                    && !unit.getName().startsWith("lambda$")
                    && !unit.getName().equals("<clinit>");
        }

        private static String name(JavaCodeUnit unit) {
            return unit.getOwner().getSimpleName() + "." + unit.getName();
        }
    }
}
