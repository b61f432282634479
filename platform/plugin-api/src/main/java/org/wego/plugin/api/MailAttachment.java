package org.wego.plugin.api;

import java.util.regex.Pattern;

/**
 * A file attached to an e-mail.
 *
 * @param fileName the name the recipient sees, e.g. {@code webinar.ics}: letters, digits, dot,
 *     dash, underscore and space only
 * @param contentType its MIME type, e.g. {@code text/calendar; charset=UTF-8}
 * @param content its bytes (copied)
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record MailAttachment(String fileName, String contentType, byte[] content) {

    /** The most all attachments of one mail may hold together. */
    public static final int MAX_TOTAL_BYTES = 10 * 1024 * 1024;

    private static final Pattern FILE_NAME = Pattern.compile("[\\p{L}\\p{N}._ -]{1,100}");
    private static final Pattern CONTENT_TYPE =
            Pattern.compile("[a-z]+/[a-z0-9.+-]+(; *[a-z-]+=[A-Za-z0-9._-]+)*", Pattern.CASE_INSENSITIVE);

    /** Checks the name and type and copies the content. */
    public MailAttachment {
        if (!FILE_NAME.matcher(fileName).matches() || fileName.startsWith(".")) {
            throw new IllegalArgumentException("Not a safe attachment file name: '" + fileName + "'");
        }
        if (!CONTENT_TYPE.matcher(contentType).matches()) {
            throw new IllegalArgumentException("Not a MIME type: '" + contentType + "'");
        }
        content = content.clone();
    }

    /** The content (a copy). */
    @Override
    public byte[] content() {
        return content.clone();
    }
}
