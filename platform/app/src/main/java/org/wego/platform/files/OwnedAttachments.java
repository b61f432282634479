package org.wego.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.wego.platform.security.CurrentUser;
import org.wego.plugin.api.AttachedTo;
import org.wego.plugin.api.Attachment;
import org.wego.plugin.api.AttachmentLimits;
import org.wego.plugin.api.Attachments;
import org.wego.plugin.api.OrganisationKey;
import org.wego.plugin.api.SignedInUser;

/** The file store as one owner (a plugin, or the platform) uses it, for the user of the current request. */
final class OwnedAttachments implements Attachments {

    private final FileStore store;
    private final String owner;
    private final CurrentUser currentUser;

    OwnedAttachments(FileStore store, String owner, CurrentUser currentUser) {
        this.store = store;
        this.owner = owner;
        this.currentUser = currentUser;
    }

    @Override
    public Attachment store(
            AttachedTo record, String fileName, String declaredType, InputStream content, AttachmentLimits limits) {
        return store.store(user(), owner, record, fileName, content, limits);
    }

    @Override
    public List<Attachment> list(String entity, String entityId) {
        return store.list(user(), entity, entityId);
    }

    @Override
    public Attachment storeVersion(
            long previous, String fileName, String declaredType, InputStream content, AttachmentLimits limits) {
        return store.storeVersion(user(), owner, previous, fileName, content, limits);
    }

    @Override
    public List<Attachment> versions(long id) {
        return store.versions(user(), id);
    }

    @Override
    public Optional<Attachment> find(long id) {
        return store.find(user(), id).map(FileStore.Stored::attachment);
    }

    @Override
    public InputStream open(long id) {
        var stored = store.find(user(), id).orElseThrow(() -> new NoSuchElementException("no attachment " + id));
        try {
            return Files.newInputStream(stored.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(long id) {
        store.delete(user(), owner, id);
    }

    @Override
    public boolean mayChange(OrganisationKey organisation) {
        return store.mayChange(user(), null, organisation);
    }

    private @Nullable SignedInUser user() {
        return currentUser.get().orElse(null);
    }
}
