package org.wego.platform.notifications;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Pre;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail body as text with its http(s) links clickable. Text stays text (never HTML), so a mail
 * cannot inject markup into the screen.
 */
final class LinkedText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");

    private LinkedText() {}

    /** The body's pieces: plain text and links, in order. */
    static List<Piece> pieces(String body) {
        List<Piece> pieces = new ArrayList<>();
        Matcher matcher = URL.matcher(body);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                pieces.add(new Piece(body.substring(at, matcher.start()), false));
            }
            pieces.add(new Piece(matcher.group(), true));
            at = matcher.end();
        }
        if (at < body.length()) {
            pieces.add(new Piece(body.substring(at), false));
        }
        return pieces;
    }

    static Pre component(String body) {
        var pre = new Pre();
        pre.addClassName("wego-mail-body");
        for (Piece piece : pieces(body)) {
            if (piece.link()) {
                pre.add(new Anchor(piece.text(), piece.text()));
            } else {
                pre.add(new Text(piece.text()));
            }
        }
        return pre;
    }

    record Piece(String text, boolean link) {}
}
