package org.wego.uitests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wego.teststack.TestStack;

/**
 * The set-password mails Keycloak sends invited people, read from the test stack's mail sink by
 * recipient: the whole run shares one sink, so a test takes the link addressed to its own invitee,
 * never just the newest invitation on screen.
 */
final class InvitationMails {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+login-actions/action-token[^\\s\"<>]+");

    private InvitationMails() {}

    /** The set-password link of the invitation Keycloak mailed to the address, once it arrives. */
    static String setPasswordLink(String email) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (var mail : TestStack.current().mailSink().inbox(email)) {
                Matcher found = LINK.matcher(mail.content());
                if (found.find()) {
                    return found.group().replace("&amp;", "&");
                }
            }
            pause();
        }
        throw new AssertionError("No set-password mail to " + email);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
