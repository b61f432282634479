package org.wego.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;
import org.wego.plugin.api.ApiAccess;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

class ApiAccessRuleTest {

    static class Endpoints {
        @ApiAccess(roles = Role.SECRETARIAT)
        public void secretariatOnly() {}

        @ApiAccess(
                roles = {Role.SECRETARIAT, Role.MEMBER_CITY},
                clientScopes = ApiAccess.DIRECTORY_READ)
        public void directory() {}

        public void undeclared() {}

        @ApiAccess(publicAccess = true)
        public void open() {}

        @ApiAccess
        public void closed() {}
    }

    @ApiAccess(roles = Role.REGIONAL_OFFICE)
    static class DeclaredOnTheClass {
        public void any() {}
    }

    private static ApiAccess declared(Object bean, String method) throws NoSuchMethodException {
        return ApiAccessRule.of(new HandlerMethod(bean, method));
    }

    private static SignedInUser user(Role role) {
        return new SignedInUser("x", "x", "x", "", Set.of(role), OrganisationKey.of("vn-hanoi"), Locale.ENGLISH);
    }

    @Test
    void rolesLetPeopleInAndScopesLetClientsIn() throws Exception {
        var secretariatOnly = declared(new Endpoints(), "secretariatOnly");
        var directory = declared(new Endpoints(), "directory");

        assertThat(ApiAccessRule.permits(secretariatOnly, user(Role.SECRETARIAT), Set.of()))
                .isTrue();
        assertThat(ApiAccessRule.permits(secretariatOnly, user(Role.MEMBER_CITY), Set.of()))
                .isFalse();
        assertThat(ApiAccessRule.permits(secretariatOnly, null, Set.of(ApiAccess.DIRECTORY_READ)))
                .isFalse();
        assertThat(ApiAccessRule.permits(directory, null, Set.of(ApiAccess.DIRECTORY_READ)))
                .isTrue();
        assertThat(ApiAccessRule.permits(directory, null, Set.of("profile"))).isFalse();
        assertThat(ApiAccessRule.permits(directory, user(Role.REGIONAL_OFFICE), Set.of()))
                .isFalse();
    }

    @Test
    void noDeclarationNoAccessAndAClassDeclarationCountsForItsMethods() throws Exception {
        var undeclared = declared(new Endpoints(), "undeclared");
        assertThat(undeclared).isNull();
        assertThat(ApiAccessRule.permits(undeclared, user(Role.SECRETARIAT), Set.of(ApiAccess.DIRECTORY_READ)))
                .isFalse();
        assertThat(ApiAccessRule.permits(
                        declared(new DeclaredOnTheClass(), "any"), user(Role.REGIONAL_OFFICE), Set.of()))
                .isTrue();
    }

    @Test
    void aPublicEndpointLetsEveryoneInAndAnEmptyDeclarationNobody() throws Exception {
        var open = declared(new Endpoints(), "open");
        assertThat(ApiAccessRule.isPublic(open)).isTrue();
        assertThat(ApiAccessRule.permits(open, null, Set.of())).as("anonymous").isTrue();
        assertThat(ApiAccessRule.permits(open, user(Role.MEMBER_CITY), Set.of()))
                .isTrue();
        assertThat(ApiAccessRule.permits(open, null, Set.of("profile"))).isTrue();

        var closed = declared(new Endpoints(), "closed");
        assertThat(ApiAccessRule.isPublic(closed)).isFalse();
        assertThat(ApiAccessRule.isPublic(null)).isFalse();
        assertThat(ApiAccessRule.permits(closed, null, Set.of(ApiAccess.DIRECTORY_READ)))
                .isFalse();
        assertThat(ApiAccessRule.permits(closed, user(Role.SECRETARIAT), Set.of()))
                .isFalse();
    }
}
