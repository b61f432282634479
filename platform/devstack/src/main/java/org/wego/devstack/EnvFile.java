package org.wego.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The shell-sourceable file through which the launcher and the tests learn where the stack runs. It
 * is written only when everything is ready and replaced atomically, so whoever sees the file can
 * trust every line in it.
 */
final class EnvFile {

    private EnvFile() {}

    static String render(Map<String, String> variables, String header) {
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        variables.forEach((name, value) -> {
            if (!name.matches("[A-Z_][A-Z0-9_]*")) {
                throw new IllegalArgumentException("not a shell variable name: " + name);
            }
            out.append("export ").append(name).append('=').append(quote(value)).append('\n');
        });
        return out.toString();
    }

    /** Single quotes keep every character literal in sh; a quote itself is closed, escaped, reopened. */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    static void writeAtomically(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
