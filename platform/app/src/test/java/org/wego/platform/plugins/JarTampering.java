package org.wego.platform.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * What an attacker does to a signed plugin jar after it was signed, to prove the platform notices: the
 * copy keeps every entry and the signature files, with one entry changed or one more added.
 */
final class JarTampering {

    private JarTampering() {}

    /** A copy of the jar in which one entry has other bytes (e.g. a class compiled from other source). */
    static Path withEntryReplaced(Path signed, String entryName, byte[] bytes, Path copy) {
        return rewrite(signed, copy, entryName, bytes, null, null);
    }

    /** A copy of the jar with one more entry, which no signature covers. */
    static Path withEntryAdded(Path signed, String entryName, byte[] bytes, Path copy) {
        return rewrite(signed, copy, null, null, entryName, bytes);
    }

    /** A copy whose manifest has one main attribute changed, e.g. {@code Plugin-Id} (the signed sections stay). */
    static Path withManifestEdited(Path signed, String from, String to, Path copy) {
        try (ZipFile zip = new ZipFile(signed.toFile())) {
            String manifest = new String(
                    zip.getInputStream(zip.getEntry("META-INF/MANIFEST.MF")).readAllBytes(), StandardCharsets.UTF_8);
            if (!manifest.contains(from)) {
                throw new IllegalArgumentException("The manifest has no '" + from + "'");
            }
            return rewrite(
                    signed,
                    copy,
                    "META-INF/MANIFEST.MF",
                    manifest.replace(from, to).getBytes(StandardCharsets.UTF_8),
                    null,
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of one entry. */
    static byte[] entry(Path jar, String entryName) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new IllegalArgumentException(jar + " has no entry " + entryName);
            }
            return zip.getInputStream(entry).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path rewrite(
            Path signed,
            Path copy,
            @org.jspecify.annotations.Nullable String replaced,
            byte @org.jspecify.annotations.Nullable [] replacement,
            @org.jspecify.annotations.Nullable String added,
            byte @org.jspecify.annotations.Nullable [] addition) {
        try (ZipFile zip = new ZipFile(signed.toFile());
                OutputStream file = Files.newOutputStream(copy);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(
                        entry.getName().equals(replaced) && replacement != null
                                ? replacement
                                : zip.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
            if (added != null && addition != null) {
                out.putNextEntry(new ZipEntry(added));
                out.write(addition);
                out.closeEntry();
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
