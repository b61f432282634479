package org.wego.platform.plugins.bench;

import java.nio.file.Path;
import org.wego.teststack.PluginJar;

/**
 * The plugins {@code ./wego bench plugins} starts and installs: each a complete plugin like the
 * runtime's test fixture (one prefixed table by Liquibase, a view, a menu entry, a widget, a
 * permission, a job every second, messages in both languages, a public file), compiled here against
 * this JVM's class path.
 *
 * <p>{@code java -cp <app test class path> org.wego.platform.plugins.bench.BenchPlugins FOLDER ID...}
 * writes {@code FOLDER/ID-1.0.0.jar} for each id and prints their paths.
 */
public final class BenchPlugins {

    /** The version every bench plugin has. */
    public static final String VERSION = "1.0.0";

    private BenchPlugins() {}

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: BenchPlugins FOLDER ID...  (ids in kebab-case, e.g. bench-1)");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            System.out.println(complete(args[i], folder));
        }
    }

    /** The entry class of the plugin with this id. */
    public static String entryClassOf(String id) {
        return packageOf(id) + ".BenchPlugin";
    }

    private static String packageOf(String id) {
        return "bench." + id.replace("-", "");
    }

    /** Builds the complete plugin with this id into the folder, as {@code {id}-1.0.0.jar}. */
    public static Path complete(String id, Path folder) {
        String pkg = packageOf(id);
        String prefix = id.replace('-', '_') + "_";
        String changelog = """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: bench
                      changes:
                        - createTable:
                            tableName: %1$stick
                            columns:
                              - column: {name: id, type: bigint, autoIncrement: true, constraints: {primaryKey: true}}
                              - column: {name: at, type: datetime(6), constraints: {nullable: false}}
                """.formatted(prefix);
        return PluginJar.plugin(id, VERSION)
                .entryClass(entryClassOf(id))
                .description("A complete plugin for the benchmark")
                .source(entryClassOf(id), """
                        package %1$s;

                        import java.time.Duration;
                        import org.springframework.context.annotation.Bean;
                        import org.springframework.context.annotation.Configuration;
                        import org.springframework.jdbc.core.simple.JdbcClient;
                        import org.wego.plugin.api.*;
                        import org.wego.plugin.api.ui.*;

                        @Configuration
                        public class BenchPlugin implements WegoPlugin {
                            private final PluginContext context;

                            public BenchPlugin(PluginContext context) {
                                this.context = context;
                            }

                            @Bean
                            Ticks ticks() {
                                return new Ticks(JdbcClient.create(context.dataSource()), "%2$s", context);
                            }

                            @Override
                            public void contribute(PluginContributions add) {
                                add.view(new ViewContribution("%3$s/ticks", TicksView.class, Access.forRoles(Role.SECRETARIAT)))
                                   .menu(new MenuEntry("%3$s/ticks", "%3$s.menu", "vaadin:clock", 500, Access.forRoles(Role.SECRETARIAT)))
                                   .widget(new WidgetContribution("%3$s.ticks", "%3$s.widget", 500, Access.forAllRoles(),
                                           widget -> new com.vaadin.flow.component.html.Span("ticking")))
                                   .permission("%3$s.ticks.reset", Role.SECRETARIAT)
                                   .job("tick", Duration.ofSeconds(1), () -> ticks().record());
                            }
                        }
                        """.formatted(pkg, prefix, id))
                .source(pkg + ".Ticks", """
                        package %1$s;

                        import org.springframework.jdbc.core.simple.JdbcClient;
                        import org.wego.plugin.api.PluginContext;

                        public class Ticks {
                            private final JdbcClient jdbc;
                            private final String prefix;
                            private final PluginContext context;

                            Ticks(JdbcClient jdbc, String prefix, PluginContext context) {
                                this.jdbc = jdbc;
                                this.prefix = prefix;
                                this.context = context;
                            }

                            void record() {
                                jdbc.sql("INSERT INTO " + prefix + "tick (at) VALUES (?)")
                                        .param(java.time.LocalDateTime.now(context.clock())).update();
                            }

                            public long count() {
                                return jdbc.sql("SELECT COUNT(*) FROM " + prefix + "tick").query(Long.class).single();
                            }
                        }
                        """.formatted(pkg))
                .source(pkg + ".TicksView", """
                        package %1$s;

                        import com.vaadin.flow.component.html.Div;
                        import com.vaadin.flow.component.html.H2;

                        public class TicksView extends Div {
                            public TicksView(Ticks ticks) {
                                add(new H2(getTranslation("%2$s.menu")));
                                add(new Div("ticks counted: " + ticks.count()));
                            }
                        }
                        """.formatted(pkg, id))
                .resource("db/changelog/" + id + "/db.changelog-master.yaml", changelog)
                .resource("i18n/" + id + "_en.properties", id + ".menu=Ticks of " + id + "\n" + id + ".widget=Clock\n")
                .resource("i18n/" + id + "_ko.properties", id + ".menu=" + id + " 틱\n" + id + ".widget=시계\n")
                .resource("public/hello.txt", "hello from " + id + " " + VERSION)
                .buildIn(folder);
    }
}
