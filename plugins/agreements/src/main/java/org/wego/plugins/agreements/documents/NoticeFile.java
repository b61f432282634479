package org.wego.plugins.agreements.documents;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * A termination notice's file as uploaded in the terminate dialog, held until the termination is saved.
 *
 * @param declaredType the type the browser declared; the platform decides by the content
 */
public record NoticeFile(String fileName, String declaredType, byte[] content) {

    /** The bytes to store. */
    InputStream open() {
        return new ByteArrayInputStream(content);
    }
}
