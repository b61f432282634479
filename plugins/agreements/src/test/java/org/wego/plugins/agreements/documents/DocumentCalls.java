package org.wego.plugins.agreements.documents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wego.plugin.api.AttachedTo;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.PluginContext;
import org.wego.plugin.testkit.InPlugin;
import org.wego.plugins.agreements.register.AgreementInput;
import org.wego.plugins.agreements.register.AgreementKind;
import org.wego.plugins.agreements.register.Agreements;
import org.wego.plugins.agreements.register.Status;

/**
 * Calls into the running plugin with its real types, as the current user: {@code sign} (a title and a party's
 * key: a signed agreement's id), {@code file} (agreement id and shelf name: the attachment id), {@code
 * version} (an attachment id: the new version's id), {@code amend} (agreement id, day, English summary: the
 * amendment's id), {@code fileAmendment} (amendment id: the attachment id), {@code amendments} (agreement id:
 * the amendments' days in the order listed), {@code terminate} (agreement id, ends, given, with a file: the
 * stored status), {@code status} (agreement id), {@code notice} (agreement id: the file's id or -1), {@code
 * sees} (attachment id: whether the user may read it).
 */
public class DocumentCalls implements InPlugin<Map<String, Function<Object[], Object>>> {

    static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Map<String, Function<Object[], Object>> run(Beans beans) {
        Agreements agreements = beans.bean(Agreements.class);
        Amendments amendments = beans.bean(Amendments.class);
        TerminationNotices notices = beans.bean(TerminationNotices.class);
        AgreementDocuments documents = beans.bean(AgreementDocuments.class);
        PluginContext platform = beans.bean(PluginContext.class);
        return Map.of(
                "sign",
                args -> agreements.create(new AgreementInput(
                        AgreementKind.MOU,
                        (String) args[0],
                        "양해각서 " + args[0],
                        null,
                        null,
                        null,
                        2024,
                        LocalDate.of(2024, 3, 15),
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        List.of("en"),
                        Status.SIGNED,
                        List.of((String) args[1]),
                        List.of())),
                "file",
                args -> store(
                        platform,
                        documents.of((Long) args[0], Shelf.valueOf((String) args[1])),
                        Shelf.valueOf((String) args[1]).limits()),
                "version",
                args -> platform.attachments()
                        .storeVersion(
                                (Long) args[0],
                                "Signed v2.pdf",
                                "application/pdf",
                                new ByteArrayInputStream(PDF),
                                Shelf.SIGNED.limits())
                        .id(),
                "amend",
                args -> amendments
                        .record((Long) args[0], new AmendmentInput((LocalDate) args[1], (String) args[2], null))
                        .id(),
                "fileAmendment",
                args -> store(platform, documents.ofAmendment((Long) args[0]), Shelf.AMENDMENT.limits()),
                "amendments",
                args -> amendments.of((Long) args[0]).stream()
                        .map(Amendment::date)
                        .toList(),
                "terminate",
                args -> {
                    long id = (Long) args[0];
                    long version = agreements.find(id).orElseThrow().version();
                    notices.terminate(
                            id,
                            version,
                            (LocalDate) args[1],
                            (LocalDate) args[2],
                            new NoticeFile("Notice.pdf", "application/pdf", (byte[]) args[3]));
                    return agreements.find(id).orElseThrow().stage().name();
                },
                "status",
                args -> agreements.find((Long) args[0]).orElseThrow().stage().name(),
                "notice",
                args -> platform.attachments().list(Shelf.TERMINATION.entity(), args[0].toString()).stream()
                        .map(a -> a.id())
                        .findFirst()
                        .orElse(-1L),
                "sees",
                args -> platform.attachments().find((Long) args[0]).isPresent());
    }

    private static long store(PluginContext platform, AttachedTo record, AttachmentLimits limits) {
        return platform.attachments()
                .store(record, "Document.pdf", "application/pdf", new ByteArrayInputStream(PDF), limits)
                .id();
    }
}
