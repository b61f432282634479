package org.wego.plugin.api;

/** A user tried something a permission guards and does not hold it. */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public final class PermissionDeniedException extends RuntimeException {

    private final String permission;

    public PermissionDeniedException(String permission) {
        super("Permission " + permission + " is required");
        this.permission = permission;
    }

    /** The permission that was missing. */
    public String permission() {
        return permission;
    }
}
