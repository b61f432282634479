package org.wego.platform.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells a user's action from what a browser tab sends by itself: Vaadin's heartbeat (every few minutes,
 * while the tab is open) and the UI's timer polls (e.g. the notification bell's). Only actions count for
 * the idle timeout and start a check with Keycloak; otherwise an unattended tab would stay signed in and
 * keep Keycloak's session alive.
 */
enum VaadinRequestKind {
    /** Vaadin's heartbeat: says the tab is open, not that anyone is there. */
    HEARTBEAT,
    /** A Vaadin request holding only timer polls. */
    POLL,
    /** Anything else: a page, a click, a key, a download. */
    ACTION;

    private static final String REQUEST_TYPE = "v-r";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The kind of a request. A Vaadin UIDL request is read here to look at its calls, so the returned
     * request must be passed on instead of the original (it replays the body).
     */
    static Classified classify(HttpServletRequest request) throws IOException {
        String type = request.getParameter(REQUEST_TYPE);
        if ("heartbeat".equals(type)) {
            return new Classified(HEARTBEAT, request);
        }
        if (!"uidl".equals(type) || !"POST".equals(request.getMethod())) {
            return new Classified(ACTION, request);
        }
        byte[] body = request.getInputStream().readAllBytes();
        var replay = new ReplayedBody(request, body);
        return new Classified(onlyPolls(body) ? POLL : ACTION, replay);
    }

    /** Whether a UIDL message's calls ({@code rpc}) are all {@code ui-poll} events (and there is at least one). */
    static boolean onlyPolls(byte[] uidl) {
        JsonNode calls;
        try {
            calls = JSON.readTree(uidl).path("rpc");
        } catch (JacksonException e) {
            return false;
        }
        if (!calls.isArray() || calls.isEmpty()) {
            return false;
        }
        for (JsonNode call : calls) {
            if (!"event".equals(call.path("type").asString(""))
                    || !"ui-poll".equals(call.path("event").asString(""))) {
                return false;
            }
        }
        return true;
    }

    /** A request and its kind. */
    record Classified(VaadinRequestKind kind, HttpServletRequest request) {}

    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
