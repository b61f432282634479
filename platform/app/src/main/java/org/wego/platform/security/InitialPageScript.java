package org.wego.platform.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Keeps stored text from ending the page's first script. With {@code vaadin.eagerServerLoad} the
 * first view's state is written into the page as a {@code <script initial>} holding a JavaScript
 * object literal; Vaadin (25.2) writes its strings as they are, so a programme titled
 * {@code </script><script>alert(1)</script>} ended that script and ran its own (found by training's
 * {@code MarkupShownLiterallyIT}). Here every {@code </} in that script becomes {@code <\/} and every
 * {@code <!--} {@code <\!--}: the same strings to JavaScript, nothing the HTML parser ends a script on.
 */
@Component
class InitialPageScript implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            for (Element script : response.getDocument().select("script[initial]")) {
                String data = script.data();
                String safe = safe(data);
                if (!safe.equals(data)) {
                    script.empty().appendChild(new DataNode(safe));
                }
            }
        });
    }

    /** The script's text with nothing in it that ends a script element early. */
    static String safe(String script) {
        return script.replace("</", "<\\/").replace("<!--", "<\\!--");
    }
}
