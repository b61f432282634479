package org.wego.plugin.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How far plugin authors may rely on an API element, and since which API version it exists.
 *
 * <p>An element without its own annotation has the status of its enclosing type.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
@Stability(status = Stability.Status.STABLE, since = "1.0")
public @interface Stability {

    /** The promise this element makes. */
    Status status();

    /** The plugin API version that introduced this element, e.g. {@code "1.0"}. */
    String since();

    /** The promises an API element can make. */
    enum Status {
        /** Unchanged until the next major API version; plugins may depend on it. */
        STABLE,
        /** Usable, but may change in a minor version; the change is announced in the plugin guide. */
        EXPERIMENTAL,
        /** Will be removed in the next major API version; the Javadoc names the replacement. */
        DEPRECATED
    }
}
