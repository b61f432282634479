package org.wego.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.WegoPlugin;

/**
 * The package structure every plugin keeps, as Spring Modulith's {@code ApplicationModules.verify()}
 * checks it for an application: the package of the plugin class ({@link WegoPlugin}) is the plugin's
 * root, each of its direct sub-packages is a feature ({@code training.programmes},
 * {@code training.nominations}, ...). Features depend on each other without cycles, and a feature uses
 * another only through the public types of that feature's own package, never a type of one of its
 * sub-packages (those are the feature's internals). The root package (the plugin class, the plugin's
 * permission and route names) may be used by every feature. Read from the compiled classes
 * ({@code target/classes}); runs in every plugin module through Surefire's {@code dependenciesToScan},
 * like {@link PluginArchitectureTest}.
 */
public class PluginStructureTest {

    @Test
    void featuresUseEachOtherThroughTheirPublicTypesAndFormNoCycles() {
        Path classes = Path.of("target/classes");
        Assumptions.assumeTrue(Files.isDirectory(classes), "no compiled classes in this module");
        JavaClasses imported = new ClassFileImporter().importPath(classes);
        Optional<String> root = rootPackage(imported);
        Assumptions.assumeTrue(root.isPresent(), "no WegoPlugin class in this module");
        assertThat(violations(imported, root.orElseThrow()))
                .as("the plugin's feature packages (direct sub-packages of " + root.orElseThrow()
                        + ") must use each other through public types of the feature's own package, without"
                        + " cycles")
                .isEmpty();
    }

    /**
     * The plugin's root package: the package of its {@link WegoPlugin} class, if there is exactly one.
     *
     * @param classes the plugin's classes
     * @return the root package, or empty when no (or more than one) plugin class is among them
     */
    public static Optional<String> rootPackage(JavaClasses classes) {
        var roots = new TreeSet<String>();
        for (JavaClass type : classes) {
            if (!type.isInterface() && type.isAssignableTo(WegoPlugin.class)) {
                roots.add(type.getPackageName());
            }
        }
        return roots.size() == 1 ? Optional.of(roots.first()) : Optional.empty();
    }

    /**
     * What breaks the structure among these classes, one line each: a use of another feature's
     * internal type (a type in one of its sub-packages), a use of a type another feature does not make
     * public, and each cycle between features with one dependency per step.
     *
     * @param classes the plugin's classes
     * @param root the plugin's root package, e.g. {@code org.wego.plugins.training}
     * @return the violations, empty when the structure holds
     */
    public static List<String> violations(JavaClasses classes, String root) {
        var found = new ArrayList<String>();
        // feature -> feature it uses -> one example "Origin -> Target", sorted for stable messages
        var uses = new TreeMap<String, Map<String, String>>();
        for (JavaClass origin : classes) {
            Optional<String> from = featureOf(origin.getPackageName(), root);
            boolean inRoot = origin.getPackageName().equals(root);
            if (from.isEmpty() && !inRoot) {
                continue;
            }
            for (var dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                Optional<String> to = featureOf(target.getPackageName(), root);
                if (to.isEmpty() || to.equals(from)) {
                    continue;
                }
                String feature = to.orElseThrow();
                String use = simpleName(origin) + " -> " + simpleName(target);
                String user = from.map(f -> "feature " + f).orElse("the root package");
                if (!target.getPackageName().equals(root + "." + feature)) {
                    found.add(user + " uses " + target.getName() + ", an internal type of feature " + feature + " ("
                            + use + ")");
                } else if (!isPublic(target)) {
                    found.add(user + " uses " + target.getName() + ", which feature " + feature
                            + " does not make public (" + use + ")");
                }
                from.ifPresent(
                        f -> uses.computeIfAbsent(f, k -> new TreeMap<>()).putIfAbsent(feature, use));
            }
        }
        for (List<String> cycle : cycles(uses)) {
            var steps = new ArrayList<String>();
            for (int i = 0; i < cycle.size(); i++) {
                String a = cycle.get(i);
                String b = cycle.get((i + 1) % cycle.size());
                steps.add(a + " -> " + b + " (" + uses.get(a).get(b) + ")");
            }
            found.add("cycle between features: " + String.join(", ", steps));
        }
        return List.copyOf(new TreeSet<>(found));
    }

    /** The feature a package belongs to: the first segment below the root, none for the root itself. */
    private static Optional<String> featureOf(String packageName, String root) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String below = packageName.substring(root.length() + 1);
        int dot = below.indexOf('.');
        return Optional.of(dot < 0 ? below : below.substring(0, dot));
    }

    /** Public, and so are the types it is nested in. */
    private static boolean isPublic(JavaClass type) {
        for (Optional<JavaClass> t = Optional.of(type);
                t.isPresent();
                t = t.get().getEnclosingClass()) {
            if (!t.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static String simpleName(JavaClass type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /**
     * Each set of features that reach each other (Tarjan's strongly connected components), as one
     * cycle through them: the members in the order a walk along their dependencies meets them.
     */
    private static List<List<String>> cycles(Map<String, Map<String, String>> uses) {
        var index = new HashMap<String, Integer>();
        var low = new HashMap<String, Integer>();
        var stack = new ArrayDeque<String>();
        var components = new ArrayList<List<String>>();
        var nodes = new TreeSet<String>(uses.keySet());
        uses.values().forEach(targets -> nodes.addAll(targets.keySet()));
        for (String node : nodes) {
            if (!index.containsKey(node)) {
                connect(node, uses, index, low, stack, components);
            }
        }
        var cycles = new ArrayList<List<String>>();
        for (List<String> component : components) {
            if (component.size() > 1) {
                cycles.add(walk(component, uses));
            }
        }
        return cycles;
    }

    private static void connect(
            String node,
            Map<String, Map<String, String>> uses,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            List<List<String>> components) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : uses.getOrDefault(node, Map.of()).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, uses, index, low, stack, components);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            var component = new ArrayList<String>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }

    /** A closed walk from the component's first member (by name) back to it, within the component. */
    private static List<String> walk(List<String> component, Map<String, Map<String, String>> uses) {
        String start = new TreeSet<>(component).first();
        // breadth-first from start to any member that uses start: the shortest cycle through start
        var previous = new HashMap<String, String>();
        var queue = new ArrayDeque<String>(List.of(start));
        previous.put(start, start);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String next : uses.getOrDefault(node, Map.of()).keySet()) {
                if (next.equals(start)) {
                    var path = new ArrayList<String>();
                    for (String n = node; !n.equals(start); n = previous.get(n)) {
                        path.addFirst(n);
                    }
                    path.addFirst(start);
                    return path;
                }
                if (component.contains(next) && !previous.containsKey(next)) {
                    previous.put(next, node);
                    queue.add(next);
                }
            }
        }
        return component; // not reached: a component of two or more has a cycle through each member
    }
}
