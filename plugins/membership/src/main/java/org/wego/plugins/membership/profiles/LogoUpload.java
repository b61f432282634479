package org.wego.plugins.membership.profiles;

import java.util.Arrays;

/**
 * A logo file a member chose in the profile form, held until the official change is sent: the
 * platform's file store checks and stores it then, in the change's transaction.
 *
 * @param fileName the name the browser gave
 * @param declaredType the type the browser declared (informative: the content decides)
 * @param content the bytes, at most {@link org.wego.plugin.api.AttachmentLimits#images()}'s size
 */
public record LogoUpload(String fileName, String declaredType, byte[] content) {

    public LogoUpload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogoUpload that
                && fileName.equals(that.fileName)
                && declaredType.equals(that.declaredType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "LogoUpload[" + fileName + ", " + declaredType + ", " + content.length + " bytes]";
    }
}
