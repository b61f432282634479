package org.wego.teststack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoopbackCookiesTest {

    @Test
    void dropsOnlyTheSecureFlag() {
        assertThat(LoopbackCookies.withoutSecure("A=1;Version=1;Path=/realms/wego/;Secure;HttpOnly;SameSite=None"))
                .isEqualTo("A=1;Version=1;Path=/realms/wego/;HttpOnly;SameSite=None");
        assertThat(LoopbackCookies.withoutSecure("A=1; Path=/; Secure")).isEqualTo("A=1; Path=/");
        assertThat(LoopbackCookies.withoutSecure("SecureToken=1; Path=/")).isEqualTo("SecureToken=1; Path=/");
    }
}
