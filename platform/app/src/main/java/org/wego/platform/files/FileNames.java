package org.wego.platform.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.wego.plugin.api.FileType;

/**
 * Cleans the names people give their files, so a name is safe to show, to log and to send back in a
 * {@code Content-Disposition} header: no folders, no control, markup or shell characters, no leading
 * dots, at most {@value #MAX_LENGTH} characters, and an extension that matches the content.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {}

    /** The cleaned name for content of the type, or empty if nothing usable is left. */
    static Optional<String> clean(String given, FileType type) {
        String name = Normalizer.normalize(given, Normalizer.Form.NFC);
        // Browsers on Windows and old ones send the whole path.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var kept = new StringBuilder();
        name.codePoints()
                .map(c -> Character.isWhitespace(c) ? ' ' : c)
                .filter(c -> !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT
                        && "<>:\"|?*;`$%&{}[]\u007f".indexOf(c) < 0)
                .forEach(kept::appendCodePoint);
        name = kept.toString().replaceAll(" {2,}", " ").strip();
        int dot = name.lastIndexOf('.');
        String base = dot >= 0 ? name.substring(0, dot) : name;
        String extension = dot >= 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (!type.extensions().contains(extension)) {
            // A name whose extension lies about the content gets the right one added.
            base = name;
            extension = type.extensions().getFirst();
        }
        // No hidden files, no names that end in a dot or space (Windows drops them).
        base = base.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (base.isBlank()) {
            return Optional.empty();
        }
        int room = MAX_LENGTH - extension.length() - 1;
        if (base.length() > room) {
            base = base.substring(0, Character.isHighSurrogate(base.charAt(room - 1)) ? room - 1 : room)
                    .strip();
        }
        return Optional.of(base + "." + extension);
    }
}
