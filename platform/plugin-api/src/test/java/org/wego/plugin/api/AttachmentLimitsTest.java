package org.wego.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Limits say what they allow in words people read, and refuse to allow nothing. */
class AttachmentLimitsTest {

    @Test
    void labelsTheLimitsForMessages() {
        assertThat(AttachmentLimits.documents().maxSizeLabel()).isEqualTo("10 MB");
        assertThat(AttachmentLimits.documents().allowedLabels()).isEqualTo("PDF, PNG, JPEG, DOCX, XLSX");
        assertThat(AttachmentLimits.images().allowedLabels()).isEqualTo("PNG, JPEG");
        assertThat(AttachmentLimits.images().withMaxBytes(500 * 1024).maxSizeLabel())
                .isEqualTo("500 KB");
        assertThat(AttachmentLimits.sizeLabel(1536 * 1024)).isEqualTo("1.5 MB");
        assertThat(AttachmentLimits.sizeLabel(900)).isEqualTo("900 B");
    }

    @Test
    void refusesLimitsThatAllowNothing() {
        assertThatThrownBy(() -> new AttachmentLimits(0, Set.of(FileType.PDF)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttachmentLimits(10, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordMustBeWellFormed() {
        var org = OrganisationKey.of("vn-hanoi");
        assertThat(new AttachedTo("mou.agreement", "42", org).entityId()).isEqualTo("42");
        for (String[] bad : new String[][] {
            {"", "1"},
            {"Mou.Agreement", "1"},
            {"mou agreement", "1"},
            {"mou", ""},
            {"mou", "1; DROP TABLE x"},
            {"mou", "<b>1</b>"},
            {"mou", "x".repeat(101)}
        }) {
            assertThatThrownBy(() -> new AttachedTo(bad[0], bad[1], org))
                    .isInstanceOfSatisfying(
                            AttachmentRejectedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("files.rejected.bad-record"));
        }
    }

    @Test
    void aRejectionNamesItsMessageAndArguments() {
        var e = new AttachmentRejectedException(AttachmentRejectedException.Reason.TOO_LARGE, "10 MB");
        assertThat(e.messageKey()).isEqualTo("files.rejected.too-large");
        assertThat(e.arguments()).containsExactly("10 MB");
    }
}
