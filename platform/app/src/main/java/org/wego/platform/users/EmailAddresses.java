package org.wego.platform.users;

import org.wego.plugin.api.InputRules;

/**
 * What the platform accepts as an e-mail address: the plugin API's one rule ({@link
 * InputRules#isEmail}), international addresses included; a plain address, no display name, quotes or
 * brackets.
 */
public final class EmailAddresses {

    /** RFC 5321's limit. */
    public static final int MAX_LENGTH = InputRules.MAX_EMAIL;

    private EmailAddresses() {}

    /** Whether the (already trimmed) text is an address the platform sends to. */
    public static boolean isValid(String address) {
        return InputRules.isEmail(address);
    }
}
