package org.wego.platform.plugins;

import java.nio.file.Path;
import org.wego.teststack.PluginJar;

/**
 * The plugins the runtime is tested with, built by the tests: one that does everything a plugin may
 * (in two versions, for the upgrade), and one broken in each way the contract forbids.
 */
public final class FixturePlugins {

    private FixturePlugins() {}

    /**
     * A complete plugin: a table, a view for the secretariat whose constructor gets a bean of the
     * plugin's own context, a menu entry, a widget, a permission, a job that writes a row every
     * second, messages in both languages and a public file. Version 2 adds a table and says so.
     */
    public static Path complete(String id, String version, Path folder) {
        String pkg = "fixture." + id.replace("-", "");
        String prefix = id.replace('-', '_') + "_";
        boolean v2 = version.startsWith("2");
        String changelog = """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: tests
                      changes:
                        - createTable:
                            tableName: %1$stick
                            columns:
                              - column: {name: id, type: bigint, autoIncrement: true, constraints: {primaryKey: true}}
                              - column: {name: at, type: datetime(6), constraints: {nullable: false}}
                """.formatted(prefix) + (v2 ? """
                  - changeSet:
                      id: 2
                      author: tests
                      changes:
                        - createTable:
                            tableName: %1$snote
                            columns:
                              - column: {name: id, type: bigint, autoIncrement: true, constraints: {primaryKey: true}}
                              - column: {name: text, type: varchar(200)}
                """.formatted(prefix) : "");
        return PluginJar.plugin(id, version)
                .entryClass(pkg + ".CompletePlugin")
                .description("A complete fixture plugin")
                .source(pkg + ".CompletePlugin", """
                        package %1$s;

                        import java.time.Duration;
                        import java.time.LocalDateTime;
                        import org.springframework.context.annotation.Bean;
                        import org.springframework.context.annotation.Configuration;
                        import org.springframework.jdbc.core.simple.JdbcClient;
                        import org.wego.plugin.api.*;
                        import org.wego.plugin.api.ui.*;

                        @Configuration
                        @org.springframework.context.annotation.Import(TicksApi.class)
                        public class CompletePlugin implements WegoPlugin {
                            private final PluginContext context;

                            public CompletePlugin(PluginContext context) {
                                this.context = context;
                            }

                            @Bean
                            Ticks ticks() {
                                return new Ticks(JdbcClient.create(context.dataSource()), "%2$s", context);
                            }

                            @Override
                            public void contribute(PluginContributions add) {
                                add.view(new ViewContribution("%3$s/ticks", TicksView.class, Access.forRoles(Role.SECRETARIAT), "%3$s.menu"))
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
                .source(pkg + ".TicksApi", """
                        package %1$s;

                        import org.springframework.web.bind.annotation.GetMapping;
                        import org.springframework.web.bind.annotation.RequestMapping;
                        import org.springframework.web.bind.annotation.RestController;
                        import org.wego.plugin.api.ApiAccess;
                        import org.wego.plugin.api.Role;

                        @RestController
                        @RequestMapping("/api/v1/%2$s")
                        public class TicksApi {
                            public record Count(String version, long ticks) {}

                            private final Ticks ticks;

                            TicksApi(Ticks ticks) {
                                this.ticks = ticks;
                            }

                            @GetMapping("/ticks")
                            @ApiAccess(roles = {Role.SECRETARIAT, Role.REGIONAL_OFFICE})
                            public Count count() {
                                return new Count("%3$s", ticks.count());
                            }

                            public record Version(String version) {}

                            @GetMapping("/version")
                            @ApiAccess(publicAccess = true)
                            public Version version() {
                                return new Version("%3$s");
                            }

                            @GetMapping("/directory-size")
                            @ApiAccess(clientScopes = "directory:read")
                            public Count forIntegrationClients() {
                                return new Count("%3$s", ticks.count());
                            }
                        }
                        """.formatted(pkg, id, version))
                .source(pkg + ".TicksView", """
                        package %1$s;

                        import com.vaadin.flow.component.html.Div;
                        import com.vaadin.flow.component.html.H2;

                        public class TicksView extends Div {
                            public TicksView(Ticks ticks) {
                                add(new H2(getTranslation("%2$s.menu")));
                                add(new Div("ticks counted by version %3$s: " + ticks.count()));
                            }
                        }
                        """.formatted(pkg, id, version))
                .resource("db/changelog/" + id + "/db.changelog-master.yaml", changelog)
                .resource("i18n/" + id + "_en.properties", id + ".menu=Ticks of " + id + "\n" + id + ".widget=Clock\n")
                .resource("i18n/" + id + "_ko.properties", id + ".menu=" + id + " 틱\n" + id + ".widget=시계\n")
                .resource("public/hello.txt", "hello from " + id + " " + version)
                .buildIn(folder);
    }

    /**
     * A plugin with one approval type, {@code approvals-fixture.thing}: its handler records each
     * decision (with the status the plugin reads back through its own {@code Approvals}) in its table,
     * and refuses any request whose subject starts with {@code fail}.
     */
    public static Path approving(Path folder) {
        String pkg = "fixture.approvalsfixture";
        return PluginJar.plugin("approvals-fixture", "1.0.0")
                .entryClass(pkg + ".ApprovingPlugin")
                .source(pkg + ".ApprovingPlugin", """
                        package %s;

                        import org.springframework.jdbc.core.simple.JdbcClient;
                        import org.wego.plugin.api.*;

                        public class ApprovingPlugin implements WegoPlugin {
                            private final PluginContext context;

                            public ApprovingPlugin(PluginContext context) {
                                this.context = context;
                            }

                            @Override
                            public void contribute(PluginContributions add) {
                                add.approvalType(new ApprovalType("approvals-fixture.thing", "approvals-fixture.thing", this::decided));
                            }

                            private void decided(ApprovalDecision decision) {
                                if (decision.subject().startsWith("fail")) {
                                    throw new IllegalStateException("the thing " + decision.subject() + " is locked");
                                }
                                String seen = context.approvals().status(decision.requestId())
                                        .map(state -> state.status().name()).orElse("none");
                                JdbcClient.create(context.dataSource())
                                        .sql("INSERT INTO approvals_fixture_decision (subject, outcome, seen) VALUES (?, ?, ?)")
                                        .params(decision.subject(), decision.outcome().name(), seen)
                                        .update();
                            }
                        }
                        """.formatted(pkg))
                .resource("db/changelog/approvals-fixture/db.changelog-master.yaml", """
                        databaseChangeLog:
                          - changeSet:
                              id: 1
                              author: tests
                              changes:
                                - createTable:
                                    tableName: approvals_fixture_decision
                                    columns:
                                      - column: {name: subject, type: varchar(100)}
                                      - column: {name: outcome, type: varchar(20)}
                                      - column: {name: seen, type: varchar(20)}
                        """)
                .resource("i18n/approvals-fixture_en.properties", "approvals-fixture.thing=Fixture thing\n")
                .resource("i18n/approvals-fixture_ko.properties", "approvals-fixture.thing=시험 항목\n")
                .buildIn(folder);
    }

    /** A plugin whose declarations throw: its start fails with that message. */
    static Path throwingOnStart(Path folder) {
        return declaring(
                        "throws-on-start", "throw new IllegalStateException(\"the licence server cannot be reached\");")
                .buildIn(folder);
    }

    /** A plugin built for plugin API 2: refused before any of its code runs. */
    static Path forAnotherApi(Path folder) {
        return declaring("future-api", "").requires(">=2.0.0 & <3.0.0").buildIn(folder);
    }

    /** A plugin whose migration is invalid SQL. */
    static Path failingMigration(Path folder) {
        return declaring("broken-migration", "")
                .resource("db/changelog/broken-migration/db.changelog-master.yaml", """
                        databaseChangeLog:
                          - changeSet:
                              id: 1
                              author: tests
                              changes:
                                - sql:
                                    sql: CREATE TABLE broken_migration_thing (id BIGINT PRIMARY KEY, name VARCHAR(10) NOT NULLL)
                        """)
                .buildIn(folder);
    }

    /**
     * A plugin declaring a view whose access names no role and is not public, through the deprecated
     * constructor without a title, so the refusal names both.
     */
    static Path routeWithoutRoles(Path folder) {
        return declaring(
                        "no-roles",
                        "add.view(new org.wego.plugin.api.ui.ViewContribution(\"no-roles/page\", Page.class, Access.nobody()));")
                .source("fixture.noroles.Page", """
                        package fixture.noroles;

                        public class Page extends com.vaadin.flow.component.html.Div {}
                        """)
                .buildIn(folder);
    }

    /** A plugin with a REST endpoint outside {@code /api/v1} and one declaring no access. */
    static Path endpointsBreakingTheContract(Path folder) {
        return PluginJar.plugin("bad-endpoints", "1.0.0")
                .entryClass("fixture.badendpoints.BadEndpointsPlugin")
                .source("fixture.badendpoints.BadEndpointsPlugin", """
                        package fixture.badendpoints;

                        import org.wego.plugin.api.*;

                        @org.springframework.context.annotation.Configuration
                        @org.springframework.context.annotation.Import(Endpoints.class)
                        public class BadEndpointsPlugin implements WegoPlugin {
                            @Override
                            public void contribute(PluginContributions add) {}
                        }
                        """)
                .source("fixture.badendpoints.Endpoints", """
                        package fixture.badendpoints;

                        import org.springframework.web.bind.annotation.GetMapping;
                        import org.springframework.web.bind.annotation.RestController;
                        import org.wego.plugin.api.ApiAccess;
                        import org.wego.plugin.api.Role;

                        @RestController
                        public class Endpoints {
                            @GetMapping("/admin/backdoor")
                            @ApiAccess(roles = Role.SECRETARIAT)
                            public String backdoor() {
                                return "open";
                            }

                            @GetMapping("/api/v1/bad-endpoints/open")
                            public String undeclared() {
                                return "open";
                            }
                        }
                        """)
                .buildIn(folder);
    }

    /** A plugin whose changelog creates a table without its prefix. */
    static Path tableWithoutPrefix(Path folder) {
        return declaring("no-prefix", "")
                .resource("db/changelog/no-prefix/db.changelog-master.yaml", """
                        databaseChangeLog:
                          - changeSet:
                              id: 1
                              author: tests
                              changes:
                                - createTable:
                                    tableName: members
                                    columns:
                                      - column: {name: id, type: bigint}
                        """)
                .buildIn(folder);
    }

    /** A plugin that uses a platform class instead of the plugin API. */
    static Path usingAPlatformClass(Path folder) {
        return declaring("reaches-in", "new org.wego.platform.navigation.NavigationRegistry().remove(\"platform\");")
                .buildIn(folder);
    }

    /**
     * A one-class plugin, {@code fixture.{id without hyphens}.FixturePlugin}, whose {@code contribute}
     * runs the given statements.
     */
    static PluginJar declaring(String id, String contributeBody) {
        String pkg = "fixture." + id.replace("-", "");
        return PluginJar.plugin(id, "1.0.0")
                .entryClass(pkg + ".FixturePlugin")
                .source(pkg + ".FixturePlugin", """
                        package %s;

                        import org.wego.plugin.api.*;

                        public class FixturePlugin implements WegoPlugin {
                            @Override
                            public void contribute(PluginContributions add) {
                                %s
                            }
                        }
                        """.formatted(pkg, contributeBody));
    }
}
