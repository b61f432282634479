package org.wego.platform.users;

/** Keycloak could not do what was asked (down, misconfigured, refused); the detail is for the log. */
public class UserAdministrationException extends RuntimeException {

    UserAdministrationException(String message) {
        super(message);
    }
}
