package org.wego.platform.notifications;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.wego.platform.i18n.Translations;

/**
 * A template rendered in every language the platform speaks, so the text can be chosen by the
 * reader's language later (when the mail is sent, when the notification is read).
 */
record Texts(String subjectEn, String subjectKo, String bodyEn, String bodyKo) {

    static final int MAX_SUBJECT = 300;

    /** A platform path: no scheme, no host, no markup. */
    private static final Pattern LINK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.~%?=&+-]{0,499}");

    static Texts render(Translations translations, String template, Object... arguments) {
        return new Texts(
                text(translations, template + ".subject", Locale.ENGLISH, arguments),
                text(translations, template + ".subject", Locale.KOREAN, arguments),
                text(translations, template + ".body", Locale.ENGLISH, arguments),
                text(translations, template + ".body", Locale.KOREAN, arguments));
    }

    private static String text(Translations translations, String key, Locale language, Object... arguments) {
        String text = translations.getTranslation(key, language, arguments);
        if (text.equals("!" + key + "!")) {
            throw new IllegalArgumentException(
                    "No template text '" + key + "' in " + language + ": put it in the bundle in every language");
        }
        return key.endsWith(".subject") ? oneLine(text) : text;
    }

    /** A subject is one line (no header injection) of bounded length. */
    private static String oneLine(String subject) {
        String line = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT - 1) + "…" : line;
    }

    String subject(Locale language) {
        return Locale.KOREAN.getLanguage().equals(language.getLanguage()) ? subjectKo : subjectEn;
    }

    String body(Locale language) {
        return Locale.KOREAN.getLanguage().equals(language.getLanguage()) ? bodyKo : bodyEn;
    }

    /** @throws IllegalArgumentException unless the link is {@code null} or a platform path */
    static @Nullable String checkLink(@Nullable String link) {
        if (link == null || link.isEmpty()) {
            return null;
        }
        String path = link.startsWith("/") ? link.substring(1) : link;
        if (!LINK.matcher(path).matches() || path.contains("//") || path.contains("..")) {
            throw new IllegalArgumentException("Not a platform path: '" + link + "'");
        }
        return path;
    }
}
