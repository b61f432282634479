package org.wego.platform.users;

import java.util.regex.Pattern;

/** What the platform accepts as an e-mail address: a plain one, no display name, quotes or brackets. */
public final class EmailAddresses {

    /** RFC 5321's limit. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9.!#$%&*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

    private EmailAddresses() {}

    /** Whether the (already trimmed) text is an address the platform sends to. */
    public static boolean isValid(String address) {
        return address.length() <= MAX_LENGTH && EMAIL.matcher(address).matches();
    }
}
