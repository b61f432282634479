package org.wego.teststack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository from wherever a module's tests run (its own folder, usually). */
final class RepositoryFiles {

    private RepositoryFiles() {}

    static Path find(String relativePath) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relativePath);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                relativePath + " not found above " + Path.of("").toAbsolutePath());
    }
}
