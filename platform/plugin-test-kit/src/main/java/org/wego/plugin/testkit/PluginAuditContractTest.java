package org.wego.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.AuditLog;
import org.wego.plugin.api.NotAudited;

/**
 * The audit contract every plugin passes: each public method of the plugin that writes to the
 * database (a {@code JdbcClient}/{@code JdbcTemplate} update, directly or through the plugin's own
 * methods) also records an entry through {@link AuditLog#record}, unless it is marked {@link
 * NotAudited} with its reason. Read from the compiled classes, so it covers every method, including
 * those no test calls. Run in every plugin module through Surefire's {@code dependenciesToScan}.
 */
public class PluginAuditContractTest {

    @Test
    void everyMethodThatWritesRecordsAnAuditEntry() {
        Path classes = Path.of("target/classes");
        Assumptions.assumeTrue(Files.isDirectory(classes), "no compiled classes in this module");
        assertThat(unauditedWrites(new ClassFileImporter().importPath(classes)))
                .as("public methods that write without AuditLog.record (record the change, or mark the method"
                        + " @NotAudited with the reason)")
                .isEmpty();
    }

    /** The public methods among these classes that write without auditing, as {@code Class.method}. */
    public static List<String> unauditedWrites(JavaClasses classes) {
        var found = new ArrayList<String>();
        for (JavaClass type : classes) {
            for (JavaCodeUnit method : type.getCodeUnits()) {
                if (!method.getModifiers().contains(JavaModifier.PUBLIC)
                        || method.isAnnotatedWith(NotAudited.class)
                        || method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    continue;
                }
                var reach = new Reach();
                reach.walk(method, new HashSet<>());
                if (reach.writes && !reach.audits) {
                    found.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        return found;
    }

    /** What a method reaches through the plugin's own code: a database write, an audit entry. */
    private static final class Reach {
        boolean writes;
        boolean audits;

        void walk(JavaCodeUnit unit, Set<JavaCodeUnit> seen) {
            if (!seen.add(unit)) {
                return;
            }
            for (var call : unit.getCallsFromSelf()) {
                var target = call.getTarget();
                String owner = target.getOwner().getName();
                String name = target.getName();
                if (name.equals("update") && isJdbc(owner) || name.equals("batchUpdate") && isJdbc(owner)) {
                    writes = true;
                } else if (name.equals("record") && target.getOwner().isAssignableTo(AuditLog.class)) {
                    audits = true;
                }
                target.resolveMember().ifPresent(member -> {
                    if (member instanceof JavaCodeUnit callee) {
                        walk(callee, seen);
                    }
                });
            }
        }

        private static boolean isJdbc(String owner) {
            return owner.startsWith("org.springframework.jdbc.") || owner.startsWith("java.sql.");
        }
    }
}
