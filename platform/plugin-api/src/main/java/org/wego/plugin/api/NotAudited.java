package org.wego.plugin.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that writes to the database without recording an audit entry, on purpose: a cache,
 * a counter, a lock. The plugin test kit's audit contract checks every other writing method calls
 * {@link AuditLog#record}; the reason says why this one need not.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public @interface NotAudited {

    /** Why the change needs no audit entry, e.g. "a view counter, not a change anyone decides". */
    String value();
}
