package org.wego.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wego.platform.audit.AuditTrail;
import org.wego.platform.organisations.Organisations;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.AttachedTo;
import org.wego.plugin.api.Attachment;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.AttachmentRejectedException;
import org.wego.plugin.api.AttachmentRejectedException.Reason;
import org.wego.plugin.api.AttachmentRule;
import org.wego.plugin.api.Attachments;
import org.wego.plugin.api.FileType;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.PermissionDeniedException;
import org.wego.plugin.api.Role;
import org.wego.plugin.api.SignedInUser;

/**
 * The platform's file store. An upload is first written to a temporary file (counted, hashed and
 * checked by content), then moved into place and described in {@code platform_attachment} with its
 * audit entry, in one transaction; if that transaction rolls back, the moved file is deleted again,
 * so no file is left without its row. Reading checks the record's {@link AttachmentRule} every time.
 */
@Service
public class FileStore {

    /** The owner of the platform's own attachments. */
    public static final String PLATFORM = "platform";

    /** An organisation's documents (statutes, MOU scans): the organisation scope sees them. */
    public static final String ORGANISATION_DOCUMENT = "platform.organisation.document";

    /** An organisation's logo: every signed-in user sees it. */
    public static final String ORGANISATION_LOGO = "platform.organisation.logo";

    static final String AUDIT_ENTITY = "platform.attachment";

    private static final Logger LOG = LoggerFactory.getLogger(FileStore.class);
    private static final String COLUMNS = "id, owner, entity, entity_id, organisation, file_name, content_type,"
            + " size_bytes, sha256, storage_key, uploaded_by_name, uploaded_at, document_id, version FROM platform_attachment";

    /** A stored file's description and where its bytes are. */
    record Stored(Attachment attachment, Path path) {}

    private record OwnedRule(String owner, AttachmentRule rule) {}

    private final Map<String, OwnedRule> rules = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Path dir;
    private final Path incoming;
    private final long maxSize;

    FileStore(
            JdbcClient jdbc,
            AuditTrail audit,
            Organisations organisations,
            CurrentUser currentUser,
            PlatformTransactionManager transactions,
            Clock clock,
            FileSettings settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.dir = settings.dir().toAbsolutePath().normalize();
        this.incoming = dir.resolve(".incoming");
        this.maxSize = settings.maxSize().toBytes();
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file store folder " + dir, e);
        }
        rules.put(ORGANISATION_LOGO, new OwnedRule(PLATFORM, AttachmentRule.ANY_SIGNED_IN_USER));
    }

    /** The plugin API's view of the store for one owner (a plugin id, or {@link #PLATFORM}). */
    public Attachments forOwner(String owner) {
        return new OwnedAttachments(this, owner, currentUser);
    }

    /** Ends the rules a plugin set, when it stops. */
    public void removeRules(String owner) {
        rules.values().removeIf(rule -> rule.owner().equals(owner));
    }

    /**
     * Sets who may see the files of one kind of record, replacing the organisation scope: a plugin's
     * declared {@code attachmentRule}, registered when it starts and removed by {@link #removeRules}.
     *
     * @throws IllegalArgumentException if the entity is not the owner's or has another owner's rule
     */
    public void setRule(String owner, String entity, AttachmentRule rule) {
        if (!AttachedTo.isEntity(entity) || !isOwnEntity(owner, entity)) {
            throw new IllegalArgumentException(entity + " is not an entity of " + owner);
        }
        OwnedRule existing = rules.get(entity);
        if (existing != null && !existing.owner().equals(owner)) {
            throw new IllegalArgumentException(entity + " has a rule of " + existing.owner());
        }
        rules.put(entity, new OwnedRule(owner, Objects.requireNonNull(rule)));
    }

    /**
     * Whether the user may store and delete files of the organisation's records: the organisation
     * scope; for the platform's organisation records only the secretariat and the organisation's own
     * users (a regional office sees them but does not change them).
     */
    boolean mayChange(@Nullable SignedInUser user, @Nullable String entity, OrganisationKey organisation) {
        if (user == null) {
            return false;
        }
        if (entity != null && entity.startsWith("platform.organisation.")) {
            return user.hasRole(Role.SECRETARIAT) || user.organisation().equals(organisation);
        }
        return organisations
                .byKey(organisation)
                .map(o -> organisations.isInScopeOf(user, o))
                .orElse(false);
    }

    /** Whether the organisation is in the user's scope (the default rule for seeing files). */
    boolean isInScope(SignedInUser user, org.wego.plugin.api.Organisation organisation) {
        return organisations.isInScopeOf(user, organisation);
    }

    Attachment store(
            @Nullable SignedInUser user,
            String owner,
            AttachedTo record,
            String fileName,
            InputStream content,
            AttachmentLimits limits) {
        if (user == null) {
            throw new PermissionDeniedException("signed-in");
        }
        if (!isOwnEntity(owner, record.entity())
                || organisations.byKey(record.organisation()).isEmpty()) {
            throw new AttachmentRejectedException(Reason.BAD_RECORD);
        }
        if (!mayChange(user, record.entity(), record.organisation())) {
            throw new PermissionDeniedException("files.store");
        }
        return receive(user, owner, record, fileName, content, limits, null);
    }

    /**
     * Stores a new version of the document of file {@code previous}, the earlier versions kept; the
     * record, owner and permission are the document's.
     */
    Attachment storeVersion(
            @Nullable SignedInUser user,
            String owner,
            long previous,
            String fileName,
            InputStream content,
            AttachmentLimits limits) {
        if (user == null) {
            throw new PermissionDeniedException("signed-in");
        }
        Attachment document = find(user, previous)
                .orElseThrow(() -> new NoSuchElementException("no attachment " + previous))
                .attachment();
        AttachedTo record = document.attachedTo();
        if (!document.owner().equals(owner) || !mayChange(user, record.entity(), record.organisation())) {
            throw new PermissionDeniedException("files.store");
        }
        return receive(user, owner, record, fileName, content, limits, document.documentId());
    }

    private Attachment receive(
            SignedInUser user,
            String owner,
            AttachedTo record,
            String fileName,
            InputStream content,
            AttachmentLimits limits,
            @Nullable Long documentId) {
        long limit = Math.min(limits.maxBytes(), maxSize);
        Path temp = null;
        try {
            temp = Files.createTempFile(incoming, "upload-", ".part");
            Received received = receive(content, temp, limit);
            FileType type = FileSniffer.sniff(temp)
                    .filter(limits.allowed()::contains)
                    .orElseThrow(() -> new AttachmentRejectedException(Reason.WRONG_TYPE, limits.allowedLabels()));
            String name =
                    FileNames.clean(fileName, type).orElseThrow(() -> new AttachmentRejectedException(Reason.BAD_NAME));
            Path source = temp;
            return Objects.requireNonNull(transactions.execute(
                    status -> insert(user, owner, record, name, type, received, source, documentId)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an upload in " + dir, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private record Received(long size, String sha256) {}

    private static Received receive(InputStream content, Path temp, long limit) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(temp)) {
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                if (size > limit) {
                    throw new AttachmentRejectedException(Reason.TOO_LARGE, AttachmentLimits.sizeLabel(limit));
                }
                sha256.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        if (size == 0) {
            throw new AttachmentRejectedException(Reason.EMPTY);
        }
        return new Received(size, HexFormat.of().formatHex(sha256.digest()));
    }

    private Attachment insert(
            SignedInUser user,
            String owner,
            AttachedTo record,
            String name,
            FileType type,
            Received received,
            Path source,
            @Nullable Long documentId) {
        // The next version under a lock of the document's rows, so two uploads at once do not take the same.
        int version = documentId == null
                ? 1
                : jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM platform_attachment WHERE document_id = :document"
                                + " FOR UPDATE")
                        .param("document", documentId)
                        .query(Integer.class)
                        .single();
        String key = UUID.randomUUID().toString();
        Path target = pathOf(key);
        try {
            Files.createDirectories(target.getParent());
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move an upload into " + dir, e);
        }
        // From here the file exists: it goes again unless this transaction commits.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(target);
                }
            }
        });
        LocalDateTime now = LocalDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO platform_attachment (owner, entity, entity_id, organisation, file_name, content_type,
                            size_bytes, sha256, storage_key, uploaded_by, uploaded_by_name, uploaded_at, document_id, version)
                        VALUES (:owner, :entity, :entityId, :organisation, :fileName, :contentType,
                            :size, :sha256, :storageKey, :uploadedBy, :uploadedByName, :uploadedAt, :document, :version)""")
                .param("owner", owner)
                .param("entity", record.entity())
                .param("entityId", record.entityId())
                .param("organisation", record.organisation().value())
                .param("fileName", name)
                .param("contentType", type.mediaType())
                .param("size", received.size())
                .param("sha256", received.sha256())
                .param("storageKey", key)
                .param("uploadedBy", user.id())
                .param("uploadedByName", user.displayName())
                .param("uploadedAt", now)
                .param("document", documentId)
                .param("version", version)
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey()).longValue();
        long document = documentId == null ? id : documentId;
        if (documentId == null) {
            jdbc.sql("UPDATE platform_attachment SET document_id = id WHERE id = :id")
                    .param("id", id)
                    .update();
        }
        var attachment = new Attachment(
                id,
                owner,
                record,
                name,
                type,
                received.size(),
                received.sha256(),
                user.displayName(),
                now,
                document,
                version);
        audit.recordAs(user, AUDIT_ENTITY, String.valueOf(id), null, attachment);
        return attachment;
    }

    /** The record's files the user may see, newest first; of a document, its latest version. */
    List<Attachment> list(@Nullable SignedInUser user, String entity, String entityId) {
        return jdbc
                .sql("SELECT " + COLUMNS + " a WHERE entity = :entity AND entity_id = :entityId"
                        + " AND NOT EXISTS (SELECT 1 FROM platform_attachment newer"
                        + " WHERE newer.document_id = a.document_id AND newer.version > a.version)"
                        + " ORDER BY id DESC")
                .param("entity", entity)
                .param("entityId", entityId)
                .query(this::map)
                .list()
                .stream()
                .map(Stored::attachment)
                .filter(attachment -> maySee(user, attachment))
                .toList();
    }

    /** Every version of the file's document that the user may see, newest first. */
    List<Attachment> versions(@Nullable SignedInUser user, long id) {
        return find(user, id)
                .map(stored -> jdbc
                        .sql("SELECT " + COLUMNS + " WHERE document_id = :document ORDER BY version DESC")
                        .param("document", stored.attachment().documentId())
                        .query(this::map)
                        .list()
                        .stream()
                        .map(Stored::attachment)
                        .filter(attachment -> maySee(user, attachment))
                        .toList())
                .orElse(List.of());
    }

    /** A file the user may see, with where its bytes are; empty whether it is unknown or foreign. */
    Optional<Stored> find(@Nullable SignedInUser user, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional()
                .filter(stored -> maySee(user, stored.attachment()))
                .filter(stored -> Files.isRegularFile(stored.path()));
    }

    void delete(@Nullable SignedInUser user, String owner, long id) {
        Stored stored = find(user, id).orElseThrow(() -> new NoSuchElementException("no attachment " + id));
        Attachment attachment = stored.attachment();
        if (!attachment.owner().equals(owner)
                || !mayChange(
                        user,
                        attachment.attachedTo().entity(),
                        attachment.attachedTo().organisation())) {
            throw new PermissionDeniedException("files.delete");
        }
        Path path = stored.path();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM platform_attachment WHERE id = :id")
                    .param("id", id)
                    .update();
            audit.recordAs(user, AUDIT_ENTITY, String.valueOf(id), attachment, null);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(path);
                }
            });
        });
    }

    private boolean maySee(@Nullable SignedInUser user, Attachment attachment) {
        if (user == null) {
            return false;
        }
        OwnedRule rule = rules.get(attachment.attachedTo().entity());
        if (rule != null) {
            return rule.rule().maySee(user, attachment);
        }
        return organisations
                .byKey(attachment.attachedTo().organisation())
                .map(o -> organisations.isInScopeOf(user, o))
                .orElseGet(() -> user.hasRole(Role.SECRETARIAT));
    }

    private static boolean isOwnEntity(String owner, String entity) {
        return owner.equals(PLATFORM) ? entity.startsWith(PLATFORM + ".") : entity.startsWith(owner + ".");
    }

    private Path pathOf(String storageKey) {
        return dir.resolve(storageKey.substring(0, 2)).resolve(storageKey);
    }

    private Stored map(ResultSet rs, int row) throws SQLException {
        var attachment = new Attachment(
                rs.getLong("id"),
                rs.getString("owner"),
                new AttachedTo(
                        rs.getString("entity"),
                        rs.getString("entity_id"),
                        OrganisationKey.of(rs.getString("organisation"))),
                rs.getString("file_name"),
                typeOf(rs.getString("content_type")),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by_name"),
                rs.getObject("uploaded_at", LocalDateTime.class),
                rs.getLong("document_id"),
                rs.getInt("version"));
        return new Stored(attachment, pathOf(rs.getString("storage_key")));
    }

    private static FileType typeOf(String mediaType) {
        for (FileType type : FileType.values()) {
            if (type.mediaType().equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalStateException("unknown stored content type " + mediaType);
    }

    private static void deleteQuietly(@Nullable Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", path, e.toString());
        }
    }
}
