package org.wego.plugin.api;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one upload may be: how large and of which types. The platform also has an overall maximum
 * ({@code wego.files.max-size}); a larger limit here is cut down to it.
 *
 * @param maxBytes the largest accepted size in bytes, at least 1
 * @param allowed the accepted types, at least one
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public record AttachmentLimits(long maxBytes, Set<FileType> allowed) {

    private static final long MB = 1024L * 1024L;

    public AttachmentLimits {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1");
        }
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("at least one file type must be allowed");
        }
        allowed = Set.copyOf(EnumSet.copyOf(allowed));
    }

    /** Documents and scans: PDF, Word, Excel and images, up to 10 MB. */
    public static AttachmentLimits documents() {
        return new AttachmentLimits(10 * MB, EnumSet.allOf(FileType.class));
    }

    /** Pictures such as logos: PNG or JPEG, up to 2 MB. */
    public static AttachmentLimits images() {
        return new AttachmentLimits(2 * MB, EnumSet.of(FileType.PNG, FileType.JPEG));
    }

    /** The same types with another maximum size. */
    public AttachmentLimits withMaxBytes(long bytes) {
        return new AttachmentLimits(bytes, allowed);
    }

    /** The allowed types for people, in a fixed order, e.g. {@code PDF, PNG, JPEG}. */
    public String allowedLabels() {
        return EnumSet.copyOf(allowed).stream().map(FileType::label).collect(Collectors.joining(", "));
    }

    /** The maximum size for people, e.g. {@code 10 MB}, {@code 500 KB} or {@code 900 B}. */
    public String maxSizeLabel() {
        return sizeLabel(maxBytes);
    }

    /** A size for people, in the largest unit that keeps a whole number where possible. */
    public static String sizeLabel(long bytes) {
        if (bytes >= MB) {
            return bytes % MB == 0
                    ? bytes / MB + " MB"
                    : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B"; // a unit symbol reads the same in English and Korean
    }
}
