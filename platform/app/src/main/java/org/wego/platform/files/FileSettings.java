package org.wego.platform.files;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code wego.files.*}: where attachments are kept and the largest one the platform takes.
 *
 * @param dir the folder of stored files (and of uploads in progress, in its {@code .incoming} folder)
 * @param maxSize the overall maximum size of one file; per-call limits are cut down to it
 */
@ConfigurationProperties("wego.files")
record FileSettings(Path dir, DataSize maxSize) {}
