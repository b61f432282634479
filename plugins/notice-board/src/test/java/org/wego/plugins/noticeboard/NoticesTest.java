package org.wego.plugins.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.wego.plugin.api.Approvals;
import org.wego.plugin.api.AuditLog;
import org.wego.plugin.api.Messages;
import org.wego.plugin.api.OrganisationDirectory;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.OrganisationRegistry;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Permissions;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/** The permission check and the title's check come before anything touches the database. */
class NoticesTest {

    private static final DataSource UNUSED = (DataSource) Proxy.newProxyInstance(
            DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                throw new AssertionError("the database must not be touched");
            });

    private static final SignedInUser HANOI = new SignedInUser(
            "u1",
            "Nguyen Thi Lan",
            "lan@hanoi.example.org",
            Set.of(Role.MEMBER_CITY),
            OrganisationKey.of("vn-hanoi"),
            Locale.ENGLISH);

    @Test
    void aMemberCityCannotPost() {
        var notices = new Notices(contextFor(HANOI, (user, permission) -> false));

        assertThatThrownBy(() -> notices.post("Elections")).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void onlyMembersAndRegionalOfficesPropose() {
        var notices =
                new Notices(contextFor(HANOI, (user, permission) -> !permission.equals(NoticeBoardPlugin.PROPOSE)));

        assertThatThrownBy(() -> notices.propose("Elections")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new Notices(contextFor(null, (user, permission) -> true)).propose("Elections"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aProposalsTitleIsCheckedBeforeAnythingIsSaved() {
        var notices = new Notices(contextFor(HANOI, (user, permission) -> true));

        assertThat(notices.propose("   ")).contains("notice-board.title.required");
        assertThat(notices.propose("x".repeat(Notices.MAX_TITLE + 1))).contains("notice-board.title.too-long");
        assertThat(notices.propose("<script>alert(1)</script>")).contains("notice-board.title.markup");
    }

    @Test
    void anonymousCallersCannotPost() {
        var notices = new Notices(contextFor(null, (user, permission) -> true));

        assertThatThrownBy(() -> notices.post("Elections")).isInstanceOf(PermissionDeniedException.class);
    }

    private static PluginContext contextFor(SignedInUser user, Permissions permissions) {
        return new PluginContext() {
            @Override
            public String pluginId() {
                return "notice-board";
            }

            @Override
            public Optional<SignedInUser> currentUser() {
                return Optional.ofNullable(user);
            }

            @Override
            public Permissions permissions() {
                return permissions;
            }

            @Override
            public OrganisationDirectory organisations() {
                throw new UnsupportedOperationException();
            }

            @Override
            public OrganisationRegistry registry() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Approvals approvals() {
                throw new AssertionError("nothing is submitted when the input is refused");
            }

            @Override
            public AuditLog audit() {
                throw new AssertionError("nothing is audited when nothing changes");
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public DataSource dataSource() {
                return UNUSED;
            }

            @Override
            public Messages messages(Locale locale) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
