package org.wego.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.spreadsheets.CraftedFiles;
import org.wego.plugin.api.AttachedTo;
import org.wego.plugin.api.Attachment;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.AttachmentRejectedException;
import org.wego.plugin.api.AttachmentRejectedException.Reason;
import org.wego.plugin.api.AttachmentRule;
import org.wego.plugin.api.FileType;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;
import org.wego.teststack.BrowserlessSignIn;
import org.wego.teststack.DemoUser;

/**
 * The file store on the real stack: what is stored, who sees and downloads it, what is refused, and
 * that a refused upload or a rolled-back transaction leaves neither a row nor a file behind.
 */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttachmentsIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, AttachmentsIT.class);
    }

    @LocalServerPort
    int port;

    @Autowired
    FileStore store;

    @Autowired
    FileSettings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private static final OrganisationKey HANOI = OrganisationKey.of("vn-hanoi");
    private static final AttachedTo HANOI_DOCUMENTS =
            new AttachedTo(FileStore.ORGANISATION_DOCUMENT, "vn-hanoi", HANOI);

    private final SignedInUser hanoi = user("h1", "Lan Nguyen", Role.MEMBER_CITY, "vn-hanoi");
    private final SignedInUser nairobi = user("n1", "Amani Otieno", Role.MEMBER_CITY, "ke-nairobi");
    private final SignedInUser chengdu = user("c1", "Wei Zhang", Role.REGIONAL_OFFICE, "ro-chengdu");
    private final SignedInUser secretariat = user("s1", "Minji Park", Role.SECRETARIAT, "wego-secretariat");

    @BeforeEach
    void emptyStore() throws IOException {
        jdbc.sql("DELETE FROM platform_attachment").update();
        store.removeRules("mou");
        for (Path file : storedFiles()) {
            Files.delete(file);
        }
    }

    @Test
    void aStoredFileIsDescribedHashedAuditedAndListedForThoseInScope() throws IOException {
        Attachment stored = storeAs(hanoi, HANOI_DOCUMENTS, "../Statutes 2026.PDF", TestFiles.pdf());

        assertThat(stored.fileName()).isEqualTo("Statutes 2026.pdf");
        assertThat(stored.type()).isEqualTo(FileType.PDF);
        assertThat(stored.size()).isEqualTo(TestFiles.pdf().length);
        assertThat(stored.sha256()).hasSize(64);
        assertThat(stored.uploadedBy()).isEqualTo("Lan Nguyen");
        assertThat(stored.owner()).isEqualTo(FileStore.PLATFORM);
        assertThat(Files.readAllBytes(
                        store.find(hanoi, stored.id()).orElseThrow().path()))
                .isEqualTo(TestFiles.pdf());
        assertThat(storedFiles()).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_audit_entry WHERE entity = :e AND entity_id = :id")
                        .param("e", FileStore.AUDIT_ENTITY)
                        .param("id", String.valueOf(stored.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        for (SignedInUser allowed : List.of(hanoi, chengdu, secretariat)) {
            assertThat(store.list(allowed, FileStore.ORGANISATION_DOCUMENT, "vn-hanoi"))
                    .as(allowed.displayName())
                    .extracting(Attachment::id)
                    .containsExactly(stored.id());
        }
        assertThat(store.list(nairobi, FileStore.ORGANISATION_DOCUMENT, "vn-hanoi"))
                .isEmpty();
        assertThat(store.find(nairobi, stored.id())).isEmpty();
        assertThat(store.find(null, stored.id())).isEmpty();
    }

    @Test
    void downloadsAreServedToThoseInScopeAsAttachmentsAndAre404ForEveryoneElse() {
        Attachment stored = storeAs(hanoi, HANOI_DOCUMENTS, "MOU <b>draft</b>.pdf", TestFiles.pdf());

        var page = signedIn("hanoi.demo").get(url(stored.downloadPath()));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).isEqualTo(new String(TestFiles.pdf(), StandardCharsets.ISO_8859_1));
        assertThat(page.header("Content-Type")).contains("application/pdf");
        assertThat(page.header("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("filename=")
                .doesNotContain("<", ">");
        assertThat(page.headers().allValues("X-Content-Type-Options")).contains("nosniff");

        assertThat(signedIn("chengdu.demo").get(url(stored.downloadPath())).status())
                .as("Hanoi's regional office")
                .isEqualTo(200);
        var foreign = signedIn("nairobi.demo");
        assertThat(foreign.get(url(stored.downloadPath())).status())
                .as("another member city")
                .isEqualTo(404);
        assertThat(foreign.get(url("files/999999")).status()).as("unknown id").isEqualTo(404);
        assertThat(foreign.get(url("files/1%27%20OR%201=1")).status())
                .as("not an id")
                .isEqualTo(404);
        var anonymous = BrowserlessSignIn.newSession().get(url(stored.downloadPath()));
        assertThat(anonymous.isKeycloakLoginForm() || anonymous.status() == 401)
                .as("anonymous: " + anonymous.status())
                .isTrue();
        assertThat(anonymous.body()).doesNotContain("%PDF");
    }

    @Test
    void refusesWhatItMayNotTakeAndKeepsNothingOfIt() {
        var small = AttachmentLimits.documents().withMaxBytes(100);
        assertRejected(
                () -> store.store(hanoi, "platform", HANOI_DOCUMENTS, "big.pdf", in(TestFiles.pdfOfSize(101)), small),
                Reason.TOO_LARGE,
                "100 B");
        assertRejected(() -> storeAs(hanoi, HANOI_DOCUMENTS, "empty.pdf", new byte[0]), Reason.EMPTY);
        assertRejected(
                () -> storeAs(hanoi, HANOI_DOCUMENTS, "script.pdf", TestFiles.text()),
                Reason.WRONG_TYPE,
                "PDF, PNG, JPEG, DOCX, XLSX");
        assertRejected(
                () -> store.store(
                        hanoi,
                        "platform",
                        HANOI_DOCUMENTS,
                        "report.docx",
                        in(TestFiles.docx()),
                        AttachmentLimits.images()),
                Reason.WRONG_TYPE,
                "PNG, JPEG");
        assertRejected(() -> storeAs(hanoi, HANOI_DOCUMENTS, "<>|.pdf", TestFiles.pdf()), Reason.BAD_NAME);
        assertRejected(
                () -> storeAs(
                        secretariat,
                        new AttachedTo(FileStore.ORGANISATION_DOCUMENT, "xx", OrganisationKey.of("xx-nowhere")),
                        "a.pdf",
                        TestFiles.pdf()),
                Reason.BAD_RECORD);
        assertRejected(
                () -> storeAs(hanoi, new AttachedTo("mou.agreement", "1", HANOI), "a.pdf", TestFiles.pdf()),
                Reason.BAD_RECORD);

        assertThatThrownBy(() -> storeAs(nairobi, HANOI_DOCUMENTS, "a.pdf", TestFiles.pdf()))
                .as("another city's page")
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> storeAs(chengdu, HANOI_DOCUMENTS, "a.pdf", TestFiles.pdf()))
                .as("the regional office sees, does not change, a city's own documents")
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> storeAs(null, HANOI_DOCUMENTS, "a.pdf", TestFiles.pdf()))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(rows()).isZero();
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void eachAcceptedTypeIsStoredWithTheTypeOfItsContent() {
        assertThat(storeAs(hanoi, HANOI_DOCUMENTS, "scan", TestFiles.jpeg()).fileName())
                .isEqualTo("scan.jpg");
        assertThat(storeAs(hanoi, HANOI_DOCUMENTS, "logo.png", TestFiles.png()).type())
                .isEqualTo(FileType.PNG);
        assertThat(storeAs(hanoi, HANOI_DOCUMENTS, "plan.docx", TestFiles.docx())
                        .type())
                .isEqualTo(FileType.DOCX);
        assertThat(storeAs(hanoi, HANOI_DOCUMENTS, "budget.pdf", TestFiles.xlsx())
                        .fileName())
                .as("the extension follows the content")
                .isEqualTo("budget.pdf.xlsx");
        assertThat(storedFiles()).hasSize(4);
    }

    @Test
    void aRolledBackTransactionLeavesNoRowAndNoFile() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            storeAs(hanoi, HANOI_DOCUMENTS, "rolled-back.pdf", TestFiles.pdf());
            assertThat(storedFiles())
                    .as("moved into place inside the transaction")
                    .hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(rows()).isZero();
        assertThat(storedFiles()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_audit_entry WHERE after_json LIKE '%rolled-back.pdf%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aNewVersionKeepsTheEarlierOnesEachDownloadableWithWhoAndWhen() throws IOException {
        Attachment first = storeAs(hanoi, HANOI_DOCUMENTS, "statutes.pdf", TestFiles.pdf());
        Attachment second = store.storeVersion(
                secretariat,
                FileStore.PLATFORM,
                first.id(),
                "statutes v2.pdf",
                in(TestFiles.pdfOfSize(2048)),
                AttachmentLimits.documents());
        Attachment third = store.storeVersion(
                hanoi,
                FileStore.PLATFORM,
                first.id(),
                "statutes v3.docx",
                in(TestFiles.docx()),
                AttachmentLimits.documents());

        assertThat(List.of(first.version(), second.version(), third.version())).containsExactly(1, 2, 3);
        assertThat(List.of(second.documentId(), third.documentId())).containsOnly(first.id());
        assertThat(store.list(chengdu, FileStore.ORGANISATION_DOCUMENT, "vn-hanoi"))
                .as("the latest version stands for the document")
                .extracting(Attachment::id)
                .containsExactly(third.id());
        assertThat(store.versions(chengdu, first.id()))
                .extracting(Attachment::version, Attachment::uploadedBy, Attachment::fileName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "Lan Nguyen", "statutes v3.docx"),
                        org.assertj.core.groups.Tuple.tuple(2, "Minji Park", "statutes v2.pdf"),
                        org.assertj.core.groups.Tuple.tuple(1, "Lan Nguyen", "statutes.pdf"));
        assertThat(Files.readAllBytes(
                        store.find(chengdu, first.id()).orElseThrow().path()))
                .as("the first version is still there")
                .isEqualTo(TestFiles.pdf());
        assertThat(store.versions(nairobi, first.id())).isEmpty();
        assertThatThrownBy(() -> store.storeVersion(
                        chengdu,
                        FileStore.PLATFORM,
                        first.id(),
                        "x.pdf",
                        in(TestFiles.pdf()),
                        AttachmentLimits.documents()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> store.storeVersion(
                        nairobi,
                        FileStore.PLATFORM,
                        first.id(),
                        "x.pdf",
                        in(TestFiles.pdf()),
                        AttachmentLimits.documents()))
                .isInstanceOf(NoSuchElementException.class);

        store.delete(secretariat, FileStore.PLATFORM, third.id());
        assertThat(store.list(hanoi, FileStore.ORGANISATION_DOCUMENT, "vn-hanoi"))
                .as("deleting the latest version shows the one before")
                .extracting(Attachment::id)
                .containsExactly(second.id());
    }

    @Test
    void deletingRemovesRowAndFileForThoseWhoMayChangeIt() {
        Attachment stored = storeAs(hanoi, HANOI_DOCUMENTS, "old.pdf", TestFiles.pdf());

        assertThatThrownBy(() -> store.delete(nairobi, FileStore.PLATFORM, stored.id()))
                .as("a foreign city is told nothing exists")
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> store.delete(chengdu, FileStore.PLATFORM, stored.id()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> store.delete(secretariat, "mou", stored.id()))
                .as("only the owner deletes")
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(rows()).isOne();

        store.delete(secretariat, FileStore.PLATFORM, stored.id());
        assertThat(rows()).isZero();
        assertThat(storedFiles()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM platform_audit_entry WHERE entity = :e AND entity_id = :id"
                                + " AND after_json IS NULL")
                        .param("e", FileStore.AUDIT_ENTITY)
                        .param("id", String.valueOf(stored.id()))
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void aPluginsRuleDecidesForItsOwnEntitiesOnlyAndEndsWithThePlugin() {
        var agreement = new AttachedTo("mou.agreement", "7", HANOI);
        Attachment stored =
                store.store(hanoi, "mou", agreement, "mou.pdf", in(TestFiles.pdf()), AttachmentLimits.documents());
        assertThat(store.find(nairobi, stored.id()))
                .as("default: the organisation scope")
                .isEmpty();

        store.setRule("mou", "mou.agreement", AttachmentRule.ANY_SIGNED_IN_USER);
        assertThat(store.find(nairobi, stored.id()))
                .as("the plugin made it public")
                .isPresent();
        assertThat(store.find(null, stored.id()))
                .as("never to anonymous callers")
                .isEmpty();
        assertThat(signedIn("nairobi.demo").get(url(stored.downloadPath())).status())
                .isEqualTo(200);

        assertThatThrownBy(
                        () -> store.setRule("mou", FileStore.ORGANISATION_DOCUMENT, AttachmentRule.ANY_SIGNED_IN_USER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.setRule("training", "mou.agreement", (user, file) -> true))
                .isInstanceOf(IllegalArgumentException.class);

        store.removeRules("mou");
        assertThat(store.find(nairobi, stored.id()))
                .as("back to the scope once stopped")
                .isEmpty();
    }

    @Test
    void zipBombsAndForgedArchivesAreRefusedAsDocumentsAndLogosAndNothingIsKept() {
        byte[] bomb = CraftedFiles.zipBomb(); // one entry of 1 GB, about 1 MB
        byte[] lying = CraftedFiles.lyingZipBomb(100_000); // the same, saying 100,000 bytes
        var logo = new AttachedTo(FileStore.ORGANISATION_LOGO, "vn-hanoi", HANOI);
        for (byte[] file : List.of(bomb, lying)) {
            assertRejected(() -> storeAs(hanoi, HANOI_DOCUMENTS, "officials.xlsx", file), Reason.UNSAFE_ARCHIVE);
            assertRejected(
                    () -> store.store(hanoi, "platform", logo, "logo.xlsx", in(file), AttachmentLimits.images()),
                    Reason.UNSAFE_ARCHIVE);
        }
        // Not parsed here, so not refused: a workbook with a cell at ZZZZZZ is only a small zip (a logo it is not).
        assertRejected(
                () -> store.store(
                        hanoi,
                        "platform",
                        logo,
                        "logo.xlsx",
                        in(CraftedFiles.columnZzzzzz()),
                        AttachmentLimits.images()),
                Reason.WRONG_TYPE,
                "PNG, JPEG");
        assertThat(rows()).isZero();
        assertThat(storedFiles()).isEmpty();
        var translations = new java.util.ArrayList<String>();
        for (var language : List.of(java.util.Locale.ENGLISH, java.util.Locale.KOREAN)) {
            translations.add(java.util.ResourceBundle.getBundle("i18n/files", language)
                    .getString("files.rejected.unsafe-archive"));
        }
        assertThat(translations)
                .doesNotHaveDuplicates()
                .allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @Test
    void logosAreSeenByEverySignedInUser() {
        var logo = new AttachedTo(FileStore.ORGANISATION_LOGO, "vn-hanoi", HANOI);
        Attachment stored =
                store.store(hanoi, "platform", logo, "logo.png", in(TestFiles.png()), AttachmentLimits.images());
        assertThat(store.list(nairobi, FileStore.ORGANISATION_LOGO, "vn-hanoi"))
                .extracting(Attachment::id)
                .containsExactly(stored.id());
        assertThat(store.find(null, stored.id())).isEmpty();
    }

    private Attachment storeAs(SignedInUser user, AttachedTo record, String name, byte[] content) {
        return store.store(user, FileStore.PLATFORM, record, name, in(content), AttachmentLimits.documents());
    }

    private static void assertRejected(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason, String... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AttachmentRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.arguments()).containsExactly((Object[]) arguments);
        });
    }

    private int rows() {
        return jdbc.sql("SELECT COUNT(*) FROM platform_attachment")
                .query(Integer.class)
                .single();
    }

    /** Every file in the store, uploads in progress included. */
    private List<Path> storedFiles() {
        try (Stream<Path> files = Files.walk(settings.dir())) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ByteArrayInputStream in(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    private BrowserlessSignIn signedIn(String username) {
        DemoUser user = DemoUser.named(username);
        var session = BrowserlessSignIn.newSession();
        assertThat(session.open(url(""), user.username(), user.password()).status())
                .isEqualTo(200);
        return session;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private static SignedInUser user(String id, String name, Role role, String organisation) {
        return new SignedInUser(
                id, id, name, id + "@example.org", Set.of(role), OrganisationKey.of(organisation), Locale.ENGLISH);
    }
}
