package org.wego.plugin.api.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.wego.plugin.api.Stability;

/**
 * A link that downloads a file made when it is clicked (a CSV export, a certificate, a template), with the
 * download icon. The file is made in a request of its own, outside the page's: the service that makes it
 * checks the user again, and it is given the language of the page that asked (there is no current UI then).
 *
 * <pre>{@code
 * add(new DownloadLink(getTranslation("events.statistics.export"),
 *         locale -> DownloadLink.File.csv("wego-events-statistics.csv", statistics.csv(locale))));
 * }</pre>
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public class DownloadLink extends Anchor {

    /**
     * A file to download.
     *
     * @param name the file's name as the browser saves it
     * @param mimeType its type, e.g. {@code application/pdf}
     * @param content its bytes
     */
    public record File(String name, String mimeType, byte[] content) {

        /** A CSV file (the platform's CSV writer makes UTF-8). */
        public static File csv(String name, byte[] content) {
            return new File(name, "text/csv;charset=UTF-8", content);
        }

        /** An XLSX workbook (e.g. {@link org.wego.plugin.api.CsvTable#xlsx}). Since 1.1. */
        public static File xlsx(String name, byte[] content) {
            return new File(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
        }
    }

    /**
     * @param label the link's text, translated
     * @param file makes the file, given the language of the page the link is on
     */
    public DownloadLink(String label, SerializableFunction<Locale, File> file) {
        super(
                DownloadHandler.fromInputStream(event -> {
                    File made = file.apply(event.getUI().getLocale());
                    return new DownloadResponse(
                            new ByteArrayInputStream(made.content()),
                            made.name(),
                            made.mimeType(),
                            made.content().length);
                }),
                label);
        getElement().setAttribute("download", true);
        var icon = VaadinIcon.DOWNLOAD.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("margin-inline-end", "var(--lumo-space-xs)");
        addComponentAsFirst(icon);
        addClassName("wego-download");
    }
}
