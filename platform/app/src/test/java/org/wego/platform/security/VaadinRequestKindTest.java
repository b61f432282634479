package org.wego.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests count as a user's action: not Vaadin's heartbeats, not the UI's timer polls. */
class VaadinRequestKindTest {

    @Test
    void aHeartbeatIsNoAction() throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "heartbeat");

        assertThat(VaadinRequestKind.classify(request).kind()).isEqualTo(VaadinRequestKind.HEARTBEAT);
    }

    @Test
    void aCallHoldingOnlyPollsIsAPollAndItsBodyIsStillThereForVaadin() throws Exception {
        String body = "{\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\"}],\"syncId\":1}";
        var request = uidl(body);

        var classified = VaadinRequestKind.classify(request);

        assertThat(classified.kind()).isEqualTo(VaadinRequestKind.POLL);
        assertThat(new String(classified.request().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(body);
    }

    @Test
    void aPollTogetherWithAClickIsAnAction() throws Exception {
        var request = uidl("{\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\"},"
                + "{\"type\":\"event\",\"node\":9,\"event\":\"click\"}]}");

        assertThat(VaadinRequestKind.classify(request).kind()).isEqualTo(VaadinRequestKind.ACTION);
    }

    @Test
    void pagesDownloadsAndUnreadableCallsAreActions() throws Exception {
        assertThat(VaadinRequestKind.classify(new MockHttpServletRequest("GET", "/organisations"))
                        .kind())
                .isEqualTo(VaadinRequestKind.ACTION);
        assertThat(VaadinRequestKind.classify(new MockHttpServletRequest("GET", "/files/12"))
                        .kind())
                .isEqualTo(VaadinRequestKind.ACTION);
        assertThat(VaadinRequestKind.classify(uidl("not json")).kind()).isEqualTo(VaadinRequestKind.ACTION);
        assertThat(VaadinRequestKind.classify(uidl("{\"rpc\":[]}")).kind()).isEqualTo(VaadinRequestKind.ACTION);
    }

    private static MockHttpServletRequest uidl(String body) {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
