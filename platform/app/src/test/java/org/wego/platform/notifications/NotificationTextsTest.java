package org.wego.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationTextsTest {

    @Test
    void platformPathsAreKeptWithoutTheLeadingSlash() {
        assertThat(Texts.checkLink("/approvals/12")).isEqualTo("approvals/12");
        assertThat(Texts.checkLink("training/nominations?filter=open")).isEqualTo("training/nominations?filter=open");
        assertThat(Texts.checkLink(null)).isNull();
        assertThat(Texts.checkLink("")).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "https://evil.example.org",
                "//evil.example.org/x",
                "a/../../admin",
                "<script>",
                "a b"
            })
    void anythingButAPlatformPathIsRefused(String link) {
        assertThatThrownBy(() -> Texts.checkLink(link)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTextIsChosenByLanguage() {
        var texts = new Texts("Approved", "승인됨", "Body", "본문");
        assertThat(texts.subject(Locale.KOREA)).isEqualTo("승인됨");
        assertThat(texts.body(Locale.GERMAN)).isEqualTo("Body");
    }

    @Test
    void linksInAMailBodyBecomeTheirOwnPiecesAndTextStaysText() {
        var pieces = LinkedText.pieces("Set it: http://localhost:8180/realms/wego/x?key=a.b-c\n<b>bye</b>");
        assertThat(pieces)
                .extracting(LinkedText.Piece::text, LinkedText.Piece::link)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Set it: ", false),
                        org.assertj.core.groups.Tuple.tuple("http://localhost:8180/realms/wego/x?key=a.b-c", true),
                        org.assertj.core.groups.Tuple.tuple("\n<b>bye</b>", false));
    }
}
