package org.wego.plugin.api;

import java.util.regex.Pattern;

/**
 * The stable key of an organisation, e.g. {@code vn-hanoi} or {@code ro-chengdu}: the same in the
 * seed data, in the identity provider's {@code org_id} attribute and in every plugin's records.
 *
 * @param value lower-case letters and digits in dash-separated words
 */
@Stability(status = Stability.Status.STABLE, since = "1.0")
public record OrganisationKey(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** @throws IllegalArgumentException if the value is not a lower-case, dash-separated key */
    public OrganisationKey {
        if (value.length() > 64 || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an organisation key: '" + value + "'");
        }
    }

    /** Parses a key. @throws IllegalArgumentException if it is malformed */
    public static OrganisationKey of(String value) {
        return new OrganisationKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
