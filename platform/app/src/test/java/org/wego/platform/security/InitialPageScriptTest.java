package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The first view's state in the page cannot end its script, however the stored text reads. */
class InitialPageScriptTest {

    @Test
    void storedMarkupStaysInsideTheInitialScript() {
        String state = "window.Vaadin={\"initial\":{\"value\":\"Edit: <script>alert(1)</script> <!-- x\"}};";
        String page =
                "<html><head><script initial>" + InitialPageScript.safe(state) + "</script></head><body></body></html>";
        var document = Jsoup.parse(page);
        assertThat(document.select("script")).hasSize(1);
        assertThat(document.select("script").first().data())
                .isEqualTo("window.Vaadin={\"initial\":{\"value\":\"Edit: <script>alert(1)<\\/script> <\\!-- x\"}};");
        assertThat(document.body().children()).isEmpty();
    }

    @Test
    void withoutItTheStoredTextWouldEndTheScript() {
        String state = "window.Vaadin={\"value\":\"</script><script>alert(1)</script>\"};";
        var document = Jsoup.parse("<html><head><script initial>" + state + "</script></head><body></body></html>");
        assertThat(document.select("script")).hasSizeGreaterThan(1);
    }

    @Test
    void textWithoutMarkupIsLeftAsItIs() {
        assertThat(InitialPageScript.safe("window.Vaadin={\"value\":\"Population > 1 million -- a < b\"};"))
                .isEqualTo("window.Vaadin={\"value\":\"Population > 1 million -- a < b\"};");
    }
}
