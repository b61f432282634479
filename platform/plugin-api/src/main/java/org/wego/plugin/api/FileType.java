package org.wego.plugin.api;

import java.util.List;

/**
 * The kinds of file the platform accepts as attachments. The platform recognises each by its content
 * (its first bytes, and for Office files the parts inside the archive), never by the name alone.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public enum FileType {
    /** A PDF document. */
    PDF("application/pdf", List.of("pdf")),
    /** A PNG image. */
    PNG("image/png", List.of("png")),
    /** A JPEG image. */
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    /** A Word document (Office Open XML). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    /** An Excel workbook (Office Open XML). */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The content type the platform stores and serves, e.g. {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extensions of this type, lower case without the dot; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /** The name people know the type by, the same in every language, e.g. {@code PDF}. */
    public String label() {
        return name();
    }
}
